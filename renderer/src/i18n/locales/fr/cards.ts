/** French text of the cards screens. */
import type { cards as english } from '../en/cards'
import type { MirrorWithMany } from '../mirror'

export const cards = {
  nowDiscussing: 'En discussion',
  count_one: '{{count}} carte',
  count_other: '{{count}} cartes',
  count_many: '{{count}} cartes',
  columns: {
    current: {
      title: 'Aujourd’hui',
      intro: 'Les principales observations sur notre fonctionnement actuel',
      addLabel: 'Ajouter une observation',
      empty:
        'Aucune observation pour l’instant. Ajoutez-en une ci-dessous, ou faites glisser une carte ici.',
    },
    target: {
      title: 'Ce que nous visons',
      intro: 'À quoi ressemble la réussite pour nous',
      addLabel: 'Décrire à quoi ressemble la réussite',
      empty: 'Rien pour l’instant. Ajoutez une carte ci-dessous, ou faites-en glisser une ici.',
    },
  },
  add: {
    submit: 'Ajouter la carte',
    hint: 'Entrée ajoute la carte, Maj+Entrée passe à la ligne.',
    tags: 'Étiquettes',
    tagsHint: 'Facultatif, séparées par des virgules',
  },
  card: {
    edit: 'Modifier',
    delete: 'Supprimer',
    moveTo: 'Déplacer vers « {{column}} »',
    drag: 'Faire glisser {{card}}',
    tags: 'Étiquettes',
    makeBet: 'En faire un pari',
    makeBetLabel: 'Faire un pari à partir de « {{card}} »',
  },
  edit: {
    text: 'Texte de la carte',
    save: 'Enregistrer',
    cancel: 'Annuler',
    hint: '{{key}}+Entrée enregistre, Échap annule.',
  },
  errors: {
    required: 'Écrivez d’abord quelque chose : une carte vide n’est pas enregistrée.',
    tooLong: 'Une carte ne doit pas dépasser {{max}} caractères (celle-ci en compte {{count}}).',
    writeFailed:
      'La carte n’a pas pu être enregistrée. Votre texte est toujours là ; veuillez réessayer.',
  },
  notices: {
    added: 'La carte « {{card}} » a été ajoutée dans « {{column}} ».',
    saved: 'La carte « {{card}} » a été enregistrée.',
    moved: 'La carte « {{card}} » a été déplacée dans « {{column}} ».',
    deleted: 'Carte supprimée.',
    restored: 'Carte restaurée.',
    undo: 'Annuler',
    dismiss: 'Fermer',
    failed: 'Cette modification n’a pas pu être enregistrée. Veuillez réessayer.',
    betMade: 'Le pari « {{title}} » a été ajouté.',
    openBets: 'Voir tous les paris',
  },
  drag: {
    roleDescription: 'carte déplaçable',
    instructions:
      'Pour déplacer une carte, appuyez sur Espace ou Entrée sur sa poignée. Déplacez-la avec les flèches dans sa colonne ou vers l’autre colonne, puis appuyez sur Espace ou Entrée pour la déposer, ou sur Échap pour annuler.',
    pickedUp:
      'Carte « {{card}} » saisie. Elle est en position {{position}} sur {{count}} dans « {{column}} ».',
    over: '« {{card}} » est en position {{position}} sur {{count}} dans « {{column}} ».',
    notOver: '« {{card}} » n’est au-dessus d’aucune colonne.',
    dropped: '« {{card}} » déposée en position {{position}} sur {{count}} dans « {{column}} ».',
    droppedOutside: '« {{card}} » a été déposée hors des colonnes et reste à sa place.',
    cancelled:
      'Déplacement de « {{card}} » annulé. La carte reste en position {{position}} sur {{count}} dans « {{column}} ».',
  },
} as const satisfies MirrorWithMany<typeof english>
