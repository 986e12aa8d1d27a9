/** German text of the commit tab's prioritise view. */
import type { prioritise as english } from '../../en/commit/prioritise'
import type { Mirror } from '../../mirror'

export const prioritise = {
  heading: 'Priorisieren',
  intro:
    'Bringen Sie die Vorhaben in eine Reihenfolge, das wichtigste zuerst, und ziehen Sie die Linie: Was darüber steht, beschließt die Runde, der Rest wartet. Ideen, die diesmal nicht passen, kommen in den Themenspeicher.',
  empty: 'Es gibt noch keine Vorhaben zum Priorisieren.',
  emptyLink: 'Erste Vorhaben formulieren',
  /** The three groups, as headings and as places in spoken drag messages. */
  groups: {
    committed: {
      heading: 'Beschlossen',
      empty:
        'Noch ist nichts beschlossen. Verschieben Sie die Linie nach unten oder ziehen Sie ein Vorhaben hierher.',
      place: 'über der Linie',
    },
    proposed: {
      heading: 'Wartet',
      empty: 'Unter der Linie wartet nichts.',
      place: 'unter der Linie',
    },
    parked: {
      heading: 'Themenspeicher',
      intro: 'Ideen, die diesmal nicht gepasst haben.',
      empty: 'Der Themenspeicher ist leer.',
      place: 'im Themenspeicher',
    },
  },
  count_one: '{{count}} Vorhaben',
  count_other: '{{count}} Vorhaben',
  line: {
    label: 'Beschlusslinie',
    text: 'Über der Linie: beschlossen · darunter: wartet',
    up: 'Linie nach oben',
    down: 'Linie nach unten',
  },
  votes: {
    order: 'Nach Punkten ordnen',
    note: 'Stellt die Vorhaben mit den meisten Punkten nach vorn. Die Linie bleibt, wo sie ist: Es bleiben so viele Vorhaben beschlossen wie vorher.',
    hidden: 'Decken Sie zuerst die Punktabfrage auf, um die Vorhaben danach zu ordnen.',
  },
  bet: {
    owner: 'Verantwortlich: {{owner}}',
    horizon: 'Horizont: {{horizon}}',
    dots_one: '{{count}} Punkt',
    dots_other: '{{count}} Punkte',
    drag: '„{{title}}“ ziehen',
    moveUp: '„{{title}}“ nach oben',
    moveDown: '„{{title}}“ nach unten',
    commit: 'Beschließen',
    commitNamed: '„{{title}}“ beschließen',
    uncommit: 'Unter die Linie',
    uncommitNamed: 'Unter die Linie: „{{title}}“',
    park: 'Parken',
    parkNamed: '„{{title}}“ parken',
    bringBack: 'Zurückholen',
    bringBackNamed: '„{{title}}“ zurückholen',
  },
  closed: {
    summary_one: '{{count}} abgeschlossenes Vorhaben, nicht priorisiert',
    summary_other: '{{count}} abgeschlossene Vorhaben, nicht priorisiert',
    label: 'Abgeschlossene Vorhaben',
  },
  notices: {
    moved: '„{{title}}“ ist auf Position {{position}} von {{count}} {{place}}.',
    line_one: 'Die Linie steht jetzt unter {{count}} Vorhaben.',
    line_other: 'Die Linie steht jetzt unter {{count}} Vorhaben.',
    lineNone: 'Die Linie steht jetzt ganz oben: Nichts ist beschlossen.',
    ordered: 'Nach Punkten geordnet. Die Linie steht unter derselben Zahl von Vorhaben.',
    alreadyOrdered: 'Die Vorhaben sind bereits nach ihren Punkten geordnet.',
    failed: 'Die Änderung konnte nicht gespeichert werden. Bitte versuchen Sie es erneut.',
  },
  drag: {
    roleDescription: 'verschiebbares Vorhaben',
    instructions:
      'Um ein Vorhaben zu verschieben, drücken Sie auf seinem Ziehpunkt die Leertaste oder die Eingabetaste. Bewegen Sie es mit den Pfeiltasten in der Liste nach oben oder unten, über die Beschlusslinie oder in den Themenspeicher, und legen Sie es mit der Leertaste oder der Eingabetaste ab. Esc bricht ab.',
    pickedUp: '„{{title}}“ aufgenommen. Es ist auf Position {{position}} von {{count}} {{place}}.',
    over: '„{{title}}“ ist auf Position {{position}} von {{count}} {{place}}.',
    notOver: '„{{title}}“ ist weder über der Liste noch über dem Themenspeicher.',
    dropped: '„{{title}}“ auf Position {{position}} von {{count}} {{place}} abgelegt.',
    droppedOutside: '„{{title}}“ wurde außerhalb der Liste abgelegt und bleibt, wo es war.',
    cancelled:
      'Verschieben von „{{title}}“ abgebrochen. Es bleibt auf Position {{position}} von {{count}} {{place}}.',
  },
} as const satisfies Mirror<typeof english>
