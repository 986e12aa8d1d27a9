/**
 * The English sentences that say why a session or template file was refused: the envelope's
 * (size, JSON, format, version), one record's problem ("{{place}} is missing."), and the checks
 * across records and maps. Whole sentences with placeholders, so each language orders its own
 * words; {{place}} is said by refusalPlacesEnglish.ts, values by `values` below. Translated in
 * renderer/src/i18n/locales/{de,fr}/fileRefusals/.
 */
export const refusalSentencesEnglish = {
  session: {
    tooLarge:
      'The file is larger than {{limitMb}} MB, far more than any workshop needs, so it was not opened.',
    tooDeep: 'This is not a Vantage session file: it nests more than {{depth}} levels deep.',
    notJson: 'This is not a Vantage session file: it is not valid JSON.',
    notJsonAtLine:
      'This is not a Vantage session file: it is not valid JSON (the first problem is on line {{line}}).',
    otherKind:
      'This is a Vantage template file, not a session; import it from the template library.',
    notVantage: 'This is not a Vantage session file.',
    notVantageFormat: 'This is not a Vantage session file (its format is {{format}}).',
    newerVersion:
      'This file was made by a newer version of Vantage (version {{version}}); update Vantage to open it.',
    noVersion:
      'This file does not say which version of the session format it is, so it cannot be opened.',
    unknownVersion:
      'This file has a version no Vantage has ever written ({{version}}), so it cannot be opened.',
    retiredVersion:
      "This file's version ({{version}}) can no longer be opened by this version of Vantage.",
  },
  template: {
    tooLarge:
      'The file is larger than {{limitMb}} MB, far more than any template needs, so it was not imported.',
    tooDeep: 'This is not a Vantage template file: it nests more than {{depth}} levels deep.',
    notJson: 'This is not a Vantage template file: it is not valid JSON.',
    notJsonAtLine:
      'This is not a Vantage template file: it is not valid JSON (the first problem is on line {{line}}).',
    otherKind: 'This is a Vantage session file, not a template; open it with File › Open.',
    notVantage: 'This is not a Vantage template file.',
    notVantageFormat: 'This is not a Vantage template file (its format is {{format}}).',
    newerVersion:
      'This template was made by a newer version of Vantage (template format {{version}}); update Vantage to import it.',
    noVersion:
      'This file does not say which version of the template format it is, so it cannot be imported.',
    unknownVersion:
      'This file has a template format no Vantage has ever written ({{version}}), so it cannot be imported.',
  },
  empty: 'The file is empty.',
  truncated: 'The file ends in the middle: it was probably cut off while copying or saving.',
  notValid: 'The file is not valid.',

  /** A value quoted briefly: a 2 MB string must not end up in a dialog. */
  values: {
    quoted: '"{{text}}"',
    null: 'empty (null)',
    list: 'a list',
    group: 'a group of fields',
    hugeNumber: 'a number too large to store',
    missing: 'missing',
    true: 'true',
    false: 'false',
    /** Between the values a field may take: "1 or 2 or 3". */
    or: ' or ',
    /** How the language writes a thousand and two and a half: its separators are read from them. */
    aThousand: '1,000',
    twoAndAHalf: '2.5',
  },
  /** What a field should have been, by zod's name for the type. */
  expected: {
    string: 'text',
    number: 'a number',
    int: 'a whole number',
    boolean: 'true or false',
    array: 'a list',
    object: 'a group of fields',
  },
  /** What is wrong at a place, said after it: "{{place}} {{problem}}." */
  problems: {
    missing: 'is missing',
    wrongType: 'should be {{expected}}, not {{actual}}',
    wrongValue: 'is {{actual}}, but it should be {{allowed}}',
    exactCount: 'should have exactly {{limit}} entries, not {{size}}',
    empty: 'is empty',
    textTooLong: 'is too long ({{size}} characters; at most {{limit}})',
    tooManyEntries: 'has too many entries ({{size}}; at most {{limit}})',
    tooFewEntries: 'has too few entries ({{size}}; at least {{limit}})',
    tooLarge: 'is too large ({{size}}; at most {{limit}})',
    tooSmall: 'is too small ({{size}}; at least {{limit}})',
    unknownOption: 'is {{actual}}, which this version of Vantage does not know',
    notValid: 'is not valid',
    // Message codes set by the schemas (ours and the template's).
    required: 'is empty',
    invalidId: 'should use only lowercase letters, digits and dashes',
    levelOutOfOrder: 'is out of order: levels go from 1 to 5',
    duplicateLensId: 'is used by another lens too',
    isoDate: 'should be a date like 2025-03-14',
    isoDateOrEmpty: 'should be a date like 2025-03-14, or empty',
    isoDateTime: 'should be a date and time like 2025-03-14T09:30:00.000Z',
    clockTime: 'should be a time like 09:30, or empty',
  },
  record: {
    problem: '{{place}} {{problem}}.',
    ratingScore: '{{place}} has the score {{value}}; scores go from 1 to 5.',
    consensusScore:
      '{{place}} has the score {{value}}; agreed scores go from 1 to 5, or are left open.',
    unknownField: '{{place}} has a field Vantage does not know: {{names}}.',
    unknownFields: '{{place}} has fields Vantage does not know: {{names}}.',
    /** A missing field beside an unknown one: most likely a typo, so both are named. */
    typo: '{{place}} has no {{field}}, but has a field Vantage does not know: {{names}}.',
  },
  /** Across records: each is valid alone, but they do not fit together. */
  records: {
    otherWorkshop:
      "{{place}} belongs to another workshop: its workshop id is not the workshop's id.",
    sameId: '{{place}} has the same id as {{other}}; each needs its own.',
    unknownLens: "{{place}} is about the lens {{lens}}, which is not in the workshop's template.",
    wrongId:
      '{{place}} has an id that does not match what it is about; the file was probably edited by hand.',
    unknownParticipant: '{{place}} is by a participant who is not in the file.',
    unknownBet: '{{place}} is for a bet that is not in the file.',
    tooManyDots:
      '{{place}} brings its participant to {{total}} dots, more than the {{allowed}} each person has.',
  },
  /** The team maps: {{map}} is a side's `one` form, {{inMap}} its `in` form. */
  map: {
    sides: {
      today: { one: "today's map", in: "in today's map" },
      target: { one: 'the target map', in: 'in the target map' },
    },
    kinds: {
      team: { many: 'teams', another: 'another team' },
      interaction: { many: 'interactions', another: 'another interaction' },
      ritual: { many: 'rituals', another: 'another ritual' },
      artifact: { many: 'artifacts', another: 'another artifact' },
    },
    tooMany: '{{map}} has {{count}} {{kinds}}; at most {{max}} fit on one map.',
    duplicateKey: '{{place}} has the same key as {{another}} {{inMap}}; each needs its own.',
    duplicateTeamName:
      '{{place}} is a second team called {{name}} {{inMap}}; each team needs its own name.',
    unknownTeamFrom: '{{place}} is an interaction from a team that is not {{inMap}}.',
    unknownTeamTo: '{{place}} is an interaction to a team that is not {{inMap}}.',
    selfInteraction: '{{place}} is an interaction that starts and ends on the same team.',
    duplicateInteraction:
      '{{place}} repeats another interaction between the same two teams in the same mode.',
    unknownAttendee: '{{place}} is a ritual attended by a team that is not {{inMap}}.',
    unknownOwner: '{{place}} is an artifact owned by a team that is not {{inMap}}.',
    teamUnknownLens:
      "{{place}} links a team to the lens {{lens}}, which is not in the workshop's template.",
    betUnknownTeam: '{{place}} names a team that is on neither map.',
  },
} as const
