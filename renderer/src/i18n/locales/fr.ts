/**
 * French text of the app, from the same parts as the English one, in one piece: a translation
 * loads whole when it is chosen (i18n/index.ts), so it is not split by screen as English is.
 * Every word a facilitator reads lives in a locale file like this one, so a translation never
 * touches a component.
 */
import type { Resources } from './en'
import type { MirrorWithMany } from './mirror'
import { cards } from './fr/cards'
import { commit } from './fr/commit'
import { compare } from './fr/compare'
import { facilitate } from './fr/facilitate'
import { files } from './fr/files'
import { join } from './fr/join'
import { newerData } from './fr/newerData'
import { phone } from './fr/phone'
import { prepare } from './fr/prepare'
import { projector } from './fr/projector'
import { present } from './fr/present'
import { problems } from './fr/problems'
import { rating } from './fr/rating'
import { report } from './fr/report'
import { sharedWords } from './fr/sharedWords'
import { teammap } from './fr/teammap'
import { teammapView } from './fr/teammapView'
import { templates } from './fr/templates'

export const fr = {
  prepare,
  rating,
  cards,
  facilitate,
  report,
  files,
  compare,
  commit,
  projector,
  present,
  templates,
  teammap: { ...teammapView, ...teammap },
  join,
  phone,
  problems,
  sharedWords,
  app: {
    name: 'Vantage',
    tagline: 'Des ateliers sur votre modèle opérationnel produit',
    skipToContent: 'Aller au contenu',
    breadcrumb: 'Fil d’Ariane',
    footerDesktop: 'Vantage {{version}} · Dossier de données : {{folder}}',
    footerBrowser:
      'Vantage {{version}} · Dans un navigateur : les données restent dans ce navigateur',
    notFound: 'Cette page n’existe pas.',
    backHome: 'Retour à tous les ateliers',
    loadFailed: 'Vantage n’a pas pu lire ses données enregistrées. Rien n’a été modifié.',
    retry: 'Réessayer',
    dbReplaced:
      'Vantage a été mis à jour dans une autre fenêtre. Rechargez pour continuer ; tout ce qui a été enregistré jusqu’ici est en sécurité.',
    reload: 'Recharger',
    language: {
      label: 'Langue',
      system: 'Comme le système ({{language}})',
    },
    newerData,
    about: {
      title: 'À propos de Vantage',
      version: 'Version',
      dataFolder: 'Dossier de données',
      inBrowser: 'Le stockage propre à ce navigateur',
      dataHint:
        'Vos ateliers et leurs sauvegardes sont conservés dans le dossier de données. Enregistrez un fichier de session pour emporter un atelier sur un autre ordinateur.',
      close: 'Fermer',
    },
  },
  home: {
    title: 'Ateliers',
    newWorkshop: 'Nouvel atelier',
    listLabel: 'Vos ateliers',
    emptyTitle: 'Aucun atelier pour l’instant',
    emptyBody:
      'Créez un atelier pour préparer le déroulé, parcourir les six prismes avec votre équipe de direction et repartir avec une synthèse.',
    loading: 'Chargement des ateliers…',
    organisationUnset: 'Aucune organisation',
    dateUnset: 'Aucune date fixée',
    lastEdited: 'Modifié {{when}}',
    rename: 'Renommer',
    renameLabel: 'Renommer {{title}}',
    duplicate: 'Dupliquer',
    duplicateLabel: 'Dupliquer {{title}}',
    delete: 'Supprimer',
    deleteLabel: 'Supprimer {{title}}',
    copySuffix_one: '(copie)',
    copySuffix_other: '(copie {{count}})',
    copySuffix_many: '(copie {{count}})',
    duplicated: '« {{title}} » a été créé.',
    deleted: '« {{title}} » a été supprimé.',
    undo: 'Annuler',
    restored: '« {{title}} » a été restauré.',
    dismiss: 'Fermer',
    actionFailed: 'L’opération a échoué : {{reason}} Rien n’a été modifié.',
  },
  workshopForm: {
    createTitle: 'Nouvel atelier',
    createDescription: 'Vous pourrez modifier tout cela plus tard.',
    renameTitle: 'Renommer l’atelier',
    title: 'Titre',
    titleHint: 'Par exemple « Séminaire de direction, printemps »',
    organisation: 'Organisation',
    date: 'Date',
    facilitator: 'Animation',
    template: 'Modèle',
    templateHint:
      'L’atelier conserve sa propre copie des prismes : les modifications ultérieures du modèle ne le réécrivent jamais.',
    builtInTemplate: 'Fourni avec Vantage : {{name}}',
    create: 'Créer l’atelier',
    save: 'Enregistrer',
    cancel: 'Annuler',
    errors: {
      title: {
        required: 'Donnez un titre à l’atelier.',
        tooLong: 'Le titre ne doit pas dépasser {{max}} caractères.',
      },
      organisation: { tooLong: 'Ce champ ne doit pas dépasser {{max}} caractères.' },
      facilitator: { tooLong: 'Ce champ ne doit pas dépasser {{max}} caractères.' },
      date: { invalidDate: 'Saisissez une date valide.' },
    },
  },
  deleteDialog: {
    title: 'Supprimer « {{title}} » ?',
    body: 'Ses participants, évaluations, cartes et paris seront supprimés avec lui. Vous pourrez annuler juste après.',
    confirm: 'Supprimer l’atelier',
    cancel: 'Conserver',
  },
  workshop: {
    details: 'Informations',
    detailsHint: 'Les modifications sont enregistrées au fil de la saisie.',
    lenses: 'Prismes de cet atelier',
    prompts: 'Pistes de discussion',
    scale: 'Échelle de maturité',
    level: 'Niveau {{level}} : {{label}}',
    notFound: 'Cet atelier n’existe pas ou a été supprimé.',
    loading: 'Ouverture de l’atelier…',
    sections: 'Sections de l’atelier',
    tabs: {
      prepare: 'Préparer',
      run: 'Animer l’atelier',
      compare: 'Comparer',
      map: 'Cartographie',
      commit: 'S’engager',
    },
  },
  saveState: {
    saving: 'Enregistrement…',
    saved: 'Toutes les modifications sont enregistrées',
    failed: 'La dernière modification n’a pas pu être enregistrée',
    refused: 'Pas encore enregistré : nouvelle tentative en cours',
  },
  dates: {
    justNow: 'à l’instant',
  },
} as const satisfies MirrorWithMany<Resources>
