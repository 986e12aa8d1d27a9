/**
 * What a session file must get right across its records, beyond each record's own shape: every
 * record belongs to the file's workshop, ids are unique, and references (participants, lenses,
 * deterministic ids) point at something in the file. Each check answers with one sentence.
 */
import { consensusId, gapNoteId, ratingId, voteId, type WorkshopSnapshot } from '../domain'
import { capitalise, describePath, describeValue, unknownKeySentence } from './sessionErrors'
import { mapProblem } from './sessionMapChecks'

type Lists = Omit<WorkshopSnapshot, 'workshop'>
const LISTS = [
  'participants',
  'ratings',
  'consensus',
  'cards',
  'gapNotes',
  'bets',
  'votes',
  'mapElements',
] as const

function place(list: keyof Lists, index: number): string {
  return capitalise(describePath([list, index]))
}

/** Records that belong to another workshop, or share an id with an earlier one. */
function ownershipProblem(snapshot: WorkshopSnapshot): string | null {
  for (const list of LISTS) {
    const seen = new Map<string, number>()
    const records: readonly { id: string; workshopId: string }[] = snapshot[list]
    for (const [index, record] of records.entries()) {
      if (record.workshopId !== snapshot.workshop.id)
        return `${place(list, index)} belongs to another workshop: its workshop id is not the workshop's id.`
      const earlier = seen.get(record.id)
      if (earlier !== undefined)
        return `${place(list, index)} has the same id as ${describePath([list, earlier])}; each needs its own.`
      seen.set(record.id, index)
    }
  }
  return null
}

/** References to lenses and participants, and ids that must follow from them. */
function referenceProblem(snapshot: WorkshopSnapshot): string | null {
  const { workshop } = snapshot
  const lenses = new Set(workshop.template.lenses.map((lens) => lens.id))
  const participants = new Set(snapshot.participants.map((p) => p.id))
  const unknownLens = (lensId: string) =>
    `is about the lens ${describeValue(lensId)}, which is not in the workshop's template.`
  const wrongId =
    'has an id that does not match what it is about; the file was probably edited by hand.'

  const agendaIndex = workshop.agenda.findIndex((item) => !lenses.has(item.lensId))
  if (agendaIndex !== -1)
    return `${capitalise(describePath(['workshop', 'agenda', agendaIndex]))} ${unknownLens(workshop.agenda[agendaIndex]!.lensId)}`

  for (const [index, r] of snapshot.ratings.entries()) {
    if (!participants.has(r.participantId))
      return `${place('ratings', index)} is by a participant who is not in the file.`
    if (!lenses.has(r.lensId)) return `${place('ratings', index)} ${unknownLens(r.lensId)}`
    if (r.id !== ratingId(r.participantId, r.lensId, r.state))
      return `${place('ratings', index)} ${wrongId}`
  }
  for (const [index, c] of snapshot.consensus.entries()) {
    if (!lenses.has(c.lensId)) return `${place('consensus', index)} ${unknownLens(c.lensId)}`
    if (c.id !== consensusId(workshop.id, c.lensId, c.state))
      return `${place('consensus', index)} ${wrongId}`
  }
  for (const [index, g] of snapshot.gapNotes.entries()) {
    if (!lenses.has(g.lensId)) return `${place('gapNotes', index)} ${unknownLens(g.lensId)}`
    if (g.id !== gapNoteId(workshop.id, g.lensId)) return `${place('gapNotes', index)} ${wrongId}`
  }
  for (const [index, c] of snapshot.cards.entries())
    if (!lenses.has(c.lensId)) return `${place('cards', index)} ${unknownLens(c.lensId)}`
  for (const [index, b] of snapshot.bets.entries())
    if (b.lensId !== null && !lenses.has(b.lensId))
      return `${place('bets', index)} ${unknownLens(b.lensId)}`
  return voteProblem(snapshot, participants, wrongId)
}

/** Votes point at a person and a bet in the file, and nobody spends more dots than allowed. */
function voteProblem(
  snapshot: WorkshopSnapshot,
  participants: ReadonlySet<string>,
  wrongId: string,
): string | null {
  const bets = new Set(snapshot.bets.map((b) => b.id))
  const spent = new Map<string, number>()
  const allowed = snapshot.workshop.voting.dotsPerPerson
  for (const [index, v] of snapshot.votes.entries()) {
    if (!participants.has(v.participantId))
      return `${place('votes', index)} is by a participant who is not in the file.`
    if (!bets.has(v.betId)) return `${place('votes', index)} is for a bet that is not in the file.`
    if (v.id !== voteId(v.participantId, v.betId)) return `${place('votes', index)} ${wrongId}`
    const total = (spent.get(v.participantId) ?? 0) + v.dots
    if (total > allowed)
      return `${place('votes', index)} brings its participant to ${total} dots, more than the ${allowed} each person has.`
    spent.set(v.participantId, total)
  }
  return null
}

/** The first cross-record problem of a snapshot whose records are each valid, or null. */
export function crossRecordProblem(snapshot: WorkshopSnapshot): string | null {
  return ownershipProblem(snapshot) ?? referenceProblem(snapshot) ?? mapProblem(snapshot)
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null
}

/**
 * The first key of `input` that validation dropped from `output`, as a sentence, or null. The
 * template schema is shared with template files and strips unknown keys; a session file is held
 * to the same strictness as its records, so what was stripped is reported instead.
 */
export function strippedKeyProblem(
  input: unknown,
  output: unknown,
  path: PropertyKey[] = [],
): string | null {
  if (!isObject(input) || !isObject(output)) return null
  for (const key of Object.keys(input)) {
    if (!Object.hasOwn(output, key)) return unknownKeySentence(path, [key])
    const found = strippedKeyProblem(
      input[key],
      output[key],
      Array.isArray(input) ? [...path, Number(key)] : [...path, key],
    )
    if (found !== null) return found
  }
  return null
}
