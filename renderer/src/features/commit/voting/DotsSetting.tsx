/**
 * How many dots each person has. Saved when the facilitator leaves the field or presses Enter, so
 * typing "12" does not pass through 1 on the way. A number below what someone already spent is
 * refused with who and how many, and nothing changes.
 */
import { useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { MAX_DOTS_PER_PERSON, MIN_DOTS_PER_PERSON } from '@shared/domain'
import { useWorkshopEdits } from '../../../store/context'
import { TextField } from '../../../ui/TextField'
import { topSpender, type VotingRound } from './votingRound'

export function DotsSetting({ round }: { round: VotingRound }) {
  const { t } = useTranslation()
  const edits = useWorkshopEdits()
  const stored = round.dotsPerPerson
  const [draft, setDraft] = useState(String(stored))
  const [error, setError] = useState<string>()
  const [shown, setShown] = useState(stored)

  // The stored number changed under us (saved, undone): show it, and drop a stale refusal.
  if (shown !== stored) {
    setShown(stored)
    setDraft(String(stored))
    setError(undefined)
  }

  async function save() {
    const value = draft.trim() === '' ? Number.NaN : Number(draft)
    if (value === stored) {
      setError(undefined)
      return
    }
    const outcome = await edits.setDotsPerPerson(value)
    if (outcome.ok) {
      setError(undefined)
      return
    }
    const top = topSpender(round)
    if (outcome.problem === 'belowSpent' && top)
      setError(t('commit.voting.settings.belowSpent', { name: top.name, count: top.spent }))
    else if (outcome.problem === 'writeFailed') setError(t('commit.voting.writeFailed'))
    else setError(t('commit.voting.settings.outOfRange'))
  }

  function handleKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key !== 'Enter') return
    e.preventDefault()
    void save()
  }

  return (
    <TextField
      className="voting-setting"
      label={t('commit.voting.settings.label')}
      hint={t('commit.voting.settings.hint')}
      error={error}
      type="number"
      inputMode="numeric"
      min={MIN_DOTS_PER_PERSON}
      max={MAX_DOTS_PER_PERSON}
      step={1}
      value={draft}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={() => void save()}
      onKeyDown={handleKeyDown}
    />
  )
}
