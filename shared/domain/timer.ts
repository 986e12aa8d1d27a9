/**
 * The step timer, kept as plain data rather than a ticking interval: a stored timer survives a
 * reload or a crash, and the time is always worked out from the wall clock passed in.
 */

export interface StepTimer {
  durationMs: number
  /** elapsed before the current run */
  elapsedMs: number
  /** epoch ms when the current run started, null when paused */
  runningSince: number | null
}

const MINUTE_MS = 60_000

/** Paused, nothing elapsed. */
export function createTimer(durationMs: number): StepTimer {
  return { durationMs, elapsedMs: 0, runningSince: null }
}

/** No-op if running. */
export function startTimer(t: StepTimer, now: number): StepTimer {
  return t.runningSince === null ? { ...t, runningSince: now } : t
}

/** No-op if paused. */
export function pauseTimer(t: StepTimer, now: number): StepTimer {
  return t.runningSince === null ? t : { ...t, elapsedMs: elapsed(t, now), runningSince: null }
}

export function toggleTimer(t: StepTimer, now: number): StepTimer {
  return t.runningSince === null ? startTimer(t, now) : pauseTimer(t, now)
}

export function addMinute(t: StepTimer): StepTimer {
  return { ...t, durationMs: t.durationMs + MINUTE_MS }
}

/** Never negative: a clock set back during a run counts as no time for that run. */
export function elapsed(t: StepTimer, now: number): number {
  const run = t.runningSince === null ? 0 : Math.max(0, now - t.runningSince)
  return Math.max(0, t.elapsedMs) + run
}

/** durationMs - elapsed; negative once the step overruns. */
export function remaining(t: StepTimer, now: number): number {
  return t.durationMs - elapsed(t, now)
}

export function isTimeUp(t: StepTimer, now: number): boolean {
  return remaining(t, now) <= 0
}

function twoDigits(n: number): string {
  return String(n).padStart(2, '0')
}

/**
 * 'M:SS' (or 'H:MM:SS' from one hour); negative values as '-M:SS'. Rounds up to whole seconds,
 * as countdowns do, so a remaining time reads 0:00 exactly when the time is up.
 */
export function formatClock(ms: number): string {
  const seconds = Number.isFinite(ms) ? Math.ceil(ms / 1000) : 0
  const sign = seconds < 0 ? '-' : ''
  const total = Math.abs(seconds)
  const h = Math.floor(total / 3600)
  const m = Math.floor((total % 3600) / 60)
  const s = total % 60
  return h > 0 ? `${sign}${h}:${twoDigits(m)}:${twoDigits(s)}` : `${sign}${m}:${twoDigits(s)}`
}
