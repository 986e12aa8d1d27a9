/**
 * Compare: the workshop's gaps ranked, how differently the room sees each lens, and what moved
 * since an earlier workshop. Only agreed scores and REVEALED ratings are ever read; a hidden
 * rating never reaches these views.
 */
export type { RankedGap } from './compare/gaps'
export { rankGaps } from './compare/gaps'
export type { HeatmapRow, HeatValue, LensDisagreement } from './compare/disagreement'
export { disagreement, heatmap } from './compare/disagreement'
export type { LensDelta, LensPresence, RadarPoint } from './compare/overTime'
export type { CompareSource } from './compare/records'
export { lensDeltas, participantRadar, radarSeries, workshopDeltas } from './compare/overTime'
export type { BetReview, EarlierBet, EarlierWorkshop, ReviewOutcome } from './compare/earlier'
export { earlierBetLens, earlierWorkshopOf, REVIEW_OUTCOMES } from './compare/earlier'
export type { LensMap, MapCard, MapColumn, MapsSource, TagGroup } from './compare/maps'
export { lensMaps } from './compare/maps'
