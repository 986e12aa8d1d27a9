/**
 * Dot voting: the facilitator sets how many dots each person has, enters everyone's dots on one
 * laptop, and reveals the count when the room is done. Until then the room-wide count per bet is
 * not on the screen at all (not even hidden in the DOM): only how many dots each person spent.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'wouter'
import type { SessionData } from '../../../store/session/sessionData'
import { useWorkshopEdits } from '../../../store/context'
import { commitHref } from '../commitViews'
import { DotEntry } from './DotEntry'
import { DotsSetting } from './DotsSetting'
import { PeoplePicker } from './PeoplePicker'
import { RevealPrompt } from './RevealPrompt'
import { VoteTally } from './VoteTally'
import { dotsOf, votingRoundOf, type VotingRound } from './votingRound'

interface LinkTo {
  href: string
  label: string
}

function EmptyState({ title, body, link }: { title: string; body: string; link: LinkTo }) {
  return (
    <div className="commit-empty">
      <h3>{title}</h3>
      <p>{body}</p>
      <Link href={link.href}>{link.label}</Link>
    </div>
  )
}

/** Proxy entry for one person at a time, with the people to choose from beside it. */
function Entry({ round }: { round: VotingRound }) {
  const [chosenId, setChosenId] = useState<string | null>(null)
  // The chosen person may have been removed meanwhile: fall back to the first.
  const person = round.participants.find((p) => p.id === chosenId) ?? round.participants[0] ?? null
  if (!person) return null
  const spent = round.spent.get(person.id) ?? 0
  return (
    <div className="voting__entry">
      <PeoplePicker round={round} selectedId={person.id} onSelect={setChosenId} />
      <DotEntry
        // A new person starts without the last person's message.
        key={person.id}
        person={person}
        openBets={round.openBets}
        closedCount={round.bets.length - round.openBets.length}
        dots={dotsOf(round, person.id)}
        dotsLeft={Math.max(0, round.dotsPerPerson - spent)}
      />
    </div>
  )
}

export function VotingView({ data }: { data: SessionData }) {
  const { t } = useTranslation()
  const edits = useWorkshopEdits()
  const headingId = useId()
  const tallyHeadingId = useId()
  const round = useMemo(() => votingRoundOf(data), [data])
  // Which control takes focus after the facilitator's own reveal or hide removed the one used.
  const [moveFocus, setMoveFocus] = useState<'tally' | 'prompt' | null>(null)
  const tallyHeading = useRef<HTMLHeadingElement>(null)
  const prompt = useRef<HTMLDivElement>(null)

  useEffect(() => {
    if (moveFocus === 'tally') tallyHeading.current?.focus()
    if (moveFocus === 'prompt') prompt.current?.querySelector('button')?.focus()
  }, [moveFocus])

  function setRevealed(revealed: boolean) {
    setMoveFocus(revealed ? 'tally' : 'prompt')
    void edits.setVotesRevealed(revealed)
  }

  const workshopId = data.workshop.id
  let body
  if (round.bets.length === 0)
    body = (
      <EmptyState
        title={t('commit.voting.noBetsTitle')}
        body={t('commit.voting.noBetsBody')}
        link={{ href: commitHref(workshopId, 'bets'), label: t('commit.voting.noBetsLink') }}
      />
    )
  else if (round.participants.length === 0)
    body = (
      <EmptyState
        title={t('commit.voting.noPeopleTitle')}
        body={t('commit.voting.noPeopleBody')}
        link={{
          href: `/workshops/${encodeURIComponent(workshopId)}`,
          label: t('commit.voting.noPeopleLink'),
        }}
      />
    )
  else
    body = (
      <>
        <DotsSetting round={round} />
        {round.revealed ? (
          <VoteTally
            ref={tallyHeading}
            round={round}
            headingId={tallyHeadingId}
            onHide={() => setRevealed(false)}
          />
        ) : (
          <>
            <Entry round={round} />
            <RevealPrompt ref={prompt} round={round} onReveal={() => setRevealed(true)} />
          </>
        )}
      </>
    )

  return (
    <section className="commit-view voting" aria-labelledby={headingId}>
      <header className="commit-view__header">
        <h2 id={headingId}>{t('commit.voting.heading')}</h2>
        <p>{t('commit.voting.intro')}</p>
      </header>
      {body}
    </section>
  )
}
