/** German text of the facilitator's projector controls. */
import type { projector as english } from '../en/projector'
import type { Mirror } from '../mirror'

export const projector = {
  label: 'Beamer',
  open: 'Präsentation öffnen',
  close: 'Präsentation schließen',
  shows: 'Der Beamer zeigt',
  modes: { follow: 'Schritte', timer: 'Timer', compare: 'Vergleich', map: 'Teamlandkarte' },
  mapShows: 'Die Teamlandkarte zeigt',
  mapViews: { today: 'Heute', target: 'Ziel', changes: 'Änderungen' },
  blank: 'Bild ausblenden',
  unblank: 'Bild einblenden',
  /** Said aloud after B or the menu, when the focus is not on the button. */
  blanked: 'Das Beamerbild ist ausgeblendet.',
  shown: 'Der Beamer zeigt wieder den Workshop.',
  failed: 'Die Präsentation konnte nicht geöffnet werden: {{reason}}',
} as const satisfies Mirror<typeof english>
