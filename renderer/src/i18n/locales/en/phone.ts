/**
 * English text of the phone page: what a person in the room reads on their own phone while they
 * join and rate privately. Loaded by the phone page alone (renderer/phone), and kept with the
 * app's other text so it is translated with it.
 */
export const phone = {
  title: 'Vantage: join the workshop',
  connecting: 'Connecting to the facilitator’s laptop…',
  offline: 'Not connected: trying again. Everything you entered is kept on this phone.',
  ended: 'Joining has ended. Thank you!',
  replaced: 'This phone opened the workshop in another tab. Carry on there.',
  failed:
    'This phone could not join. Check that it is on the same network as the laptop and open the address again.',
  deviceLabel: 'This phone: {{label}}',
  pick: {
    heading: 'Who are you?',
    hint: 'Pick your name. Only the facilitator sees who rated what.',
    people: 'Names',
    notListed: 'My name is not on the list',
    name: 'Your name',
    ask: 'Ask to join',
    asked: 'Waiting for the facilitator to let you in as “{{name}}”.',
    anonymous: 'Show this to the facilitator so they can let you in:',
    waiting: 'Waiting for the facilitator to let you in.',
  },
  joinedAs: 'You are in as {{name}}.',
  joined: 'You are in.',
  wait: 'Nothing to rate yet. This page follows the facilitator: the rating opens here when it starts.',
  rate: {
    lens: 'Lens {{number}} of {{count}}',
    heading: {
      current: 'Where are we today?',
      target: 'Where do we want to be?',
    },
    levels: 'Your rating',
    unsure: 'Unsure',
    unsureDescription: 'I cannot judge this one.',
    note: 'Note (optional)',
    noteHint: 'Only the facilitator reads it.',
    send: 'Send my rating',
    update: 'Send my change',
    sending: 'Sending…',
    sent: 'Sent. You can change it until the facilitator reveals the ratings.',
    notSent: 'Not sent yet.',
    withdrawn:
      'The facilitator changed or took back this rating on the laptop. Send it again to record yours.',
    chooseFirst: 'Choose a level first.',
  },
} as const
