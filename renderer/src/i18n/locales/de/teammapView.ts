/**
 * German text of the team map as it is read rather than edited: the drawing (projector, PDF,
 * diff view) and the changes from today to the target, in sentences a facilitator can read out.
 */
import type { teammapView as english } from '../en/teammapView'
import type { Mirror } from '../mirror'

export const teammapView = {
  view: {
    today: 'Teamlandkarte: heute',
    target: 'Teamlandkarte: Ziel',
    summary: '{{title}}. {{teams}} und {{interactions}}: {{names}}.',
    teamCount_one: '{{count}} Team',
    teamCount_other: '{{count}} Teams',
    interactionCount_one: '{{count}} Interaktion',
    interactionCount_other: '{{count}} Interaktionen',
    noTeams: 'Noch keine Teams gezeichnet',
    types: {
      'stream-aligned': 'Stream-aligned',
      platform: 'Plattform',
      enabling: 'Enabling',
      'complicated-subsystem': 'Complicated Subsystem',
      other: 'Sonstiges',
    },
    modes: {
      collaboration: 'Zusammenarbeit',
      'x-as-a-service': 'X-as-a-Service',
      facilitating: 'Befähigung',
      embed: 'Einbettung',
      consult: 'Beratung',
    },
    /** The same names inside a sentence: "Typ jetzt Plattform statt Stream-aligned". */
    typesInText: {
      'stream-aligned': 'Stream-aligned',
      platform: 'Plattform',
      enabling: 'Enabling',
      'complicated-subsystem': 'Complicated Subsystem',
      other: 'Sonstiges',
    },
    modesInText: {
      collaboration: 'Zusammenarbeit',
      'x-as-a-service': 'X-as-a-Service',
      facilitating: 'Befähigung',
      embed: 'Einbettung',
      consult: 'Beratung',
    },
    funding: {
      'stable-team': 'Stabiles Team',
      project: 'Projekt',
      mixed: 'Gemischt',
    },
    fundingInText: {
      'stable-team': 'als stabiles Team',
      project: 'als Projekt',
      mixed: 'gemischt aus Team und Projekt',
    },
    artifactKinds: {
      strategy: 'Strategie',
      roadmap: 'Roadmap',
      'bet-brief': 'Vorhaben-Steckbrief',
      other: 'Sonstiges',
    },
    artifactKindsInText: {
      strategy: 'Strategie',
      roadmap: 'Roadmap',
      'bet-brief': 'Vorhaben-Steckbrief',
      other: 'Artefakt',
    },
    highlight: { added: 'Neu', changed: 'Geändert', removed: 'Entfernt' },
  },
  diff: {
    heading: 'Von heute zum Ziel',
    drawingTitle: 'Teamlandkarte: das Ziel, mit den Änderungen gegenüber heute',
    drawingNote:
      'Auf der Ziel-Landkarte markiert: Neu, Geändert und Entfernt (entfernte Teams erscheinen blass an ihrer heutigen Stelle oder unter der Karte, wenn dort jetzt ein anderes Team steht).',
    total_one: '{{count}} Änderung',
    total_other: '{{count}} Änderungen',
    noTarget:
      'Noch keine Ziel-Landkarte: Beginnen Sie sie in der Ansicht „Ziel“ ausgehend von heute.',
    noMaps:
      'Noch keine Teamlandkarte: Zeichnen Sie die heutigen Teams in der Ansicht „Heute“, danach das Ziel.',
    same: 'Das Ziel gleicht dem heutigen Stand.',
    sameMoved:
      'Das Ziel gleicht dem heutigen Stand: Teams wurden nur auf der Zeichenfläche verschoben.',
    groups: {
      teams_one: 'Teams: {{count}} Änderung',
      teams_other: 'Teams: {{count}} Änderungen',
      interactions_one: 'Interaktionen: {{count}} Änderung',
      interactions_other: 'Interaktionen: {{count}} Änderungen',
      rituals_one: 'Rituale: {{count}} Änderung',
      rituals_other: 'Rituale: {{count}} Änderungen',
      artifacts_one: 'Artefakte: {{count}} Änderung',
      artifacts_other: 'Artefakte: {{count}} Änderungen',
    },
    kinds: {
      teams: 'Teams',
      interactions: 'Interaktionen',
      rituals: 'Rituale',
      artifacts: 'Artefakte',
    },
    change: { added: 'Hinzugekommen', removed: 'Entfernt', changed: 'Geändert' },
    joiner: '; ',
    sentence: '{{head}}: {{parts}}',
    ends: '{{from}} → {{to}}',
    none: 'keine',
    unknownSize: 'unbekannt',
    empty: 'leer',
    quoted: '‚{{text}}‘',
    team: {
      added: '{{name}}: neues Team vom Typ {{type}}',
      removed: '{{name}}: nicht mehr auf der Landkarte',
      name: 'umbenannt, vorher {{before}}',
      type: 'Typ jetzt {{after}} statt {{before}}',
      scope: 'Verantwortungsbereich jetzt {{after}} (vorher {{before}})',
      size: 'Größe {{after}} statt {{before}}',
      funding: 'finanziert {{after}} statt {{before}}',
      note: 'Notiz jetzt {{after}}',
      noteCleared: 'Notiz entfernt',
      lenses: 'Perspektiven jetzt {{after}} (vorher {{before}})',
      moved: 'auf der Zeichenfläche verschoben',
    },
    interaction: {
      added: '{{ends}}: neue Interaktion ({{mode}})',
      removed: '{{ends}}: Interaktion ({{mode}}) endet',
      mode: 'Modus jetzt {{after}} statt {{before}}',
      purpose: 'Zweck jetzt {{after}} (vorher {{before}})',
      ends: 'jetzt zwischen {{after}} (vorher {{before}})',
    },
    ritual: {
      added: '{{name}}: neues Ritual, {{cadence}}, Teilnehmende: {{attendees}}',
      addedNoCadence: '{{name}}: neues Ritual, Teilnehmende: {{attendees}}',
      removed: '{{name}}: Ritual entfällt',
      name: 'umbenannt, vorher {{before}}',
      cadence: 'Rhythmus jetzt {{after}} statt {{before}}',
      attendees: 'Teilnehmende jetzt {{after}} (vorher {{before}})',
    },
    artifact: {
      added: '{{name}}: neu ({{kind}}), verantwortet von {{owner}}',
      addedNoOwner: '{{name}}: neu ({{kind}}), ohne verantwortliches Team',
      removed: '{{name}}: wird nicht mehr geführt',
      name: 'umbenannt, vorher {{before}}',
      kind: 'jetzt {{after}} statt {{before}}',
      owner: 'Verantwortung jetzt bei {{after}} statt bei {{before}}',
    },
    noOwner: 'keinem Team',
    noAttendees: 'keine Teams benannt',
  },
} as const satisfies Mirror<typeof english>
