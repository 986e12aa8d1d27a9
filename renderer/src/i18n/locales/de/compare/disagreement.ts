/** German text of the compare tab's disagreement view. */
import type { disagreement as english } from '../../en/compare/disagreement'
import type { Mirror } from '../../mirror'

export const disagreement = {
  heading: 'Wo die Sichtweisen auseinandergehen',
  intro:
    'Die persönlichen Bewertungen aller, sobald sie aufgedeckt sind: wie weit sie je Perspektive auseinanderliegen und wer am weitesten vom vereinbarten Wert der Runde entfernt ist.',
  empty:
    'Noch nichts aufgedeckt. Die Bewertungen der einzelnen Personen erscheinen hier, sobald sie für eine Perspektive aufgedeckt sind.',
  heatmap: {
    show: 'Anzeigen',
    modes: {
      current: 'Heute',
      target: 'Ziel',
      gap: 'Persönliche Lücke',
    },
    caption: {
      current: 'Bewertung des heutigen Stands je Person und Perspektive',
      target: 'Ziel je Person und Perspektive',
      gap: 'Persönliche Lücke (eigenes Ziel minus eigene Einschätzung von heute) je Person und Perspektive',
    },
    scrollLabel: 'Bewertungen je Person und Perspektive',
    personColumn: 'Person',
    unsure: 'Unsicher',
    /** What a cell shows: short enough for a projector, read out in words (see unsure...). */
    marks: {
      unsure: '?',
      none: '–',
      up: '+{{gap}}',
      /** A real minus sign: a hyphen reads as a dash from the back of the room. */
      down: '\u2212{{gap}}',
    },
    notShown: 'Nicht bewertet oder nicht aufgedeckt',
    noGap: 'Keine persönliche Lücke: Dafür braucht es beide Bewertungen',
    /** A personal target below today: said in words as well as by the minus sign. */
    below: 'Ziel unter dem heutigen Stand',
    /** Dark themes brighten the strong shades: say "stronger", not "darker". */
    legend: {
      level:
        'Ein kräftigerer Farbton bedeutet eine höhere Stufe. „?“ bedeutet unsicher, „–“ nicht bewertet oder nicht aufgedeckt.',
      gap: 'Ein kräftigerer Farbton bedeutet eine größere Lücke. Ein Minuszeichen, ein warmer Farbton und ein gestrichelter Rahmen kennzeichnen ein Ziel unter dem heutigen Stand.',
    },
  },
  lenses: {
    heading: 'Je Perspektive',
    summary_one:
      'Bei einer Perspektive ist sich die Runde über den Wert einig, nicht aber über die Lücke: {{lenses}}',
    summary_other:
      'Bei {{count}} Perspektiven ist sich die Runde über die Werte einig, nicht aber über die Lücke: {{lenses}}',
    noneFlagged:
      'Keine Perspektive, bei der die Runde beim Wert einig ist, bei der Lücke aber nicht',
    flag: 'Einig beim Wert, nicht bei der Lücke',
    flagExplanation_one:
      'Alle Werte liegen innerhalb einer Stufe, die persönlichen Lücken unterscheiden sich aber um {{count}} Stufe',
    flagExplanation_other:
      'Alle Werte liegen innerhalb einer Stufe, die persönlichen Lücken unterscheiden sich aber um {{count}} Stufen',
    spread: {
      current: 'Streuung heute',
      target: 'Streuung beim Ziel',
    },
    range_zero: 'Alle haben denselben Wert gegeben',
    range_one: '{{count}} Stufe',
    range_other: '{{count}} Stufen',
    noRatings: 'Noch keine aufgedeckten Bewertungen',
    /** A spread with the score the room agreed for that state. */
    withAgreed: '{{spread}}, vereinbart: {{level}}',
    furthest: {
      current: 'Am weitesten vom vereinbarten Wert heute',
      target: 'Am weitesten vom vereinbarten Ziel',
    },
    furthestPeople_one: '{{people}} ({{count}} Stufe entfernt)',
    furthestPeople_other: '{{people}} ({{count}} Stufen entfernt)',
    nobodyFar: 'Niemand liegt weit vom vereinbarten Wert entfernt',
    noAgreed: 'Noch kein vereinbarter Wert',
  },
} as const satisfies Mirror<typeof english>
