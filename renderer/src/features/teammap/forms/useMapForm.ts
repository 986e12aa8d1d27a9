/**
 * What every map form shares: the draft, the problems the store refused it with (cleared field
 * by field as the person corrects them), a failed write, and the focus moving to the first field
 * with a problem after a refused save. Nothing is stored until Save.
 */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react'

type Outcome<E> = { ok: true } | { ok: false; problem: E | 'writeFailed' }

export function useMapForm<D extends object, E extends object>(initial: D) {
  const [draft, setDraft] = useState(initial)
  const [errors, setErrors] = useState<E>({} as E)
  const [failed, setFailed] = useState(false)
  const [busy, setBusy] = useState(false)
  const [round, setRound] = useState(0)
  const form = useRef<HTMLFormElement>(null)

  useEffect(() => {
    if (round > 0) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus()
  }, [round])

  function set<K extends keyof D>(field: K, value: D[K], clears: readonly string[] = []) {
    setDraft((d) => ({ ...d, [field]: value }))
    setFailed(false)
    setErrors((e) => {
      const gone = [field as string, ...clears, 'map'].filter((k) => k in e)
      if (gone.length === 0) return e
      const next = { ...e }
      for (const k of gone) delete (next as Record<string, unknown>)[k]
      return next
    })
  }

  /** Runs the edit; true when it was stored, else shows why not. */
  async function submit(run: () => Promise<Outcome<E>>): Promise<boolean> {
    if (busy) return false
    setBusy(true)
    const outcome = await run()
    setBusy(false)
    if (outcome.ok) return true
    if (outcome.problem === 'writeFailed') setFailed(true)
    else {
      setErrors(outcome.problem)
      setRound((n) => n + 1)
    }
    return false
  }

  /** Ctrl/Cmd+Enter saves from anywhere in the form, a multi-line note included. */
  const saveKeys = (save: () => void) => (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault()
      save()
    }
  }

  return { draft, set, errors, failed, busy, form, submit, saveKeys }
}

/** The fields of `draft` that differ from `stored`: an edit sends only what changed. */
export function changedFields<T extends object>(stored: T, draft: T): Partial<T> {
  const patch: Partial<T> = {}
  for (const key of Object.keys(draft) as (keyof T)[])
    if (JSON.stringify(draft[key]) !== JSON.stringify(stored[key])) patch[key] = draft[key]
  return patch
}
