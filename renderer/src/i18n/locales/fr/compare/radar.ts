/** French text of the compare tab's radar view. */
import type { radar as english } from '../../en/compare/radar'
import type { MirrorWithMany } from '../../mirror'

export const radar = {
  heading: 'Le profil du groupe : aujourd’hui et la cible',
  intro:
    'Là où le groupe estime se situer aujourd’hui sur chaque prisme, et là où il veut aller : 1 près du centre, 5 au bord.',
  chart: {
    title: 'Scores convenus par prisme : aujourd’hui et la cible',
    titleWithPerson:
      'Scores convenus par prisme : aujourd’hui et la cible, avec les évaluations de {{person}}',
    description:
      'Un axe par prisme, le niveau 1 près du centre et le 5 au bord. Le tableau à côté du graphique reprend les mêmes chiffres.',
  },
  series: {
    current: 'Aujourd’hui (convenu)',
    target: 'Cible (convenue)',
    personCurrent: '{{person}} : aujourd’hui',
    personTarget: '{{person}} : cible',
  },
  overlay: {
    label: 'Superposer une personne',
    hint: 'Ses propres évaluations, uniquement là où le groupe les a déjà vues.',
    nobody: 'Personne',
  },
  table: {
    caption: 'Scores convenus par prisme',
    captionWithPerson: 'Scores convenus par prisme, avec les évaluations de {{person}}',
    lens: 'Prisme',
    current: 'Aujourd’hui',
    target: 'Cible',
    gap: 'Écart',
    personCurrent: '{{person}} : aujourd’hui',
    personTarget: '{{person}} : cible',
  },
  /** A person's cell where the chart has no point: unsure, not rated, or not revealed yet. */
  personUnsure: 'Ne sait pas',
  personNoScore: 'Pas de score',
  gapValue: '+{{gap}}',
  empty:
    'Aucun prisme n’a encore de score convenu. Dès que le groupe s’accorde sur sa situation actuelle ou sur sa cible pour un prisme, celui-ci apparaît ici.',
  noLenses: 'Aucun prisme n’est encore au programme : il n’y a rien à représenter.',
} as const satisfies MirrorWithMany<typeof english>
