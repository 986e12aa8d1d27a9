/** The shape a translation must have: shared with main's own words (shared/i18n/mirror.ts). */
export type { Mirror, MirrorWithMany } from '@shared/i18n/mirror'
