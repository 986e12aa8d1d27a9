/**
 * What a session file must get right across its records, beyond each record's own shape: every
 * record belongs to the file's workshop, ids are unique, and references (participants, lenses,
 * deterministic ids) point at something in the file. Each check answers with one sentence, in
 * the language of the words it is handed.
 */
import { consensusId, gapNoteId, ratingId, voteId, type WorkshopSnapshot } from '../domain'
import type { Say } from './refusalWords'
import { unknownKeySentence } from './sessionErrors'
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

/** Records that belong to another workshop, or share an id with an earlier one. */
function ownershipProblem(say: Say, snapshot: WorkshopSnapshot): string | null {
  const { records: words } = say.words
  for (const list of LISTS) {
    const seen = new Map<string, number>()
    const records: readonly { id: string; workshopId: string }[] = snapshot[list]
    for (const [index, record] of records.entries()) {
      if (record.workshopId !== snapshot.workshop.id)
        return say.sentence(words.otherWorkshop, { place: say.place([list, index]) })
      const earlier = seen.get(record.id)
      if (earlier !== undefined)
        return say.sentence(words.sameId, {
          place: say.place([list, index]),
          other: say.place([list, earlier]),
        })
      seen.set(record.id, index)
    }
  }
  return null
}

/** References to lenses and participants, and ids that must follow from them. */
function referenceProblem(say: Say, snapshot: WorkshopSnapshot): string | null {
  const { workshop } = snapshot
  const { records: words } = say.words
  const lenses = new Set(workshop.template.lenses.map((lens) => lens.id))
  const participants = new Set(snapshot.participants.map((p) => p.id))
  const at = (list: keyof Lists, index: number) => ({ place: say.place([list, index]) })
  const unknownLens = (path: PropertyKey[], lensId: string) =>
    say.sentence(words.unknownLens, { place: say.place(path), lens: say.value(lensId) })
  const wrongId = (list: keyof Lists, index: number) => say.sentence(words.wrongId, at(list, index))

  const agendaIndex = workshop.agenda.findIndex((item) => !lenses.has(item.lensId))
  if (agendaIndex !== -1)
    return unknownLens(['workshop', 'agenda', agendaIndex], workshop.agenda[agendaIndex]!.lensId)

  for (const [index, r] of snapshot.ratings.entries()) {
    if (!participants.has(r.participantId))
      return say.sentence(words.unknownParticipant, at('ratings', index))
    if (!lenses.has(r.lensId)) return unknownLens(['ratings', index], r.lensId)
    if (r.id !== ratingId(r.participantId, r.lensId, r.state)) return wrongId('ratings', index)
  }
  for (const [index, c] of snapshot.consensus.entries()) {
    if (!lenses.has(c.lensId)) return unknownLens(['consensus', index], c.lensId)
    if (c.id !== consensusId(workshop.id, c.lensId, c.state)) return wrongId('consensus', index)
  }
  for (const [index, g] of snapshot.gapNotes.entries()) {
    if (!lenses.has(g.lensId)) return unknownLens(['gapNotes', index], g.lensId)
    if (g.id !== gapNoteId(workshop.id, g.lensId)) return wrongId('gapNotes', index)
  }
  for (const [index, c] of snapshot.cards.entries())
    if (!lenses.has(c.lensId)) return unknownLens(['cards', index], c.lensId)
  for (const [index, b] of snapshot.bets.entries())
    if (b.lensId !== null && !lenses.has(b.lensId)) return unknownLens(['bets', index], b.lensId)
  return voteProblem(say, snapshot, participants)
}

/** Votes point at a person and a bet in the file, and nobody spends more dots than allowed. */
function voteProblem(
  say: Say,
  snapshot: WorkshopSnapshot,
  participants: ReadonlySet<string>,
): string | null {
  const { records: words } = say.words
  const bets = new Set(snapshot.bets.map((b) => b.id))
  const spent = new Map<string, number>()
  const allowed = snapshot.workshop.voting.dotsPerPerson
  for (const [index, v] of snapshot.votes.entries()) {
    const place = say.place(['votes', index])
    if (!participants.has(v.participantId)) return say.sentence(words.unknownParticipant, { place })
    if (!bets.has(v.betId)) return say.sentence(words.unknownBet, { place })
    if (v.id !== voteId(v.participantId, v.betId)) return say.sentence(words.wrongId, { place })
    const total = (spent.get(v.participantId) ?? 0) + v.dots
    if (total > allowed) return say.sentence(words.tooManyDots, { place, total, allowed })
    spent.set(v.participantId, total)
  }
  return null
}

/** The first cross-record problem of a snapshot whose records are each valid, or null. */
export function crossRecordProblem(say: Say, snapshot: WorkshopSnapshot): string | null {
  return (
    ownershipProblem(say, snapshot) ?? referenceProblem(say, snapshot) ?? mapProblem(say, snapshot)
  )
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
  say: Say,
  input: unknown,
  output: unknown,
  path: PropertyKey[] = [],
): string | null {
  if (!isObject(input) || !isObject(output)) return null
  for (const key of Object.keys(input)) {
    if (!Object.hasOwn(output, key)) return unknownKeySentence(say, path, [key])
    const found = strippedKeyProblem(
      say,
      input[key],
      output[key],
      Array.isArray(input) ? [...path, Number(key)] : [...path, key],
    )
    if (found !== null) return found
  }
  return null
}
