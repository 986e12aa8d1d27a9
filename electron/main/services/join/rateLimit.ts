/**
 * A token bucket per connection: a burst of messages is fine (a phone syncing after a reconnect
 * sends a few at once), a steady stream beyond a person's tapping is not. The clock is injected
 * so the tests decide what time it is instead of waiting for it.
 */
export interface RateLimit {
  /** True when one more message may go through now. */
  take(): boolean
}

export function createRateLimit(burst: number, perSecond: number, now: () => number): RateLimit {
  let tokens = burst
  let at = now()
  return {
    take() {
      const t = now()
      tokens = Math.min(burst, tokens + ((t - at) / 1000) * perSecond)
      at = t
      if (tokens < 1) return false
      tokens -= 1
      return true
    },
  }
}
