/**
 * Proxy entry: the facilitator puts one person's dots on the open bets as they call them out.
 * Only this person's own dots are shown here; what the rest of the room spent on a bet never
 * reaches this part of the screen.
 */
import { useId, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Bet, Participant } from '@shared/domain'
import { useWorkshopEdits } from '../../../store/context'
import { DotStepper } from './DotStepper'

export interface DotEntryProps {
  person: Participant
  openBets: readonly Bet[]
  /** Bets that are parked, done or dropped: counted, not shown. */
  closedCount: number
  /** This person's dots by bet id. */
  dots: ReadonlyMap<string, number>
  dotsLeft: number
}

export function DotEntry({ person, openBets, closedCount, dots, dotsLeft }: DotEntryProps) {
  const { t } = useTranslation()
  const edits = useWorkshopEdits()
  const headingId = useId()
  const [message, setMessage] = useState('')
  const name = person.name

  // Saving is async: only the latest press may speak, or a slow save would talk over a refusal.
  const latest = useRef(0)

  function say(press: number, text: string) {
    if (press === latest.current) setMessage(text)
  }

  async function step(bet: Bet, by: 1 | -1) {
    const press = ++latest.current
    const current = dots.get(bet.id) ?? 0
    if (by === 1 && dotsLeft === 0) {
      say(press, t('commit.voting.entry.noneLeft', { name }))
      return
    }
    if (by === -1 && current === 0) {
      say(press, t('commit.voting.entry.noneToRemove', { name, bet: bet.title }))
      return
    }
    const outcome = await edits.setDots(person.id, bet.id, current + by)
    if (outcome.ok) {
      const left = dotsLeft - by
      say(
        press,
        t('commit.voting.entry.placed', { count: current + by, bet: bet.title, name, left }),
      )
    } else if (outcome.problem === 'overBudget')
      say(press, t('commit.voting.entry.noneLeft', { name }))
    else say(press, t('commit.voting.writeFailed'))
  }

  return (
    <section className="dot-entry" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('commit.voting.entry.heading', { name })}</h3>
      {openBets.length === 0 ? (
        <p className="commit-empty">{t('commit.voting.noOpenBets')}</p>
      ) : (
        <>
          <p className="dot-entry__hint">{t('commit.voting.entry.hint')}</p>
          <ul className="dot-entry__list" aria-label={t('commit.voting.entry.bets', { name })}>
            {openBets.map((bet) => (
              <li key={bet.id}>
                <DotStepper
                  title={bet.title}
                  name={name}
                  dots={dots.get(bet.id) ?? 0}
                  canAdd={dotsLeft > 0}
                  onAdd={() => void step(bet, 1)}
                  onRemove={() => void step(bet, -1)}
                />
              </li>
            ))}
          </ul>
        </>
      )}
      {closedCount > 0 && (
        <p className="dot-entry__closed">
          {t('commit.voting.entry.notVoted', { count: closedCount })}
        </p>
      )}
      <p className="dot-entry__status" role="status">
        {message}
      </p>
    </section>
  )
}
