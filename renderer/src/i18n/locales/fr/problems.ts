/** French reasons why something could not be done, one per problem main or the browser reports. */
import type { problems as english } from '../en/problems'
import type { MirrorWithMany } from '../mirror'

export const problems = {
  diskFull: 'Le disque est plein. Libérez de l’espace et réessayez.',
  quotaUsed: 'Votre quota de disque est épuisé.',
  writeForbidden: 'Vantage n’a pas le droit d’écrire dans ce dossier. Choisissez un autre dossier.',
  readOnlyDisk: 'Ce disque est en lecture seule ; rien ne peut y être enregistré.',
  folderGone: 'Le dossier n’existe plus.',
  fileBusy: 'Un autre programme utilise ce fichier. Fermez-le et réessayez.',
  nameTooLong: 'Le nom du fichier est trop long. Choisissez un nom plus court.',
  writeFailed: 'Le fichier n’a pas pu être enregistré ({{osCode}}).',
  fileGone: 'Le fichier n’existe plus.',
  readForbidden: 'Vantage n’a pas le droit de lire ce fichier.',
  isFolder: 'Il s’agit d’un dossier, pas d’un fichier.',
  readFailed: 'Le fichier n’a pas pu être lu ({{osCode}}).',
  notAFile: 'Ce n’est pas un fichier que Vantage peut ouvrir.',
  fileTooLarge: {
    session:
      'Ce fichier fait {{sizeMb}}\u00a0Mo ; Vantage ouvre les fichiers de session jusqu’à {{limitMb}}\u00a0Mo.',
    template:
      'Ce fichier fait {{sizeMb}}\u00a0Mo ; Vantage ouvre les fichiers de modèle jusqu’à {{limitMb}}\u00a0Mo.',
  },
  notText: {
    session: 'Ce n’est pas un fichier de session Vantage : il ne contient pas de texte.',
    template: 'Ce n’est pas un fichier de modèle Vantage : il ne contient pas de texte.',
  },
  tooLargeToSave: {
    session:
      'Cette session fait {{sizeMb}}\u00a0Mo, au-delà des {{limitMb}}\u00a0Mo que Vantage peut rouvrir.',
    template:
      'Ce modèle fait {{sizeMb}}\u00a0Mo, au-delà des {{limitMb}}\u00a0Mo que Vantage peut rouvrir.',
  },
  notAVantageFile:
    'Vantage ouvre les fichiers de session (.vantage) et de modèle (.vantage-template) ; ce fichier n’est ni l’un ni l’autre.',
  noSuchBackup: 'Cette sauvegarde n’existe pas.',
  backupTooLarge: 'Cette sauvegarde est trop volumineuse pour être ouverte.',
  tooLargeToBackUp: 'Cet atelier est trop volumineux pour être sauvegardé.',
  printIdInvalid: 'Cet atelier ne peut pas être imprimé : son identifiant n’est pas valide.',
  printWindowClosed: 'La fenêtre du rapport s’est fermée avant l’impression.',
  printFailed: 'Le rapport n’a pas pu être préparé pour l’impression.',
  printTimedOut:
    'La préparation du rapport a pris trop de temps ; aucun PDF n’a été créé. Réessayez.',
  presenterIdInvalid: 'Cet atelier ne peut pas être présenté : son identifiant n’est pas valide.',
  presenterFromPresenter: 'La fenêtre de présentation ne peut pas ouvrir sa propre présentation.',
  callerClosed: 'La fenêtre qui l’a demandé a été fermée.',
  joinNetworkGone: 'Ce réseau n’est plus connecté. Choisissez-en un autre.',
  joinNotHere:
    'Seule la fenêtre de la personne qui anime permet à la salle de rejoindre l’atelier.',
  joinPageMissing:
    'La page des téléphones n’est pas construite. Lancez npm run build, puis réessayez.',
  joinServerGone: 'Le serveur de connexion ne tourne pas.',
  printBlocked:
    'Le navigateur a bloqué l’onglet d’impression. Autorisez les fenêtres surgissantes pour Vantage et réessayez.',
  presenterBlocked:
    'Le navigateur a bloqué la fenêtre de présentation. Autorisez les fenêtres surgissantes pour Vantage et réessayez.',
  unexpected: 'Un problème inattendu est survenu ({{detail}}).',
  storageFull: 'Le disque est plein.',
  storageUnavailable: 'Le stockage de l’application a refusé la modification.',
} as const satisfies MirrorWithMany<typeof english>
