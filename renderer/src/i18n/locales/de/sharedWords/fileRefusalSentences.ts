/**
 * German sentences for why a session or template file was refused. {{place}} starts most of
 * them in the nominative („Das Feld „Notiz“ in Bewertung 12“), so each predicate follows it.
 */
import type { refusalSentencesEnglish as english } from '@shared/schema/refusalSentencesEnglish'
import type { Mirror } from '../../mirror'

export const fileRefusalSentences = {
  session: {
    tooLarge:
      'Die Datei ist größer als {{limitMb}} MB, weit mehr, als ein Workshop braucht; sie wurde daher nicht geöffnet.',
    tooDeep:
      'Dies ist keine Vantage-Sitzungsdatei: Sie ist tiefer als {{depth}} Ebenen verschachtelt.',
    notJson: 'Dies ist keine Vantage-Sitzungsdatei: Sie enthält kein gültiges JSON.',
    notJsonAtLine:
      'Dies ist keine Vantage-Sitzungsdatei: Sie enthält kein gültiges JSON (der erste Fehler steht in Zeile {{line}}).',
    otherKind:
      'Dies ist eine Vantage-Vorlagendatei, keine Sitzungsdatei; importieren Sie sie in der Vorlagenbibliothek.',
    notVantage: 'Dies ist keine Vantage-Sitzungsdatei.',
    notVantageFormat: 'Dies ist keine Vantage-Sitzungsdatei (ihr Format ist {{format}}).',
    newerVersion:
      'Diese Datei wurde mit einer neueren Version von Vantage erstellt (Version {{version}}); aktualisieren Sie Vantage, um sie zu öffnen.',
    noVersion:
      'Diese Datei gibt nicht an, in welcher Version des Sitzungsformats sie vorliegt; daher kann sie nicht geöffnet werden.',
    unknownVersion:
      'Diese Datei hat eine Version, die Vantage nie geschrieben hat ({{version}}); daher kann sie nicht geöffnet werden.',
    retiredVersion:
      'Dateien dieser Version ({{version}}) kann diese Version von Vantage nicht mehr öffnen.',
  },
  template: {
    tooLarge:
      'Die Datei ist größer als {{limitMb}} MB, weit mehr, als eine Vorlage braucht; sie wurde daher nicht importiert.',
    tooDeep:
      'Dies ist keine Vantage-Vorlagendatei: Sie ist tiefer als {{depth}} Ebenen verschachtelt.',
    notJson: 'Dies ist keine Vantage-Vorlagendatei: Sie enthält kein gültiges JSON.',
    notJsonAtLine:
      'Dies ist keine Vantage-Vorlagendatei: Sie enthält kein gültiges JSON (der erste Fehler steht in Zeile {{line}}).',
    otherKind:
      'Dies ist eine Vantage-Sitzungsdatei, keine Vorlage; öffnen Sie sie über Datei › Öffnen.',
    notVantage: 'Dies ist keine Vantage-Vorlagendatei.',
    notVantageFormat: 'Dies ist keine Vantage-Vorlagendatei (ihr Format ist {{format}}).',
    newerVersion:
      'Diese Vorlage wurde mit einer neueren Version von Vantage erstellt (Vorlagenformat {{version}}); aktualisieren Sie Vantage, um sie zu importieren.',
    noVersion:
      'Diese Datei gibt nicht an, in welcher Version des Vorlagenformats sie vorliegt; daher kann sie nicht importiert werden.',
    unknownVersion:
      'Diese Datei hat ein Vorlagenformat, das Vantage nie geschrieben hat ({{version}}); daher kann sie nicht importiert werden.',
  },
  empty: 'Die Datei ist leer.',
  truncated:
    'Die Datei bricht mittendrin ab: Sie wurde vermutlich beim Kopieren oder Speichern abgeschnitten.',
  notValid: 'Die Datei ist ungültig.',

  values: {
    quoted: '„{{text}}“',
    null: 'leer (null)',
    list: 'eine Liste',
    group: 'eine Gruppe von Feldern',
    hugeNumber: 'eine Zahl, die zu groß zum Speichern ist',
    missing: 'nicht vorhanden',
    true: 'wahr',
    false: 'falsch',
    or: ' oder ',
    aThousand: '1.000',
    twoAndAHalf: '2,5',
  },
  expected: {
    string: 'Text',
    number: 'eine Zahl',
    int: 'eine ganze Zahl',
    boolean: 'wahr oder falsch',
    array: 'eine Liste',
    object: 'eine Gruppe von Feldern',
  },
  problems: {
    missing: 'fehlt',
    wrongType: 'sollte {{expected}} sein, ist aber {{actual}}',
    wrongValue: 'ist {{actual}}, sollte aber {{allowed}} sein',
    exactCount: 'sollte genau {{limit}} Einträge haben, nicht {{size}}',
    empty: 'ist leer',
    textTooLong: 'ist zu lang ({{size}} Zeichen; höchstens {{limit}})',
    tooManyEntries: 'hat zu viele Einträge ({{size}}; höchstens {{limit}})',
    tooFewEntries: 'hat zu wenige Einträge ({{size}}; mindestens {{limit}})',
    tooLarge: 'ist zu groß ({{size}}; höchstens {{limit}})',
    tooSmall: 'ist zu klein ({{size}}; mindestens {{limit}})',
    unknownOption: 'ist {{actual}}; diesen Wert kennt diese Version von Vantage nicht',
    notValid: 'ist ungültig',
    required: 'ist leer',
    invalidId: 'darf nur Kleinbuchstaben, Ziffern und Bindestriche enthalten',
    levelOutOfOrder: 'steht nicht in der richtigen Reihenfolge: Die Stufen gehen von 1 bis 5',
    duplicateLensId: 'wird auch von einer anderen Perspektive verwendet',
    isoDate: 'sollte ein Datum wie 2025-03-14 sein',
    isoDateOrEmpty: 'sollte ein Datum wie 2025-03-14 sein oder leer bleiben',
    isoDateTime: 'sollte ein Datum mit Uhrzeit wie 2025-03-14T09:30:00.000Z sein',
    clockTime: 'sollte eine Uhrzeit wie 09:30 sein oder leer bleiben',
  },
  record: {
    problem: '{{place}} {{problem}}.',
    ratingScore: '{{place}} hat den Wert {{value}}; Bewertungen reichen von 1 bis 5.',
    consensusScore:
      '{{place}} hat den Wert {{value}}; vereinbarte Werte reichen von 1 bis 5 oder bleiben offen.',
    unknownField: '{{place}} enthält ein Feld, das Vantage nicht kennt: {{names}}.',
    unknownFields: '{{place}} enthält Felder, die Vantage nicht kennt: {{names}}.',
    typo: '{{place}} hat kein Feld „{{field}}“, enthält aber ein Feld, das Vantage nicht kennt: {{names}}.',
  },
  records: {
    otherWorkshop:
      '{{place}} gehört zu einem anderen Workshop: Die Workshop-ID stimmt nicht mit der ID des Workshops überein.',
    sameId: '{{place}} hat dieselbe ID wie {{other}}; jeder Eintrag braucht eine eigene.',
    unknownLens:
      '{{place}} bezieht sich auf die Perspektive {{lens}}, die in der Vorlage des Workshops nicht vorkommt.',
    wrongId:
      '{{place}} hat eine ID, die nicht zum Inhalt passt; die Datei wurde vermutlich von Hand bearbeitet.',
    unknownParticipant: '{{place}} stammt von einer Person, die nicht in der Datei steht.',
    unknownBet: '{{place}} gilt einem Vorhaben, das nicht in der Datei steht.',
    tooManyDots:
      '{{place}} bringt die Person auf {{total}} Punkte, mehr als die {{allowed}}, die jeder Person zustehen.',
  },
  map: {
    sides: {
      today: { one: 'die heutige Teamlandkarte', in: 'auf der heutigen Teamlandkarte' },
      target: { one: 'die Ziel-Teamlandkarte', in: 'auf der Ziel-Teamlandkarte' },
    },
    kinds: {
      team: { many: 'Teams', another: 'ein anderes Team' },
      interaction: { many: 'Interaktionen', another: 'eine andere Interaktion' },
      ritual: { many: 'Rituale', another: 'ein anderes Ritual' },
      artifact: { many: 'Artefakte', another: 'ein anderes Artefakt' },
    },
    tooMany: '{{map}} hat {{count}} {{kinds}}; auf eine Karte passen höchstens {{max}}.',
    duplicateKey:
      '{{place}} hat denselben Schlüssel wie {{another}} {{inMap}}; jedes Element braucht einen eigenen.',
    duplicateTeamName:
      '{{place}} ist ein zweites Team namens {{name}} {{inMap}}; jedes Team braucht einen eigenen Namen.',
    unknownTeamFrom:
      '{{place}} ist eine Interaktion, die von einem Team ausgeht, das nicht {{inMap}} steht.',
    unknownTeamTo: '{{place}} ist eine Interaktion zu einem Team, das nicht {{inMap}} steht.',
    selfInteraction: '{{place}} ist eine Interaktion, die beim selben Team beginnt und endet.',
    duplicateInteraction:
      '{{place}} wiederholt eine andere Interaktion zwischen denselben zwei Teams im selben Modus.',
    unknownAttendee:
      '{{place}} ist ein Ritual, an dem ein Team teilnimmt, das nicht {{inMap}} steht.',
    unknownOwner: '{{place}} ist ein Artefakt eines Teams, das nicht {{inMap}} steht.',
    teamUnknownLens:
      '{{place}} verknüpft ein Team mit der Perspektive {{lens}}, die in der Vorlage des Workshops nicht vorkommt.',
    betUnknownTeam: '{{place}} nennt ein Team, das auf keiner der beiden Teamlandkarten steht.',
  },
} as const satisfies Mirror<typeof english>
