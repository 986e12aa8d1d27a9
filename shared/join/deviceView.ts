/**
 * What one phone may see now, derived from the open workshop and that phone's seat. Every rule
 * about what a phone never holds lives here, so it is proved once rather than trusted in the
 * server or the page: nothing of a lens before its rating step (or once its ratings are
 * revealed), never another person's rating, never a note's text, never a name in an anonymous
 * workshop; this device's own rating only as it sent it and the laptop still holds it.
 */
import type { Consensus, Participant, Rating, Workshop } from '../domain'
import { findLens, sameStep, stateOfStep, stepSequence, type StepRef } from '../domain'
import type { DeviceView, PhoneRating, ViewLens } from './protocol'

/** What the derivation reads: the open workshop's records, as the renderer's session holds them. */
export interface JoinSource {
  workshop: Pick<Workshop, 'title' | 'anonymous' | 'position' | 'agenda' | 'template'>
  participants: readonly Participant[]
  ratings: readonly Rating[]
  consensus: readonly Consensus[]
}

/** One device as the laptop knows it. */
export interface DeviceSeat {
  deviceId: string
  /** Who the facilitator let this device rate for (picked or admitted); null until then. */
  participantId: string | null
  /** The name it asked to be admitted as, unanswered. */
  asked: string | null
  /** The last rating from this device that the laptop stored. */
  submitted: PhoneRating | null
}

/** The step the facilitator is on, resolved as their own screen resolves it. */
export function currentStep(source: JoinSource): StepRef | null {
  const { position, agenda } = source.workshop
  if (position === null) return null
  const sequence = stepSequence(agenda)
  return sequence.find((step) => sameStep(step, position)) ?? sequence[0] ?? null
}

/** The lens and state phones rate now, or null when no rating is open to them. */
export function openRating(
  source: JoinSource,
): { lensId: string; state: 'current' | 'target' } | null {
  const step = currentStep(source)
  if (step === null || (step.step !== 'rate-current' && step.step !== 'rate-target')) return null
  const state = stateOfStep(step.step)
  if (state === null || findLens(source.workshop.template, step.lensId) === undefined) return null
  const revealed = source.consensus.some(
    (c) => c.lensId === step.lensId && c.state === state && c.revealed,
  )
  return revealed ? null : { lensId: step.lensId, state }
}

function viewLens(source: JoinSource, lensId: string): ViewLens | null {
  const lens = findLens(source.workshop.template, lensId)
  if (!lens) return null
  const agendaIds = [...new Set(source.workshop.agenda.map((item) => item.lensId))].filter(
    (id) => findLens(source.workshop.template, id) !== undefined,
  )
  return {
    lensId: lens.id,
    title: lens.title,
    coreQuestion: lens.coreQuestion,
    number: agendaIds.indexOf(lens.id) + 1,
    count: agendaIds.length,
    scale: lens.scale.map(({ level, label, description }) => ({ level, label, description })),
  }
}

/**
 * The view of one device. `claimedByOthers` are the participants other devices already rate
 * for: they are not offered again, so no phone can pick someone else's seat.
 */
export function deviceView(
  source: JoinSource,
  seat: DeviceSeat,
  claimedByOthers: ReadonlySet<string>,
): DeviceView {
  const { anonymous } = source.workshop
  const participants = [...source.participants].sort((a, b) => a.order - b.order)
  const mine = participants.find((p) => p.id === seat.participantId)
  const open = openRating(source)
  const lens = open ? viewLens(source, open.lensId) : null
  const step: DeviceView['step'] =
    open && lens
      ? { kind: 'rate', state: open.state, lens }
      : { kind: 'waiting', at: currentStep(source)?.step ?? null }

  let sent: DeviceView['sent'] = null
  let withdrawn = false
  const submitted = seat.submitted
  if (
    open &&
    mine &&
    submitted &&
    submitted.lensId === open.lensId &&
    submitted.state === open.state
  ) {
    const stored = source.ratings.find(
      (r) => r.participantId === mine.id && r.lensId === open.lensId && r.state === open.state,
    )
    if (stored && stored.value === submitted.value) {
      sent = {
        value: submitted.value,
        noted: submitted.note !== '' && stored.note === submitted.note,
      }
    } else withdrawn = true
  }

  return {
    workshopTitle: source.workshop.title,
    deviceLabel: seat.deviceId,
    anonymous,
    me: mine ? { participantId: mine.id, name: anonymous ? null : mine.name } : null,
    people:
      anonymous || mine
        ? []
        : participants
            .filter((p) => !claimedByOthers.has(p.id))
            .map((p) => ({ participantId: p.id, name: p.name })),
    asked: anonymous || mine ? null : seat.asked,
    step,
    sent,
    withdrawn,
  }
}
