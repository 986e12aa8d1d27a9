/**
 * German text of the presenter screen: what the room reads on the projector. Short and calm; it
 * speaks to the room, never to the facilitator.
 */
import type { present as english } from '../en/present'
import type { Mirror } from '../mirror'

export const present = {
  documentTitle: '{{title}} – Präsentation',
  documentTitleNone: 'Vantage – Präsentation',
  loading: 'Workshop wird geöffnet',
  missing: 'Dieser Workshop ist auf diesem Bildschirm nicht verfügbar.',
  missingHint: 'Die Moderation kann ihn vom eigenen Laptop aus wieder öffnen.',
  failed: 'Dieser Bildschirm konnte den Workshop nicht lesen. Es wurde nichts geändert.',
  blanked: 'Bild ausgeblendet',
  waiting: 'Gleich geht es los.',
  join: {
    label: 'Mit dem Smartphone beitreten',
    qr: 'QR-Code von {{url}}',
    code: 'Beitrittscode {{code}}',
  },
  lensPosition: 'Perspektive {{number}} von {{count}}',
  steps: {
    introduce: 'Einführung',
    'rate-current': 'Heute bewerten',
    'reveal-current': 'Heute aufdecken',
    'rate-target': 'Ziel bewerten',
    'reveal-target': 'Ziel aufdecken',
    gap: 'Die Lücke',
  },
  timer: {
    label: 'Zeit für diesen Schritt',
    left: 'übrig',
    over: 'überzogen',
    paused: 'Angehalten',
    timeUp: 'Die Zeit ist um',
    noStep: 'Es hat noch kein Schritt begonnen.',
  },
  introduce: {
    prompts: 'Zum Einstieg ins Gespräch',
    scale: 'So bewerten wir',
  },
  rate: {
    heading: {
      current: 'Wo stehen wir heute?',
      target: 'Wo wollen wir hin?',
    },
    private:
      'Alle bewerten für sich. Die Bewertungen werden gemeinsam gezeigt, sobald alle vorliegen.',
    scale: 'Die Skala',
  },
  count: '{{rated}} von {{total}} bewertet',
  reveal: {
    heading: {
      current: 'So sieht die Runde den heutigen Stand',
      target: 'Hier will die Runde hin',
    },
    hidden: 'Die Bewertungen bleiben verdeckt, bis sie gemeinsam aufgedeckt werden.',
    median: 'Median {{value}}',
    noMedian: 'Kein Median: Niemand hat eine Zahl genannt',
    range: 'Spanne {{min}} bis {{max}}',
    rangeSingle: 'Alle bei {{level}}',
    disagreement:
      'Die Bewertungen reichen über {{levels}} Stufen: Darüber lohnt es sich zu sprechen.',
    agreed: 'Vereinbart: {{score}}',
    notAgreed: 'Noch nicht vereinbart',
    caption: 'Bewertungen nach Stufe',
    level: 'Stufe',
    ratings: 'Bewertungen',
    who: 'Wer',
    unsure: 'Unsicher',
    anonymous: 'Ohne Namen angezeigt.',
  },
  cards: {
    heading: {
      current: 'Was uns am heutigen Stand auffällt',
      target: 'Wie das Ziel aussieht',
    },
  },
  gap: {
    heading: 'Von heute zum Ziel',
    today: 'Heute',
    target: 'Ziel',
    gap: 'Lücke',
    notAgreed: 'Nicht vereinbart',
    keyShift: 'Die wichtigste Veränderung',
  },
  compare: {
    heading: 'Das Bild der Runde: heute und Ziel',
    chartTitle: 'Vereinbarte Werte je Perspektive: heute und Ziel',
    chartDescription: 'Eine Achse je Perspektive, Stufe 1 nahe der Mitte und 5 am Rand.',
    today: 'Heute (vereinbart)',
    target: 'Ziel (vereinbart)',
    gaps: 'Wo die Lücken am größten sind',
    gapLine: 'von {{current}} auf {{target}}',
    empty:
      'Noch hat keine Perspektive einen vereinbarten Wert. Das Bild füllt sich, sobald die Runde sich einigt.',
  },
  map: {
    heading: {
      today: 'Unsere Teams heute',
      target: 'Unsere Teams, wie wir sie wollen',
      changes: 'Von heute zum Ziel',
    },
    emptyToday: 'Die heutige Teamlandkarte ist noch nicht gezeichnet.',
    emptyTarget: 'Die Ziel-Teamlandkarte ist noch nicht begonnen.',
    same: 'Die Ziel-Teamlandkarte gleicht der heutigen.',
    more_one: 'Und {{count}} weitere Änderung',
    more_other: 'Und {{count}} weitere Änderungen',
  },
} as const satisfies Mirror<typeof english>
