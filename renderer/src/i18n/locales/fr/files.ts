/** French text of session files, exports, imports and backups. */
import type { files as english } from '../en/files'
import type { MirrorWithMany } from '../mirror'

export const files = {
  actions: {
    label: 'Garder une trace',
    saveSession: 'Enregistrer la session',
    exportPdf: 'Exporter en PDF',
    exportCsv: 'Évaluations en CSV',
    exportBetsCsv: 'Paris en CSV',
    paper: 'Format du papier',
    a4: 'A4',
    letter: 'US Letter',
    pdfLanguage: 'Langue du PDF',
    betsFileName: '{{title}} paris',
    untitledFileName: 'Atelier Vantage',
    openSession: 'Ouvrir un fichier de session',
  },
  refusal: {
    title: {
      full: 'Le disque est plein : vos dernières modifications ne sont pas encore enregistrées',
      unavailable:
        'Le stockage de l’application a refusé vos dernières modifications : elles ne sont pas encore enregistrées',
    },
    body: 'Elles restent à l’écran, et Vantage continue d’essayer de les enregistrer. Enregistrez dès maintenant un fichier de session pour en garder une copie en lieu sûr ; libérer de l’espace disque permettra à l’enregistrement de reprendre.',
    saveNow: 'Enregistrer un fichier de session',
    retryNow: 'Réessayer maintenant',
  },
  status: {
    saved: '« {{fileName}} » a été enregistré.',
    downloaded: '« {{fileName}} » a été enregistré dans vos téléchargements.',
    pdfOpened:
      'L’aperçu avant impression s’est ouvert dans une nouvelle fenêtre : choisissez « Enregistrer au format PDF ».',
    cancelled: 'Rien n’a été enregistré.',
    failed: 'Enregistrement impossible : {{reason}} Rien n’a été modifié.',
  },
  open: {
    failedTitle: 'Impossible d’ouvrir ce fichier',
    failedIntro: 'Rien n’a été modifié. Voici ce qui ne va pas dans « {{fileName}} » :',
    close: 'Fermer',
    existsTitle: '« {{title}} » est déjà présent',
    existsBody:
      'Cet atelier se trouve déjà sur cet ordinateur. Voulez-vous le remplacer par la version du fichier, ou conserver les deux ?',
    replace: 'Remplacer',
    keepBoth: 'Conserver les deux',
    cancel: 'Annuler',
    keepBothSuffix_one: '(depuis un fichier)',
    keepBothSuffix_other: '(depuis un fichier {{count}})',
    keepBothSuffix_many: '(depuis un fichier {{count}})',
    tooLarge:
      'Le fichier dépasse 50 Mo, bien plus que n’importe quel atelier : ce n’est pas un fichier de session.',
  },
  backups: {
    title: 'Sauvegardes',
    intro:
      'Pendant que vous travaillez, Vantage conserve des copies de chaque atelier dans son dossier de données : les 20 dernières, et une par jour pendant deux semaines.',
    browser:
      'Dans un navigateur, Vantage ne fait pas de sauvegardes. Enregistrez de temps en temps un fichier de session pour en garder une copie.',
    empty:
      'Aucune sauvegarde pour l’instant. Elles apparaissent quelques secondes après une modification d’atelier.',
    loading: 'Lecture des sauvegardes…',
    listLabel: 'Sauvegardes de {{title}}',
    savedAt: 'Enregistrée le {{when}}',
    size: '{{size}} ko',
    restore: 'Restaurer',
    restoreLabel: 'Restaurer {{title}} tel qu’enregistré le {{when}}',
    restoreTitle: 'Restaurer cette sauvegarde ?',
    restoreBody:
      'L’atelier revient à son état du {{when}}. Son état actuel est d’abord sauvegardé, pour que vous puissiez y revenir.',
    restoreConfirm: 'Restaurer',
    restored: '« {{title}} » a été restauré dans son état du {{when}}.',
    failed: 'Restauration impossible : {{reason}} Rien n’a été modifié.',
    listFailed: 'Impossible de lire les sauvegardes : {{reason}}',
    offerTitle: 'Restaurer vos ateliers ?',
    offerBody:
      'Vantage n’a trouvé aucun atelier dans son stockage, mais dispose de sauvegardes pour {{count}} atelier(s). Restaurer la dernière sauvegarde de chacun ?',
    offerRestore: 'Tout restaurer',
    offerLater: 'Plus tard',
    offerDone: '{{count}} atelier(s) restauré(s) à partir des sauvegardes.',
    writeFailed:
      'Vantage n’a pas pu écrire de sauvegarde : {{reason}} Votre travail reste enregistré dans l’application ; libérez de l’espace disque.',
  },
} as const satisfies MirrorWithMany<typeof english>
