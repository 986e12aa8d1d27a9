/**
 * French text of the rate and reveal steps: private ratings, the reveal of how the room sees a
 * lens, and the score it agrees on.
 */
import type { rating as english } from '../en/rating'
import type { MirrorWithMany } from '../mirror'

export const rating = {
  count: 'Évaluations : {{rated}} sur {{total}}',
  levelName: '{{level}} : {{label}}',
  unsure: 'Ne sait pas',
  rate: {
    heading: {
      current: 'Où en sommes-nous aujourd’hui ?',
      target: 'Où voulons-nous être ?',
    },
    people: 'Personnes présentes',
    keyboardHint:
      'Tapez 1 à 5 pour la personne en surbrillance, 0 ou U pour « ne sait pas », Retour arrière pour effacer. Les flèches passent d’une personne à l’autre.',
    hiddenNotice: 'Les évaluations restent masquées jusqu’à ce que vous les dévoiliez.',
    revealedNotice:
      'Ces évaluations sont dévoilées : toute modification est aussitôt visible par le groupe.',
    scaleHeading: 'L’échelle',
    rateButton: 'Choisir {{level}} pour {{name}} : {{label}}',
    unsureButton: '{{name}} ne sait pas',
    notRated: 'Non évalué',
    rated: 'Évalué',
    ratedLevel: '{{level}} · {{label}}',
    note: 'Commentaire de {{name}}',
    notePlaceholder: 'Commentaire',
    clear: 'Effacer',
    clearLabel: 'Effacer l’évaluation de {{name}}',
    noPeopleTitle: 'Aucun participant pour l’instant',
    noPeopleBody:
      'Les évaluations nécessitent des participants : ajoutez-les dans l’onglet Préparer. Sans eux, le groupe peut tout de même convenir d’un score ensemble à l’étape de dévoilement.',
  },
  reveal: {
    heading: {
      current: 'Comment le groupe voit la situation actuelle',
      target: 'Ce que vise le groupe',
    },
    revealButton: 'Dévoiler les évaluations',
    hiddenHint: 'Les évaluations restent masquées jusqu’à ce que vous les dévoiliez au groupe.',
    nothingToReveal:
      'Personne n’a encore donné d’évaluation. Le groupe peut tout de même convenir d’un score ensemble.',
    median: 'Médiane : {{value}}',
    noMedian: 'Pas de médiane : personne n’a donné de niveau',
    range: 'De {{min}} à {{max}}',
    rangeSingle: 'Tout le monde à {{level}}',
    disagreement:
      'Le groupe n’est pas d’accord : les évaluations s’étalent sur {{levels}} niveaux. Prenez le temps d’en parler avant de convenir d’un score.',
    hide: 'Masquer à nouveau les évaluations',
    plotCaption: 'Évaluations par niveau',
    columnLevel: 'Niveau',
    columnCount: 'Évaluations',
    columnNames: 'Qui',
    nobody: 'Personne',
    anonymousNote: 'Cet atelier est anonyme : les évaluations sont affichées sans les noms.',
  },
  consensus: {
    heading: {
      current: 'Score convenu pour aujourd’hui',
      target: 'Score convenu pour la cible',
    },
    notAgreed: 'Pas encore convenu.',
    clear: 'Effacer le score convenu',
  },
} as const satisfies MirrorWithMany<typeof english>
