/** German reasons why something could not be done, one per problem main or the browser reports. */
import type { problems as english } from '../en/problems'
import type { Mirror } from '../mirror'

export const problems = {
  diskFull: 'Der Datenträger ist voll. Schaffen Sie Platz und versuchen Sie es erneut.',
  quotaUsed: 'Ihr Speicherkontingent ist aufgebraucht.',
  writeForbidden:
    'Vantage darf in diesem Ordner nicht schreiben. Bitte wählen Sie einen anderen Ordner.',
  readOnlyDisk: 'Dieser Datenträger ist schreibgeschützt; dort lässt sich nichts speichern.',
  folderGone: 'Der Ordner existiert nicht mehr.',
  fileBusy:
    'Ein anderes Programm verwendet diese Datei. Schließen Sie es und versuchen Sie es erneut.',
  nameTooLong: 'Der Dateiname ist zu lang. Bitte wählen Sie einen kürzeren Namen.',
  writeFailed: 'Die Datei konnte nicht gespeichert werden ({{osCode}}).',
  fileGone: 'Die Datei existiert nicht mehr.',
  readForbidden: 'Vantage darf diese Datei nicht lesen.',
  isFolder: 'Das ist ein Ordner, keine Datei.',
  readFailed: 'Die Datei konnte nicht gelesen werden ({{osCode}}).',
  notAFile: 'Das ist keine Datei, die Vantage öffnen kann.',
  fileTooLarge: {
    session:
      'Diese Datei ist {{sizeMb}} MB groß; Vantage öffnet Sitzungsdateien bis {{limitMb}} MB.',
    template:
      'Diese Datei ist {{sizeMb}} MB groß; Vantage öffnet Vorlagendateien bis {{limitMb}} MB.',
  },
  notText: {
    session: 'Das ist keine Vantage-Sitzungsdatei: Sie enthält keinen Text.',
    template: 'Das ist keine Vantage-Vorlagendatei: Sie enthält keinen Text.',
  },
  tooLargeToSave: {
    session:
      'Diese Sitzung ist {{sizeMb}} MB groß und damit größer als die {{limitMb}} MB, die Vantage wieder öffnen kann.',
    template:
      'Diese Vorlage ist {{sizeMb}} MB groß und damit größer als die {{limitMb}} MB, die Vantage wieder öffnen kann.',
  },
  notAVantageFile:
    'Vantage öffnet Sitzungsdateien (.vantage) und Vorlagendateien (.vantage-template); diese Datei ist keins von beidem.',
  noSuchBackup: 'Diese Sicherung gibt es nicht.',
  backupTooLarge: 'Diese Sicherung ist zu groß zum Öffnen.',
  tooLargeToBackUp: 'Dieser Workshop ist zu groß für eine Sicherung.',
  printIdInvalid: 'Dieser Workshop kann nicht gedruckt werden: Seine Kennung ist ungültig.',
  printWindowClosed: 'Das Berichtsfenster wurde geschlossen, bevor es gedruckt war.',
  printFailed: 'Der Bericht konnte nicht für den Druck vorbereitet werden.',
  printTimedOut:
    'Die Vorbereitung des Berichts hat zu lange gedauert, daher wurde kein PDF erstellt. Bitte versuchen Sie es erneut.',
  presenterIdInvalid: 'Dieser Workshop kann nicht präsentiert werden: Seine Kennung ist ungültig.',
  presenterFromPresenter: 'Das Präsentationsfenster kann keine eigene Präsentation öffnen.',
  callerClosed: 'Das Fenster, das darum gebeten hat, wurde geschlossen.',
  joinNetworkGone: 'Dieses Netzwerk ist nicht mehr verbunden. Bitte wählen Sie ein anderes.',
  joinNotHere: 'Nur im Fenster der Moderation kann die Runde per Smartphone beitreten.',
  joinPageMissing:
    'Die Seite für die Smartphones ist nicht gebaut. Führen Sie npm run build aus und versuchen Sie es erneut.',
  joinServerGone: 'Der Server für den Beitritt läuft nicht.',
  printBlocked:
    'Der Browser hat den Drucktab blockiert. Erlauben Sie Pop-ups für Vantage und versuchen Sie es erneut.',
  presenterBlocked:
    'Der Browser hat das Präsentationsfenster blockiert. Erlauben Sie Pop-ups für Vantage und versuchen Sie es erneut.',
  unexpected: 'Etwas Unerwartetes ist schiefgegangen ({{detail}}).',
  storageFull: 'Der Datenträger ist voll.',
  storageUnavailable: 'Der Speicher der App hat die Änderung abgelehnt.',
} as const satisfies Mirror<typeof english>
