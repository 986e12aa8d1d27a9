/**
 * Joining in the desktop app: one join service for the app's life, serving the phone page built
 * beside the renderer. What happens in the room goes to the facilitator's window only; the server
 * stops when that window closes and when the app quits, so the port is never open behind the
 * facilitator's back.
 */
import path from 'node:path'
import type { App } from 'electron'
import type { JoinEvent } from '../../shared/join/host'
import { rendererDir } from './paths'
import { createJoinService, type JoinService } from './services/join'

/** The phone page's build: `out/renderer/phone`, written by the renderer's build. */
export const phoneDir = path.join(rendererDir, 'phone')

export function installJoining(
  app: Pick<App, 'on'>,
  send: (event: JoinEvent) => void,
  service: JoinService = createJoinService({ phoneDir }),
): JoinService {
  service.subscribe(send)
  app.on('will-quit', () => {
    void service.stop()
  })
  return service
}
