/** German text of the compare tab's radar view. */
import type { radar as english } from '../../en/compare/radar'
import type { Mirror } from '../../mirror'

export const radar = {
  heading: 'Das Bild der Runde: heute und Ziel',
  intro:
    'Wo die Runde nach gemeinsamer Einschätzung heute bei jeder Perspektive steht und wo sie hinwill: 1 nahe der Mitte, 5 am Rand.',
  chart: {
    title: 'Vereinbarte Werte je Perspektive: heute und Ziel',
    titleWithPerson:
      'Vereinbarte Werte je Perspektive: heute und Ziel, dazu die Werte von {{person}}',
    description:
      'Eine Achse je Perspektive, Stufe 1 nahe der Mitte und 5 am Rand. Die Tabelle neben dem Diagramm enthält dieselben Zahlen.',
  },
  series: {
    current: 'Heute (vereinbart)',
    target: 'Ziel (vereinbart)',
    personCurrent: '{{person}}: heute',
    personTarget: '{{person}}: Ziel',
  },
  overlay: {
    label: 'Person einblenden',
    hint: 'Ihre eigenen Bewertungen, nur dort, wo die Runde sie schon gesehen hat.',
    nobody: 'Niemand',
  },
  table: {
    caption: 'Vereinbarte Werte je Perspektive',
    captionWithPerson: 'Vereinbarte Werte je Perspektive, dazu die Werte von {{person}}',
    lens: 'Perspektive',
    current: 'Heute',
    target: 'Ziel',
    gap: 'Lücke',
    personCurrent: '{{person}}: heute',
    personTarget: '{{person}}: Ziel',
  },
  /** A person's cell where the chart has no point: unsure, not rated, or not revealed yet. */
  personUnsure: 'Unsicher',
  personNoScore: 'Kein Wert',
  gapValue: '+{{gap}}',
  empty:
    'Noch hat keine Perspektive einen vereinbarten Wert. Sobald sich die Runde bei einer Perspektive einigt, wo sie heute steht oder wo sie hinwill, erscheint sie hier im Bild.',
  noLenses: 'Die Agenda enthält noch keine Perspektiven, daher gibt es nichts darzustellen.',
} as const satisfies Mirror<typeof english>
