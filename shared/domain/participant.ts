/** A person in the room whose view is captured. */

export interface Participant {
  id: string
  workshopId: string
  name: string
  role: string
  /** Position in the facilitator's list, lowest first. */
  order: number
}
