/**
 * French text of the presenter screen: what the room reads on the projector. Short and calm; it
 * speaks to the room, never to the facilitator.
 */
import type { present as english } from '../en/present'
import type { MirrorWithMany } from '../mirror'

export const present = {
  documentTitle: '{{title}} — présentation',
  documentTitleNone: 'Vantage — présentation',
  loading: 'Ouverture de l’atelier',
  missing: 'Cet atelier n’est pas disponible sur cet écran.',
  missingHint: 'La personne qui anime peut le rouvrir depuis son ordinateur.',
  failed: 'Cet écran n’a pas pu lire l’atelier. Rien n’a été modifié.',
  blanked: 'Écran masqué',
  waiting: 'Nous commençons dans un instant.',
  join: {
    label: 'Rejoindre avec votre téléphone',
    qr: 'QR code de {{url}}',
    code: 'Code de connexion {{code}}',
  },
  lensPosition: 'Prisme {{number}} sur {{count}}',
  steps: {
    introduce: 'Introduction',
    'rate-current': 'Évaluer aujourd’hui',
    'reveal-current': 'Dévoiler aujourd’hui',
    'rate-target': 'Évaluer la cible',
    'reveal-target': 'Dévoiler la cible',
    gap: 'L’écart',
  },
  timer: {
    label: 'Temps pour cette étape',
    left: 'restant',
    over: 'de dépassement',
    paused: 'En pause',
    timeUp: 'Le temps est écoulé',
    noStep: 'Aucune étape n’a encore commencé.',
  },
  introduce: {
    prompts: 'Pour lancer la discussion',
    scale: 'Notre échelle d’évaluation',
  },
  rate: {
    heading: {
      current: 'Où en sommes-nous aujourd’hui ?',
      target: 'Où voulons-nous être ?',
    },
    private:
      'Chacun évalue seul, de son côté. Les évaluations sont affichées ensemble, une fois que tout le monde a répondu.',
    scale: 'L’échelle',
  },
  count: 'Évaluations : {{rated}} sur {{total}}',
  reveal: {
    heading: {
      current: 'Comment le groupe voit la situation actuelle',
      target: 'Ce que vise le groupe',
    },
    hidden: 'Les évaluations restent masquées jusqu’à ce qu’elles soient dévoilées ensemble.',
    median: 'Médiane : {{value}}',
    noMedian: 'Pas de médiane : personne n’a donné de niveau',
    range: 'De {{min}} à {{max}}',
    rangeSingle: 'Tout le monde à {{level}}',
    disagreement: 'Les évaluations s’étalent sur {{levels}} niveaux : cela mérite d’en parler.',
    agreed: 'Convenu : {{score}}',
    notAgreed: 'Pas encore convenu',
    caption: 'Évaluations par niveau',
    level: 'Niveau',
    ratings: 'Évaluations',
    who: 'Qui',
    unsure: 'Ne sait pas',
    anonymous: 'Évaluations affichées sans les noms.',
  },
  cards: {
    heading: {
      current: 'Ce que nous avons observé aujourd’hui',
      target: 'À quoi ressemble la cible',
    },
  },
  gap: {
    heading: 'D’aujourd’hui à la cible',
    today: 'Aujourd’hui',
    target: 'Cible',
    gap: 'Écart',
    notAgreed: 'Non convenu',
    keyShift: 'Le changement le plus important',
  },
  compare: {
    heading: 'Le profil du groupe : aujourd’hui et la cible',
    chartTitle: 'Scores convenus par prisme : aujourd’hui et la cible',
    chartDescription: 'Un axe par prisme, le niveau 1 près du centre et le 5 au bord.',
    today: 'Aujourd’hui (convenu)',
    target: 'Cible (convenue)',
    gaps: 'Là où les écarts sont les plus grands',
    gapLine: 'De {{current}} à {{target}}',
    empty:
      'Aucun prisme n’a encore de score convenu. Le profil se dessine à mesure que le groupe s’accorde.',
  },
  map: {
    heading: {
      today: 'Nos équipes aujourd’hui',
      target: 'Nos équipes telles que nous les voulons',
      changes: 'D’aujourd’hui à la cible',
    },
    emptyToday: 'La cartographie actuelle des équipes n’a pas encore été dessinée.',
    emptyTarget: 'La cartographie cible des équipes n’a pas encore été commencée.',
    same: 'La cartographie cible des équipes est identique à celle d’aujourd’hui.',
    more_one: 'Et {{count}} autre changement',
    more_other: 'Et {{count}} autres changements',
    more_many: 'Et {{count}} autres changements',
  },
} as const satisfies MirrorWithMany<typeof english>
