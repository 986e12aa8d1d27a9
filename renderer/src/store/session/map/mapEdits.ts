/**
 * The edits of the team map, each one undoable step written at once: teams, interactions,
 * rituals, artifacts of either map, and starting the target from today. Adding answers with the
 * new element's key, so the screen can select and announce it. Changes are built in mapChanges.ts.
 */
import type {
  ArtifactFields,
  CanvasPosition,
  InteractionFields,
  MapSide,
  RitualFields,
  TeamFields,
} from '@shared/domain'
import type { SessionData } from '../sessionData'
import type { EditContext } from '../workshopEdits'
import * as changes from './mapChanges'

export type AddOutcome<P> = { ok: true; key: string } | { ok: false; problem: P | 'writeFailed' }

/** Typing in a field autosaves every pause: repeats on the same fields of one thing merge. */
const fieldsKey = (kind: string, side: MapSide, key: string, patch: object) =>
  `map:${kind}:${side}:${key}:${Object.keys(patch).sort().join(',')}`

export function createMapEdits(context: EditContext) {
  const { records } = context

  async function commitKeyed<P>(
    build: (d: SessionData) => changes.KeyedResult<P>,
  ): Promise<AddOutcome<P>> {
    let key = ''
    const outcome = await context.commitResult<P>((d) => {
      const result = build(d)
      if (result.ok) key = result.key
      return result
    })
    return outcome.ok ? { ok: true, key } : outcome
  }

  return {
    addTeam: (side: MapSide, draft: TeamFields, position?: CanvasPosition) =>
      commitKeyed((d) => changes.addTeam(d, side, draft, position, records)),
    updateTeam: (side: MapSide, key: string, patch: Partial<TeamFields>) =>
      context.commitResult(
        (d) => changes.updateTeam(d, side, key, patch, records),
        fieldsKey('team', side, key, patch),
      ),
    /**
     * One team (a drag, or arrow presses in a row, which merge into one step) or many at once
     * (auto-layout, one step).
     */
    moveTeams: (side: MapSide, positions: Readonly<Record<string, CanvasPosition>>) => {
      const keys = Object.keys(positions)
      return context.commitResult(
        (d) => ({ ok: true, changes: changes.moveTeams(d, side, positions, records) }),
        keys.length === 1 ? `map:move:${side}:${keys[0]}` : undefined,
      )
    },
    removeTeam: (side: MapSide, key: string) =>
      context.commitChanges((d) => changes.removeTeam(d, side, key, records)),

    addInteraction: (side: MapSide, draft: InteractionFields) =>
      commitKeyed((d) => changes.addInteraction(d, side, draft, records)),
    updateInteraction: (side: MapSide, key: string, patch: Partial<InteractionFields>) =>
      context.commitResult(
        (d) => changes.updateInteraction(d, side, key, patch, records),
        fieldsKey('interaction', side, key, patch),
      ),
    removeInteraction: (side: MapSide, key: string) =>
      context.commitChanges((d) => changes.removeElement(d, side, 'interaction', key)),

    addRitual: (side: MapSide, draft: RitualFields) =>
      commitKeyed((d) => changes.addRitual(d, side, draft, records)),
    updateRitual: (side: MapSide, key: string, patch: Partial<RitualFields>) =>
      context.commitResult(
        (d) => changes.updateRitual(d, side, key, patch, records),
        fieldsKey('ritual', side, key, patch),
      ),
    removeRitual: (side: MapSide, key: string) =>
      context.commitChanges((d) => changes.removeElement(d, side, 'ritual', key)),

    addArtifact: (side: MapSide, draft: ArtifactFields) =>
      commitKeyed((d) => changes.addArtifact(d, side, draft, records)),
    updateArtifact: (side: MapSide, key: string, patch: Partial<ArtifactFields>) =>
      context.commitResult(
        (d) => changes.updateArtifact(d, side, key, patch, records),
        fieldsKey('artifact', side, key, patch),
      ),
    removeArtifact: (side: MapSide, key: string) =>
      context.commitChanges((d) => changes.removeElement(d, side, 'artifact', key)),

    /** Replaces the target (if any) with a copy of today, in one step. */
    startTargetFromToday: () =>
      context.commitChanges((d) => changes.startTargetFromToday(d, records)),
  }
}
