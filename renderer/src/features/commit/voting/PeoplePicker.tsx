/**
 * Whose dots the facilitator is entering: one button per person, each with how many of their
 * dots are left. That is all it says about anyone's votes, so it is safe before the reveal and
 * lets the facilitator see at a glance who has not voted yet.
 */
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import type { VotingRound } from './votingRound'

export interface PeoplePickerProps {
  round: VotingRound
  selectedId: string
  onSelect: (participantId: string) => void
}

export function PeoplePicker({ round, selectedId, onSelect }: PeoplePickerProps) {
  const { t } = useTranslation()
  const id = useId()
  const total = round.dotsPerPerson
  const voted = round.participants.filter((p) => (round.spent.get(p.id) ?? 0) > 0).length
  return (
    <div className="vote-people">
      <ul className="vote-people__list" aria-label={t('commit.voting.people.label')}>
        {round.participants.map((person) => {
          const left = Math.max(0, total - (round.spent.get(person.id) ?? 0))
          return (
            <li key={person.id}>
              <button
                type="button"
                className={`vote-person${left === 0 ? ' vote-person--spent' : ''}`}
                // Named by the person alone; how many dots are left is said after the name.
                aria-labelledby={`${id}-${person.id}-name`}
                aria-describedby={`${id}-${person.id}-left`}
                aria-pressed={person.id === selectedId}
                onClick={() => onSelect(person.id)}
              >
                <span id={`${id}-${person.id}-name`} className="vote-person__name">
                  {person.name}
                </span>
                <span id={`${id}-${person.id}-left`} className="vote-person__left">
                  {t('commit.voting.people.dotsLeft', { left, total })}
                </span>
              </button>
            </li>
          )
        })}
      </ul>
      <p className="vote-people__count" role="status">
        {t('commit.voting.people.voted', { count: voted, total: round.participants.length })}
      </p>
    </div>
  )
}
