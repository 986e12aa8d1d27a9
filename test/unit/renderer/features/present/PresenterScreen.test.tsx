/**
 * The presenter screen follows the facilitator live: real services over a fresh database, the
 * facilitator's edits made through services.edits, the screen watching the database on its own.
 */
import { cleanup, screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { StepRef, StepTimer, Workshop } from '@shared/domain'
import type { VantageDatabase } from '../../../../../renderer/src/db'
import type * as LiveWorkshopModule from '../../../../../renderer/src/db/liveWorkshop'
import { PresenterScreen } from '../../../../../renderer/src/features/present/PresenterScreen'
import type { AppServices } from '../../../../../renderer/src/store/appServices'
import { axeViolations } from '../facilitate/rating/roundFixture'
import {
  details,
  dropDatabase,
  freshDatabase,
  snapshot,
  testRecords,
  testTemplate,
} from '../../helpers'
import { createAppServices, renderWithServices } from '../../render'

/** Every subscription the screen opens, to see that it closes them. */
const watched = vi.hoisted(() => [] as { closed: boolean }[])
vi.mock('../../../../../renderer/src/db/liveWorkshop', async (importOriginal) => {
  const actual = await importOriginal<typeof LiveWorkshopModule>()
  return {
    ...actual,
    watchWorkshop: (...args: Parameters<typeof actual.watchWorkshop>) => {
      const subscription = actual.watchWorkshop(...args)
      watched.push(subscription)
      return subscription
    },
  }
})

const PEOPLE = ['Amara Okafor', 'Jonas Weber', 'Li Chen', 'Sam Rivera']

let db: VantageDatabase
let services: AppServices
let workshop: Workshop
let ids: Record<string, string>

beforeEach(async () => {
  db = freshDatabase()
  services = createAppServices(db, { records: testRecords(), template: testTemplate() })
  const template = testTemplate(['strategy', 'discovery'])
  workshop = await services.repositories.workshops.create(details(), template)
  await services.workshop.actions.open(workshop.id)
  for (const name of PEOPLE) await services.edits.addParticipant(name)
  const participants = services.workshop.store.getState().data?.participants ?? []
  ids = Object.fromEntries(participants.map((p) => [p.name, p.id]))
})

afterEach(async () => {
  cleanup()
  watched.length = 0
  await dropDatabase(db)
})

const show = (workshopId = workshop.id) =>
  renderWithServices(<PresenterScreen workshopId={workshopId} />, services)
const text = () => document.body.textContent ?? ''
const shows = (expected: string) => waitFor(() => expect(text()).toContain(expected))

/** Three of the four rate the strategy lens today (2, 2, 4), each with a private note. */
async function rateThree() {
  const ratings: [string, 2 | 4][] = [
    ['Amara Okafor', 2],
    ['Jonas Weber', 2],
    ['Li Chen', 4],
  ]
  for (const [name, value] of ratings) {
    await services.edits.rate(ids[name] as string, 'strategy', 'current', value)
    await services.edits.setRatingNote(
      ids[name] as string,
      'strategy',
      'current',
      `secret note of ${name}`,
    )
  }
}

const goTo = (step: StepRef['step'], lensId = 'strategy') => services.edits.goTo({ lensId, step })
const bars = () => document.querySelector('table')

describe('PresenterScreen', () => {
  it('waits for the facilitator, titled for the window, and never writes', async () => {
    const before = await snapshot(db)
    show()
    await shows('We will start in a moment.')
    expect(text()).toContain('Leadership offsite')
    await waitFor(() => expect(document.title).toBe('Leadership offsite — presenter'))
    expect(document.querySelectorAll('button, a, input, select, textarea')).toHaveLength(0)
    expect(await snapshot(db)).toEqual(before)
    expect(await db.presenter.count()).toBe(0)
  })

  it('follows the facilitator to a lens: its question, prompts and scale', async () => {
    const { container } = show()
    await shows('We will start')
    await goTo('introduce', 'discovery')
    await shows('How mature is discovery?')
    expect(text()).toContain('Lens 2 of 2 · Introduce')
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Lens discovery')
    expect(text()).toContain('What hurts in discovery?')
    expect(text()).toContain('Level 5')
    expect(await axeViolations(container)).toEqual([])
  })

  it('counts the ratings while hidden, then shows the spread once revealed', async () => {
    const { container } = show()
    await goTo('rate-current')
    await rateThree()
    await shows('3 of 4 rated')
    expect(text()).toContain('Lens 1 of 2 · Rate today')

    await goTo('reveal-current')
    await shows('Reveal today')
    expect(text()).toContain('3 of 4 rated')
    expect(bars()).toBeNull()
    expect(text()).not.toMatch(/Median|Range|Amara|Jonas|Li Chen/)

    await services.edits.setRevealed('strategy', 'current', true)
    await shows('Median 2')
    expect(text()).toContain('Range 2 to 4')
    const row = (level: string) => document.querySelector(`tr[data-level="${level}"]`)
    await waitFor(() =>
      expect(row('2')?.textContent).toBe('2 Level 22Amara Okafor and Jonas Weber'),
    )
    expect(row('4')?.textContent).toBe('4 Level 41Li Chen')
    expect(row('unsure')?.textContent).toBe('Unsure0')
    expect(text()).toContain('Not agreed yet')

    await services.edits.setConsensus('strategy', 'current', 3)
    await shows('Agreed 3')
    expect(text()).not.toContain('secret note')
    expect(await axeViolations(container)).toEqual([])
  })

  it('shows no names in an anonymous workshop', async () => {
    await services.edits.updateWorkshop({ anonymous: true })
    show()
    await goTo('reveal-current')
    await rateThree()
    await services.edits.setRevealed('strategy', 'current', true)
    await shows('Median 2')
    expect(within(bars() as HTMLElement).queryByText(/Amara/)).toBeNull()
    for (const name of PEOPLE) expect(text()).not.toContain(name)
    expect(text()).toContain('Shown without names.')
  })

  it('shows the gap with both agreed scores and the key shift', async () => {
    show()
    await goTo('gap')
    await services.edits.setConsensus('strategy', 'current', 2)
    await services.edits.setConsensus('strategy', 'target', 4)
    await services.edits.setKeyShift('strategy', 'From output to outcomes')
    await shows('From output to outcomes')
    expect(text()).toContain('Today2Target4Gap+2')
  })

  it('blanks to an empty dark screen and comes back', async () => {
    const { container } = show()
    await goTo('introduce')
    await shows('How mature is strategy?')
    await services.repositories.presenter.update(workshop.id, { blank: true })
    await waitFor(() => expect(text()).toBe(''))
    expect(screen.getByRole('main', { name: 'Screen blanked' })).toBeDefined()
    expect(await axeViolations(container)).toEqual([])
    await services.repositories.presenter.update(workshop.id, { blank: false })
    await shows('How mature is strategy?')
  })

  it('shows the timer huge in timer mode, and says calmly when time is up', async () => {
    show()
    await goTo('rate-current')
    const position: StepRef = { lensId: 'strategy', step: 'rate-current' }
    const timer: StepTimer = { durationMs: 60_000, elapsedMs: 125_000, runningSince: null }
    const data = services.workshop.store.getState().data as NonNullable<
      ReturnType<typeof services.workshop.store.getState>['data']
    >
    await services.workshop.actions.persist([
      {
        table: 'workshops',
        id: workshop.id,
        before: data.workshop,
        after: { ...data.workshop, timer: { step: position, timer } },
      },
    ])
    await shows('Time is up')
    expect(screen.getByRole('timer').textContent).toContain('1:05 over')

    await services.repositories.presenter.update(workshop.id, { mode: 'timer' })
    await waitFor(() => expect(document.querySelector('.present-clock--huge')).not.toBeNull())
    expect(text()).not.toContain('of 4 rated')
    expect(text()).toContain('Lens 1 of 2 · Rate today')
  })

  it('draws the radar and the widest gaps in compare mode', async () => {
    const { container } = show()
    await services.edits.setConsensus('strategy', 'current', 1)
    await services.edits.setConsensus('strategy', 'target', 4)
    await services.edits.setConsensus('discovery', 'current', 3)
    await services.repositories.presenter.update(workshop.id, { mode: 'compare' })
    await shows('Where the gaps are widest')
    expect(screen.getByRole('img', { name: /Agreed scores per lens/ })).toBeDefined()
    const gaps = document.querySelector('.present-gaps__list')
    expect(gaps?.textContent).toBe('Lens strategy1 to 4 · +3')
    expect(await axeViolations(container)).toEqual([])
  })

  it('says calmly when the workshop does not exist', async () => {
    show('no-such-workshop')
    await shows('This workshop is not available on this screen.')
    await waitFor(() => expect(document.title).toBe('Vantage — presenter'))
  })

  it('stops following once closed', async () => {
    const { unmount } = show()
    await shows('We will start')
    expect(watched.map((s) => s.closed)).toEqual([false])
    unmount()
    expect(watched.map((s) => s.closed)).toEqual([true])
    expect(document.title).not.toContain('presenter')
  })
})
