/** Being built: replaced by the real view. */
import type { SessionData } from '../../../store/session/sessionData'

export function MapsView(_props: { data: SessionData }) {
  return <section />
}
