import { cleanup, render, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { MapsView } from '../../../../../../renderer/src/features/compare/maps/MapsView'
import { axeViolations, PEOPLE, sessionData, type RoomSpec } from '../disagreementFixture'

/** Strategy has cards in both columns, discovery none, people is off the agenda. */
const ROOM: RoomSpec = {
  people: PEOPLE,
  agenda: ['strategy', 'discovery', 'delivery'],
  cards: [
    ['c1', 'strategy', 'current', 'Teams wait for sign-off', ['Decisions']],
    ['c2', 'strategy', 'current', 'Roadmap fixed once a year', ['Planning', ' decisions ']],
    ['c3', 'strategy', 'current', 'Nobody can name the top goal', []],
    ['t1', 'strategy', 'target', 'Teams decide within guardrails', ['decisions']],
    ['d1', 'delivery', 'target', 'Ship every week', ['Cadence']],
    ['p1', 'people', 'current', 'Off-agenda observation', ['Decisions']],
  ],
}

function renderView(spec: RoomSpec = ROOM) {
  return render(<MapsView data={sessionData(spec)} />)
}

function column(lens: string, title: string) {
  return within(screen.getByRole('region', { name: lens })).getByRole('group', { name: title })
}

/** The cards listed under one group heading of a column, in order. */
function group(region: HTMLElement, heading: string | RegExp): string[] {
  const list = within(region).getByRole('list', { name: heading })
  return within(list)
    .getAllByRole('listitem')
    .map((item) => item.textContent ?? '')
}

describe('MapsView', () => {
  afterEach(cleanup)

  it('shows a section per agenda lens, in agenda order, and nothing from other lenses', () => {
    renderView()
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      'Lens strategy',
      'Lens discovery',
      'Lens delivery',
    ])
    expect(screen.queryByText('Off-agenda observation')).toBeNull()
  })

  it('puts today and the target side by side, with the cards under their tags', () => {
    renderView()
    const today = column('Lens strategy', 'Today')
    expect(within(today).getByText('3 cards')).toBeTruthy()
    expect(
      within(today)
        .getAllByRole('heading', { level: 5 })
        .map((h) => h.textContent),
    ).toEqual(['Decisions 2 cards', 'Planning 1 card', 'Without a tag 1 card'])
    expect(group(today, /^Decisions/)).toEqual([
      'Teams wait for sign-off',
      'Roadmap fixed once a year',
    ])
    expect(group(today, /^Planning/)).toEqual(['Roadmap fixed once a year'])
    expect(group(today, /^Without a tag/)).toEqual(['Nobody can name the top goal'])

    const target = column('Lens strategy', 'Where we want to be')
    expect(group(target, /^decisions/)).toEqual(['Teams decide within guardrails'])
    expect(within(target).queryByText('Teams wait for sign-off')).toBeNull()
  })

  it('says when a column or a whole lens has no cards', () => {
    renderView()
    expect(within(column('Lens delivery', 'Today')).getByText('No cards yet')).toBeTruthy()
    expect(group(column('Lens delivery', 'Where we want to be'), /^Cadence/)).toEqual([
      'Ship every week',
    ])
    const discovery = screen.getByRole('region', { name: 'Lens discovery' })
    expect(within(discovery).getByText('No cards for this lens yet.')).toBeTruthy()
    expect(within(discovery).queryByRole('group')).toBeNull()
  })

  it('says so when the agenda has no lens', () => {
    renderView({ ...ROOM, agenda: [] })
    expect(
      screen.getByText(
        'No lens on the agenda yet. The cards appear here once the agenda has lenses.',
      ),
    ).toBeTruthy()
  })

  it('shows cards and tags as text, never as markup', () => {
    renderView({
      people: [],
      cards: [['x1', 'strategy', 'current', '<b>bold</b>', ['<i>tag</i>']]],
    })
    expect(group(column('Lens strategy', 'Today'), /^<i>tag<\/i>/)).toEqual(['<b>bold</b>'])
  })

  it('has no accessibility violations', { timeout: 20_000 }, async () => {
    const { container } = renderView()
    expect(await axeViolations(container)).toEqual([])
  })
})
