/**
 * The diff from today to the target as plain sentences, grouped by kind: what the diff view
 * lists, the projector shows beside the drawing and the PDF puts in its table. One sentence per
 * element ("Checkout: renamed from ‘Web shop’; platform instead of stream-aligned"), so a
 * facilitator can read the list out line by line.
 *
 * Teams are named as the target names them, or as today did for a team that is gone; a team
 * only moved on the canvas is not a change (meaningfulTeamChanges), but a move is mentioned
 * when the team changed in another way too.
 */
import type { TFunction } from 'i18next'
import {
  meaningfulTeamChanges,
  type MapArtifactEntry,
  type MapInteractionEntry,
  type MapRitualEntry,
  type MapTeamEntry,
  type TeamMap,
  type TeamMapDiff,
} from '@shared/domain'

export type ChangeKind = 'added' | 'removed' | 'changed'
export const DIFF_GROUP_KINDS = ['teams', 'interactions', 'rituals', 'artifacts'] as const
export type DiffGroupKind = (typeof DIFF_GROUP_KINDS)[number]

export interface DiffLine {
  /** The element's key: unique within its group. */
  key: string
  change: ChangeKind
  text: string
}

export interface DiffGroup {
  kind: DiffGroupKind
  lines: DiffLine[]
}

export interface SentenceContext {
  today: TeamMap
  target: TeamMap
  diff: TeamMapDiff
  /** A lens id as the workshop's template titles it. */
  lensTitle: (id: string) => string
}

/** The name of a team key: the target's name, else today's, else the key itself. */
export function teamNamer(today: TeamMap, target: TeamMap): (key: string) => string {
  const names = new Map<string, string>()
  for (const team of today.teams) names.set(team.key, team.name)
  for (const team of target.teams) names.set(team.key, team.name)
  return (key) => names.get(key) ?? key
}

function sentence(t: TFunction, head: string, parts: readonly string[]): string {
  return t('teammap.diff.sentence', { head, parts: parts.join(t('teammap.diff.joiner')) })
}

function teamLines(t: TFunction, context: SentenceContext): DiffLine[] {
  const { diff, lensTitle } = context
  const q = (text: string) =>
    text.trim() === '' ? t('teammap.diff.empty') : t('teammap.diff.quoted', { text: text.trim() })
  const size = (value: number | null) => (value === null ? t('teammap.diff.unknownSize') : value)
  const lenses = (ids: readonly string[]) =>
    ids.length === 0 ? t('teammap.diff.none') : ids.map(lensTitle).join(', ')
  const type = (team: MapTeamEntry) => t(`teammap.view.typesInText.${team.type}`)
  const funding = (team: MapTeamEntry) => t(`teammap.view.fundingInText.${team.funding}`)

  const added = diff.teams.added.map((team) => ({
    key: team.key,
    change: 'added' as const,
    text: t('teammap.diff.team.added', { name: team.name, type: type(team) }),
  }))
  const removed = diff.teams.removed.map((team) => ({
    key: team.key,
    change: 'removed' as const,
    text: t('teammap.diff.team.removed', { name: team.name }),
  }))
  const changed = meaningfulTeamChanges(diff).map(({ key, before, after, aspects }) => {
    const parts = aspects.map((aspect) => {
      switch (aspect) {
        case 'name':
          return t('teammap.diff.team.name', { before: q(before.name) })
        case 'type':
          return t('teammap.diff.team.type', { before: type(before), after: type(after) })
        case 'scope':
          return t('teammap.diff.team.scope', { before: q(before.scope), after: q(after.scope) })
        case 'size':
          return t('teammap.diff.team.size', { before: size(before.size), after: size(after.size) })
        case 'funding':
          return t('teammap.diff.team.funding', {
            before: funding(before),
            after: funding(after),
          })
        case 'note':
          return after.note.trim() === ''
            ? t('teammap.diff.team.noteCleared')
            : t('teammap.diff.team.note', { after: q(after.note) })
        case 'lenses':
          return t('teammap.diff.team.lenses', {
            before: lenses(before.lensIds),
            after: lenses(after.lensIds),
          })
        case 'position':
          return t('teammap.diff.team.moved')
      }
    })
    return { key, change: 'changed' as const, text: sentence(t, after.name, parts) }
  })
  return [...added, ...removed, ...changed]
}

function interactionLines(t: TFunction, context: SentenceContext): DiffLine[] {
  const { diff } = context
  const name = teamNamer(context.today, context.target)
  const ends = (i: MapInteractionEntry) =>
    t('teammap.diff.ends', { from: name(i.from), to: name(i.to) })
  const mode = (i: MapInteractionEntry) => t(`teammap.view.modesInText.${i.mode}`)
  const q = (text: string) =>
    text.trim() === '' ? t('teammap.diff.empty') : t('teammap.diff.quoted', { text: text.trim() })

  const added = diff.interactions.added.map((i) => ({
    key: i.key,
    change: 'added' as const,
    text: t('teammap.diff.interaction.added', { ends: ends(i), mode: mode(i) }),
  }))
  const removed = diff.interactions.removed.map((i) => ({
    key: i.key,
    change: 'removed' as const,
    text: t('teammap.diff.interaction.removed', { ends: ends(i), mode: mode(i) }),
  }))
  const changed = diff.interactions.changed.map(({ key, before, after, aspects }) => {
    const parts = aspects.map((aspect) => {
      switch (aspect) {
        case 'mode':
          return t('teammap.diff.interaction.mode', { before: mode(before), after: mode(after) })
        case 'purpose':
          return t('teammap.diff.interaction.purpose', {
            before: q(before.purpose),
            after: q(after.purpose),
          })
        case 'ends':
          return t('teammap.diff.interaction.ends', { before: ends(before), after: ends(after) })
      }
    })
    return { key, change: 'changed' as const, text: sentence(t, ends(after), parts) }
  })
  return [...added, ...removed, ...changed]
}

