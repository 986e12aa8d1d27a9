/** One plain, valid workshop snapshot for tests that break one thing in it, or need any workshop. */
import {
  consensusId,
  gapNoteId,
  mapElementId,
  MATURITY_LEVELS,
  ratingId,
  voteId,
  type Template,
  type WorkshopSnapshot,
} from '@shared/domain'

/** Two people, two lenses, one rating each, a consensus, a card, a gap note, a bet and a vote. */
export function sampleSnapshot(): WorkshopSnapshot {
  const template: Template = {
    id: 'tpl-sample',
    name: 'Sample template',
    revision: 1,
    lenses: ['alignment', 'leadership'].map((id) => ({
      id,
      title: `Lens ${id}`,
      coreQuestion: `How is ${id}?`,
      prompts: [`What works in ${id}?`],
      scale: MATURITY_LEVELS.map((level) => ({
        level,
        label: `L${level}`,
        description: `${id} ${level}`,
      })),
    })),
  }
  const workshopId = 'ws-1'
  const at = Date.UTC(2025, 2, 14, 9, 0, 0)
  return {
    workshop: {
      id: workshopId,
      title: 'Leadership offsite',
      organisation: 'Acme',
      date: '2025-03-14',
      facilitator: 'Robin',
      anonymous: false,
      startTime: '09:00',
      endTime: '17:00',
      agenda: [
        { lensId: 'alignment', minutes: 30 },
        { lensId: 'leadership', minutes: 45 },
      ],
      position: { lensId: 'alignment', step: 'reveal-current' },
      timer: null,
      voting: { dotsPerPerson: 3, revealed: false },
      earlier: null,
      template,
      createdAt: at,
      updatedAt: at,
      deletedAt: null,
    },
    participants: [
      { id: 'p-1', workshopId, name: 'Ana', role: 'CTO', order: 0 },
      { id: 'p-2', workshopId, name: 'Ben', role: 'CPO', order: 1 },
    ],
    ratings: [
      {
        id: ratingId('p-1', 'alignment', 'current'),
        workshopId,
        participantId: 'p-1',
        lensId: 'alignment',
        state: 'current',
        value: 2,
        note: 'Too many priorities',
        updatedAt: at,
      },
      {
        id: ratingId('p-2', 'alignment', 'current'),
        workshopId,
        participantId: 'p-2',
        lensId: 'alignment',
        state: 'current',
        value: 'unsure',
        note: '',
        updatedAt: at,
      },
    ],
    consensus: [
      {
        id: consensusId(workshopId, 'alignment', 'current'),
        workshopId,
        lensId: 'alignment',
        state: 'current',
        value: 3,
        revealed: true,
        updatedAt: at,
      },
    ],
    cards: [
      {
        id: 'c-1',
        workshopId,
        lensId: 'alignment',
        column: 'current',
        text: 'Roadmap is a feature list',
        tags: ['roadmap'],
        order: 0,
        createdAt: at,
        updatedAt: at,
      },
    ],
    gapNotes: [
      {
        id: gapNoteId(workshopId, 'alignment'),
        workshopId,
        lensId: 'alignment',
        keyShift: 'From output to outcomes',
        updatedAt: at,
      },
    ],
    bets: [
      {
        id: 'b-1',
        workshopId,
        title: 'Outcome roadmaps',
        hypothesis: 'We believe that outcome roadmaps focus us',
        risk: 'Low',
        upside: 'High',
        owner: 'Ana',
        horizon: 'Q2',
        size: 'M',
        lensId: 'alignment',
        teamKeys: ['t-checkout'],
        status: 'proposed',
        reviewDate: '2025-06-01',
        order: 0,
        createdAt: at,
        updatedAt: at,
      },
    ],
    votes: [
      {
        id: voteId('p-1', 'b-1'),
        workshopId,
        participantId: 'p-1',
        betId: 'b-1',
        dots: 2,
        updatedAt: at,
      },
    ],
    mapElements: (['today', 'target'] as const).flatMap((side) => {
      const base = (kind: 'team' | 'interaction' | 'ritual' | 'artifact', key: string) => ({
        id: mapElementId(workshopId, side, kind, key),
        workshopId,
        side,
        key,
        updatedAt: at,
      })
      return [
        {
          ...base('team', 't-checkout'),
          kind: 'team' as const,
          name: side === 'today' ? 'Web shop' : 'Checkout',
          type: 'stream-aligned' as const,
          scope: 'Buying online, from basket to receipt',
          size: 7,
          funding: side === 'today' ? ('project' as const) : ('stable-team' as const),
          note: '',
          lensIds: ['alignment'],
          x: 0,
          y: 0,
        },
        {
          ...base('team', 't-payments'),
          kind: 'team' as const,
          name: 'Payments platform',
          type: 'platform' as const,
          scope: 'Card and invoice payments',
          size: null,
          funding: 'stable-team' as const,
          note: 'Shared by every shop',
          lensIds: [],
          x: 0,
          y: 200,
        },
        {
          ...base('interaction', 'i-pay'),
          kind: 'interaction' as const,
          from: 't-checkout',
          to: 't-payments',
          mode: side === 'today' ? ('collaboration' as const) : ('x-as-a-service' as const),
          purpose: 'Take payments',
        },
        {
          ...base('ritual', 'r-review'),
          kind: 'ritual' as const,
          name: 'Quarterly business review',
          cadence: 'Quarterly',
          attendees: ['t-checkout', 't-payments'],
        },
        {
          ...base('artifact', 'a-roadmap'),
          kind: 'artifact' as const,
          name: 'Payments roadmap',
          artifactKind: 'roadmap' as const,
          owner: 't-payments',
        },
      ]
    }),
  }
}
