/** English text of the facilitator's projector controls. */
export const projector = {
  label: 'Projector',
  open: 'Open presenter',
  close: 'Close presenter',
  shows: 'The projector shows',
  modes: { follow: 'Steps', timer: 'Timer', compare: 'Compare', map: 'Team map' },
  mapShows: 'The team map shows',
  mapViews: { today: 'Today', target: 'Target', changes: 'Changes' },
  blank: 'Blank the screen',
  unblank: 'Show the screen',
  /** Said aloud after B or the menu, when the focus is not on the button. */
  blanked: 'The projector is blank.',
  shown: 'The projector shows the workshop again.',
  failed: 'The presenter could not be opened: {{reason}}',
}