function ritualLines(t: TFunction, context: SentenceContext): DiffLine[] {
  const { diff } = context
  const name = teamNamer(context.today, context.target)
  const q = (text: string) =>
    text.trim() === '' ? t('teammap.diff.empty') : t('teammap.diff.quoted', { text: text.trim() })
  const attendees = (r: MapRitualEntry) =>
    r.attendees.length === 0 ? t('teammap.diff.noAttendees') : r.attendees.map(name).join(', ')

  const added = diff.rituals.added.map((r) => ({
    key: r.key,
    change: 'added' as const,
    text:
      r.cadence.trim() === ''
        ? t('teammap.diff.ritual.addedNoCadence', { name: r.name, attendees: attendees(r) })
        : t('teammap.diff.ritual.added', {
            name: r.name,
            cadence: r.cadence.trim(),
            attendees: attendees(r),
          }),
  }))
  const removed = diff.rituals.removed.map((r) => ({
    key: r.key,
    change: 'removed' as const,
    text: t('teammap.diff.ritual.removed', { name: r.name }),
  }))
  const changed = diff.rituals.changed.map(({ key, before, after, aspects }) => {
    const parts = aspects.map((aspect) => {
      switch (aspect) {
        case 'name':
          return t('teammap.diff.ritual.name', { before: q(before.name) })
        case 'cadence':
          return t('teammap.diff.ritual.cadence', {
            before: q(before.cadence),
            after: q(after.cadence),
          })
        case 'attendees':
          return t('teammap.diff.ritual.attendees', {
            before: attendees(before),
            after: attendees(after),
          })
      }
    })
    return { key, change: 'changed' as const, text: sentence(t, after.name, parts) }
  })
  return [...added, ...removed, ...changed]
}

function artifactLines(t: TFunction, context: SentenceContext): DiffLine[] {
  const { diff } = context
  const name = teamNamer(context.today, context.target)
  const q = (text: string) => t('teammap.diff.quoted', { text: text.trim() })
  const kind = (a: MapArtifactEntry) => t(`teammap.view.artifactKindsInText.${a.artifactKind}`)
  const owner = (a: MapArtifactEntry) =>
    a.owner === null ? t('teammap.diff.noOwner') : name(a.owner)

  const added = diff.artifacts.added.map((a) => ({
    key: a.key,
    change: 'added' as const,
    text:
      a.owner === null
        ? t('teammap.diff.artifact.addedNoOwner', { name: a.name, kind: kind(a) })
        : t('teammap.diff.artifact.added', { name: a.name, kind: kind(a), owner: owner(a) }),
  }))
  const removed = diff.artifacts.removed.map((a) => ({
    key: a.key,
    change: 'removed' as const,
    text: t('teammap.diff.artifact.removed', { name: a.name }),
  }))
  const changed = diff.artifacts.changed.map(({ key, before, after, aspects }) => {
    const parts = aspects.map((aspect) => {
      switch (aspect) {
        case 'name':
          return t('teammap.diff.artifact.name', { before: q(before.name) })
        case 'kind':
          return t('teammap.diff.artifact.kind', { before: kind(before), after: kind(after) })
        case 'owner':
          return t('teammap.diff.artifact.owner', { before: owner(before), after: owner(after) })
      }
    })
    return { key, change: 'changed' as const, text: sentence(t, after.name, parts) }
  })
  return [...added, ...removed, ...changed]
}

const CHANGE_ORDER: readonly ChangeKind[] = ['added', 'removed', 'changed']

/**
 * Added, then removed, then changed, each as a person reads a list: by its sentence, which
 * starts with the name. Keys are random ids, so their order would mean nothing to the room.
 */
function inReadingOrder(lines: readonly DiffLine[]): DiffLine[] {
  return [...lines].sort(
    (a, b) =>
      CHANGE_ORDER.indexOf(a.change) - CHANGE_ORDER.indexOf(b.change) ||
      a.text.localeCompare(b.text) ||
      (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  )
}

/** Every kind that has a change, in the order the room talks about them; none when empty. */
export function diffGroups(t: TFunction, context: SentenceContext): DiffGroup[] {
  const groups: DiffGroup[] = [
    { kind: 'teams', lines: inReadingOrder(teamLines(t, context)) },
    { kind: 'interactions', lines: inReadingOrder(interactionLines(t, context)) },
    { kind: 'rituals', lines: inReadingOrder(ritualLines(t, context)) },
    { kind: 'artifacts', lines: inReadingOrder(artifactLines(t, context)) },
  ]
  return groups.filter((group) => group.lines.length > 0)
}
