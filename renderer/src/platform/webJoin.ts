/**
 * Joining in the browser build: a tab cannot open a port, so the browser tests start the same
 * join service in a Node process (test/e2e/support/joinLauncher.ts) that also serves this page,
 * and pass its host secret in the address (`?joinHost=<secret>`). The calls go over one
 * WebSocket to that process, as JSON requests answered by id; the room's events come back on it.
 * Without the secret there is no join server, and the platform says so with `join: null`.
 */
import type { MainProblem } from '@shared/ipc'
import type { JoinEvent } from '@shared/join'
import { PlatformError, type PlatformJoin } from './types'

/** Where the test server listens for its host, on the page's own origin. */
export const JOIN_HOST_PATH = '/join-host'

type Answer =
  | { id: number; ok: true; value: unknown }
  | { id: number; ok: false; message: string; problem?: MainProblem }

const GONE: MainProblem = { code: 'joinServerGone' }

export function createWebJoin(place: Pick<Location, 'search' | 'host'>): PlatformJoin | null {
  const secret = new URLSearchParams(place.search).get('joinHost') ?? ''
  if (secret === '') return null
  const listeners = new Set<(event: JoinEvent) => void>()
  const pending = new Map<number, { resolve(value: unknown): void; reject(e: Error): void }>()
  let nextId = 1
  let socket: Promise<WebSocket> | null = null

  function connect(): Promise<WebSocket> {
    socket ??= new Promise((resolve, reject) => {
      const url = `ws://${place.host}${JOIN_HOST_PATH}?secret=${encodeURIComponent(secret)}`
      const ws = new WebSocket(url)
      ws.onopen = () => resolve(ws)
      ws.onerror = () =>
        reject(new PlatformError('failed', 'The join server is not running.', GONE))
      ws.onclose = () => {
        socket = null
        for (const { reject: fail } of pending.values()) {
          fail(new PlatformError('failed', 'The join server went away.', GONE))
        }
        pending.clear()
      }
      ws.onmessage = ({ data }) => {
        const message = JSON.parse(String(data)) as Answer | { event: JoinEvent }
        if ('event' in message) {
          for (const listener of listeners) listener(message.event)
          return
        }
        const waiting = pending.get(message.id)
        pending.delete(message.id)
        if (message.ok) waiting?.resolve(message.value)
        else waiting?.reject(new PlatformError('failed', message.message, message.problem))
      }
    })
    return socket
  }

  async function call<T>(method: string, args?: unknown): Promise<T> {
    const ws = await connect()
    const id = nextId++
    return new Promise<T>((resolve, reject) => {
      pending.set(id, { resolve: (value) => resolve(value as T), reject })
      ws.send(JSON.stringify({ id, method, args }))
    })
  }

  return {
    adapters: () => call('adapters'),
    start: (adapterId) => call('start', { adapterId }),
    stop: () => call('stop'),
    status: () => call('status'),
    setViews: (views) => call('setViews', views),
    onEvent(listener) {
      listeners.add(listener)
      // Listening is what opens the socket: events come only to a connected host.
      void connect().catch(() => {})
      return () => void listeners.delete(listener)
    },
  }
}
