/** French text of the compare tab's disagreement view. */
import type { disagreement as english } from '../../en/compare/disagreement'
import type { MirrorWithMany } from '../../mirror'

export const disagreement = {
  heading: 'Là où le groupe diverge',
  intro:
    'Les évaluations de chacun une fois dévoilées, leur dispersion par prisme, et les personnes les plus éloignées du score convenu par le groupe.',
  empty:
    'Rien n’a encore été dévoilé. Les évaluations de chacun apparaissent ici dès qu’elles sont dévoilées pour un prisme.',
  heatmap: {
    show: 'Afficher',
    modes: {
      current: 'Aujourd’hui',
      target: 'Cible',
      gap: 'Écart personnel',
    },
    caption: {
      current: 'L’évaluation de la situation actuelle par chaque personne, par prisme',
      target: 'La cible de chaque personne, par prisme',
      gap: 'L’écart personnel de chacun (sa cible moins son évaluation d’aujourd’hui), par prisme',
    },
    scrollLabel: 'Évaluations par personne et par prisme',
    personColumn: 'Personne',
    unsure: 'Ne sait pas',
    /** What a cell shows: short enough for a projector, read out in words (see unsure...). */
    marks: {
      unsure: '?',
      none: '–',
      up: '+{{gap}}',
      /** A real minus sign: a hyphen reads as a dash from the back of the room. */
      down: '\u2212{{gap}}',
    },
    notShown: 'Non évalué ou non dévoilé',
    noGap: 'Pas d’écart personnel : il faut les deux évaluations',
    /** A personal target below today: said in words as well as by the minus sign. */
    below: 'cible en dessous d’aujourd’hui',
    /** Dark themes brighten the strong shades: say "stronger", not "darker". */
    legend: {
      level:
        'Plus la teinte est marquée, plus le niveau est élevé. « ? » signifie « ne sait pas », « – » non évalué ou non dévoilé.',
      gap: 'Plus la teinte est marquée, plus l’écart est grand. Un signe moins, une teinte chaude et une bordure en pointillés signalent une cible en dessous d’aujourd’hui.',
    },
  },
  lenses: {
    heading: 'Par prisme',
    summary_one:
      'Le groupe s’accorde sur le score mais pas sur l’écart pour un prisme : {{lenses}}',
    summary_other:
      'Le groupe s’accorde sur les scores mais pas sur l’écart pour {{count}} prismes : {{lenses}}',
    summary_many:
      'Le groupe s’accorde sur les scores mais pas sur l’écart pour {{count}} prismes : {{lenses}}',
    noneFlagged: 'Aucun prisme où le groupe s’accorde sur les scores mais pas sur l’écart',
    flag: 'D’accord sur le score, pas sur l’écart',
    flagExplanation_one:
      'Les scores de chacun tiennent dans un niveau, mais les écarts personnels diffèrent de {{count}} niveau',
    flagExplanation_other:
      'Les scores de chacun tiennent dans un niveau, mais les écarts personnels diffèrent de {{count}} niveaux',
    flagExplanation_many:
      'Les scores de chacun tiennent dans un niveau, mais les écarts personnels diffèrent de {{count}} niveaux',
    spread: {
      current: 'Dispersion aujourd’hui',
      target: 'Dispersion de la cible',
    },
    range_zero: 'Tout le monde a donné le même score',
    range_one: '{{count}} niveau',
    range_other: '{{count}} niveaux',
    range_many: '{{count}} niveaux',
    noRatings: 'Aucune évaluation dévoilée pour l’instant',
    /** A spread with the score the room agreed for that state. */
    withAgreed: '{{spread}}, convenu : {{level}}',
    furthest: {
      current: 'Les plus éloignés du score convenu aujourd’hui',
      target: 'Les plus éloignés de la cible convenue',
    },
    furthestPeople_one: '{{people}} (à {{count}} niveau)',
    furthestPeople_other: '{{people}} (à {{count}} niveaux)',
    furthestPeople_many: '{{people}} (à {{count}} niveaux)',
    nobodyFar: 'Personne n’est loin du score convenu',
    noAgreed: 'Pas encore de score convenu',
  },
} as const satisfies MirrorWithMany<typeof english>
