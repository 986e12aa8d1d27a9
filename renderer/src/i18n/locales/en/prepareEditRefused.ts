/**
 * English reasons a change to a workshop's lenses is refused (prepare.lenses.editRefused). Their
 * own file because the session's edits, which load with the first screens, word them.
 */
export const editRefused = {
  incomplete: 'This change would leave the lenses incomplete, so it was not made.',
  structure: 'Lenses are added and removed with their own buttons.',
} as const
