/** French text of the facilitation shell: steps, navigation, timer, shortcuts, introduce and gap. */
import type { facilitate as english } from '../en/facilitate'
import type { MirrorWithMany } from '../mirror'

export const facilitate = {
  steps: {
    introduce: 'Introduction',
    'rate-current': 'Évaluer aujourd’hui',
    'reveal-current': 'Dévoiler et s’accorder : aujourd’hui',
    'rate-target': 'Évaluer la cible',
    'reveal-target': 'Dévoiler et s’accorder : cible',
    gap: 'Écart et changement clé',
  },
  stepLabel: '{{lens}} : {{step}}',
  navigation: 'Étapes de l’atelier',
  lensPosition: 'Prisme {{index}} sur {{count}}',
  previous: 'Étape précédente',
  next: 'Étape suivante',
  noAgenda: 'Aucun prisme n’est au programme de cet atelier. Ajoutez-en un dans l’onglet Préparer.',
  progress: {
    agreed: 'convenu : {{score}}',
    revealed: 'dévoilé',
  },
  undo: 'Annuler',
  redo: 'Rétablir',
  timer: {
    label: 'Minuteur de l’étape',
    start: 'Démarrer le minuteur',
    pause: 'Mettre le minuteur en pause',
    addMinute: 'Ajouter une minute',
    remaining: 'Reste {{time}}',
    over: 'Dépassement : {{time}}',
    timeUp: 'Le temps de cette étape est écoulé.',
  },
  help: {
    keyNames: {
      shift: 'Maj',
      ctrl: 'Ctrl',
      ctrlOrCmd: 'Ctrl/⌘',
    },
    open: 'Raccourcis clavier',
    title: 'Raccourcis clavier',
    description:
      'Les touches simples fonctionnent lorsque le curseur n’est pas dans un champ de texte.',
    singleKeys: 'Utiliser les raccourcis à une touche',
    singleKeysHint:
      'Désactivez cette option si vous utilisez la saisie vocale ou si des lettres déclenchent des actions par erreur.',
    close: 'Fermer',
    runHeading: 'Pendant l’atelier',
    menuHeading: 'Partout dans l’application',
    keys: {
      newWorkshop: 'Nouvel atelier',
      openSession: 'Ouvrir un fichier de session',
      saveSession: 'Enregistrer l’atelier comme fichier de session',
      exportPdf: 'Exporter la synthèse en PDF',
      presenter: 'Ouvrir ou fermer l’écran de présentation',
      shortcuts: 'Afficher cette liste',
      next: 'Étape suivante',
      previous: 'Étape précédente',
      reveal: 'Dévoiler ou masquer les évaluations de cette étape',
      timer: 'Démarrer ou mettre en pause le minuteur',
      addMinute: 'Ajouter une minute au minuteur',
      blank: 'Masquer l’écran projeté, ou le réafficher',
      undo: 'Annuler',
      redo: 'Rétablir',
      help: 'Afficher cette liste',
      rateDigit:
        'Sur une ligne d’évaluation : 1 à 5 pour évaluer, 0 ou U pour « ne sait pas », Retour arrière pour effacer',
    },
  },
  introduce: {
    question: 'Question centrale',
    prompts: 'Pour lancer la discussion',
    scale: 'Notre échelle d’évaluation',
  },
  gap: {
    today: 'Aujourd’hui',
    target: 'Ce que nous visons',
    gap: 'Écart',
    notAgreed: 'Pas encore convenu',
    gapValue_one: '{{count}} niveau à franchir',
    gapValue_other: '{{count}} niveaux à franchir',
    gapValue_many: '{{count}} niveaux à franchir',
    gapNone: 'Aucun écart : la cible correspond à la situation actuelle',
    gapNegative: 'La cible est en dessous de la situation actuelle : {{count}} niveau(x) plus bas',
    needsBoth: 'Convenez des deux scores aux étapes de dévoilement pour voir l’écart.',
    keyShift: 'Le changement le plus important',
    keyShiftHint:
      'En une ou deux phrases : qu’est-ce qui doit changer avant tout pour combler cet écart ?',
  },
} as const satisfies MirrorWithMany<typeof english>
