/**
 * English text of the presenter screen: what the room reads on the projector. Short and calm; it
 * speaks to the room, never to the facilitator.
 */
export const present = {
  documentTitle: '{{title}} — presenter',
  documentTitleNone: 'Vantage — presenter',
  loading: 'Opening the workshop',
  missing: 'This workshop is not available on this screen.',
  missingHint: 'The facilitator can open it again from their laptop.',
  failed: 'This screen could not read the workshop. Nothing has been changed.',
  blanked: 'Screen blanked',
  waiting: 'We will start in a moment.',
  lensPosition: 'Lens {{number}} of {{count}}',
  steps: {
    introduce: 'Introduce',
    'rate-current': 'Rate today',
    'reveal-current': 'Reveal today',
    'rate-target': 'Rate the target',
    'reveal-target': 'Reveal the target',
    gap: 'The gap',
  },
  timer: {
    label: 'Time for this step',
    left: 'left',
    over: 'over',
    paused: 'Paused',
    timeUp: 'Time is up',
    noStep: 'No step has started yet.',
  },
  introduce: {
    prompts: 'To open the discussion',
    scale: 'How we will rate it',
  },
  rate: {
    heading: {
      current: 'Where are we today?',
      target: 'Where do we want to be?',
    },
    private: 'Everyone rates on their own. The ratings are shown together, once all are in.',
    scale: 'The scale',
  },
  count: '{{rated}} of {{total}} rated',
  reveal: {
    heading: {
      current: 'How the room sees today',
      target: 'Where the room wants to be',
    },
    hidden: 'The ratings stay hidden until they are revealed together.',
    median: 'Median {{value}}',
    noMedian: 'No median: nobody gave a number',
    range: 'Range {{min}} to {{max}}',
    rangeSingle: 'Everyone at {{level}}',
    disagreement: 'The ratings span {{levels}} levels: worth talking about.',
    agreed: 'Agreed {{score}}',
    notAgreed: 'Not agreed yet',
    caption: 'Ratings by level',
    level: 'Level',
    ratings: 'Ratings',
    who: 'Who',
    unsure: 'Unsure',
    anonymous: 'Shown without names.',
  },
  cards: {
    heading: {
      current: 'What we noticed about today',
      target: 'What the target looks like',
    },
  },
  gap: {
    heading: 'From today to the target',
    today: 'Today',
    target: 'Target',
    gap: 'Gap',
    notAgreed: 'Not agreed',
    keyShift: 'The most important shift',
  },
  compare: {
    heading: "The room's map: today and the target",
    chartTitle: 'Agreed scores per lens: today and the target',
    chartDescription: 'One axis per lens, level 1 near the centre and 5 at the edge.',
    today: 'Today (agreed)',
    target: 'Target (agreed)',
    gaps: 'Where the gaps are widest',
    gapLine: '{{current}} to {{target}}',
    empty: 'No lens has an agreed score yet. The map fills in as the room agrees.',
  },
} as const
