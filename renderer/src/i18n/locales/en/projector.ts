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
  failed: 'The presenter could not be opened: {{reason}}',
}
