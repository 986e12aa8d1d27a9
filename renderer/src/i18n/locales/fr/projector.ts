/** French text of the facilitator's projector controls. */
import type { projector as english } from '../en/projector'
import type { MirrorWithMany } from '../mirror'

export const projector = {
  label: 'Projection',
  open: 'Ouvrir la présentation',
  close: 'Fermer la présentation',
  shows: 'À l’écran',
  modes: { follow: 'Étapes', timer: 'Minuteur', compare: 'Comparaison', map: 'Cartographie' },
  mapShows: 'Cartographie affichée',
  mapViews: { today: 'Aujourd’hui', target: 'Cible', changes: 'Changements' },
  blank: 'Écran noir',
  unblank: 'Réafficher l’écran',
  /** Said aloud after B or the menu, when the focus is not on the button. */
  blanked: 'L’écran projeté est noir.',
  shown: 'L’écran projeté affiche de nouveau l’atelier.',
  failed: 'Impossible d’ouvrir la présentation : {{reason}}',
} as const satisfies MirrorWithMany<typeof english>
