/** English text of the facilitation shell: steps, navigation, timer, shortcuts, introduce and gap. */
import { help } from './facilitateHelp'

export const facilitate = {
  steps: {
    introduce: 'Introduce',
    'rate-current': 'Rate today',
    'reveal-current': 'Reveal and agree, today',
    'rate-target': 'Rate the target',
    'reveal-target': 'Reveal and agree, target',
    gap: 'Gap and key shift',
  },
  stepLabel: '{{lens}}: {{step}}',
  navigation: 'Workshop steps',
  lensPosition: 'Lens {{index}} of {{count}}',
  previous: 'Previous step',
  next: 'Next step',
  noAgenda: 'This workshop has no lenses on its agenda. Add one on the Prepare tab.',
  progress: {
    agreed: 'agreed {{score}}',
    revealed: 'revealed',
  },
  undo: 'Undo',
  redo: 'Redo',
  timer: {
    label: 'Step timer',
    start: 'Start timer',
    pause: 'Pause timer',
    addMinute: 'Add a minute',
    remaining: '{{time}} left',
    over: '{{time}} over',
    timeUp: 'Time is up for this step.',
  },
  help,
  introduce: {
    question: 'Core question',
    prompts: 'To open the discussion',
    scale: 'How we will rate it',
  },
  gap: {
    today: 'Today',
    target: 'Where we want to be',
    gap: 'Gap',
    notAgreed: 'Not agreed yet',
    gapValue_one: '{{count}} level to close',
    gapValue_other: '{{count}} levels to close',
    gapNone: 'No gap: the target is where the team stands today',
    gapNegative: 'The target is below today: {{count}} level(s) lower',
    needsBoth: 'Agree both scores in the reveal steps to see the gap.',
    keyShift: 'The most important shift',
    keyShiftHint: 'In one or two sentences: what has to change most to close this gap?',
  },
} as const
