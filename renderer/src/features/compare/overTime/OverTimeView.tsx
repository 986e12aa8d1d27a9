/** Being built: replaced by the real view. */
import type { SessionData } from '../../../store/session/sessionData'

export function OverTimeView(_props: { data: SessionData }) {
  return <section />
}
