/** German text of the screen shown instead of the app when a newer Vantage saved the data. */
import type { newerData as english } from '../en/newerData'
import type { Mirror } from '../mirror'

export const newerData = {
  title: 'Diese Daten wurden von einer neueren Version von Vantage gespeichert',
  safe: 'Diese Version von Vantage öffnet und ändert sie nicht, es geht also nichts verloren.',
  whatToDo:
    'Um weiterzuarbeiten, installieren Sie wieder die neuere Version von Vantage. Ihre Workshops sind unberührt und alle noch vorhanden.',
  thisVersion: 'Dies ist Vantage {{version}}.',
} as const satisfies Mirror<typeof english>
