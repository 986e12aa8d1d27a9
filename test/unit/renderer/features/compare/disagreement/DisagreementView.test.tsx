import { cleanup, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { DisagreementView } from '../../../../../../renderer/src/features/compare/disagreement/DisagreementView'
import {
  axeViolations,
  KNOWN_ROOM,
  PEOPLE,
  sessionData,
  type RoomSpec,
} from '../disagreementFixture'

function renderView(spec: RoomSpec = KNOWN_ROOM) {
  const user = userEvent.setup()
  const view = render(<DisagreementView data={sessionData(spec)} />)
  return { user, ...view }
}

function radio(element: HTMLElement): boolean {
  return (element as HTMLInputElement).checked
}

/** What the eye reads in a cell: screen-reader-only words left out. */
function seen(cell: Element): string {
  const copy = cell.cloneNode(true) as Element
  copy.querySelectorAll('.visually-hidden').forEach((node) => node.remove())
  return copy.textContent?.trim() ?? ''
}

/** What a screen reader reads in a cell: marks hidden from it left out. */
function heard(cell: Element): string {
  const copy = cell.cloneNode(true) as Element
  copy.querySelectorAll('[aria-hidden="true"]').forEach((node) => node.remove())
  return copy.textContent?.trim() ?? ''
}

function heatmapTable() {
  return screen.getByRole('table')
}

/** The table as rows of [person, ...cells], as the eye reads it. */
function grid(): string[][] {
  return within(heatmapTable())
    .getAllByRole('row')
    .slice(1)
    .map((row) => [
      seen(within(row).getByRole('rowheader')),
      ...within(row)
        .getAllByRole('cell')
        .map((cell) => seen(cell)),
    ])
}

function lensCard(title: string) {
  return screen.getByRole('listitem', { name: title })
}

function fact(title: string, term: string): string {
  const card = lensCard(title)
  const dt = within(card).getByText(term, { selector: 'dt' })
  return dt.nextElementSibling?.textContent ?? ''
}

const [AMARA, JONAS, LI, SOFIA] = PEOPLE as [string, string, string, string]

describe('DisagreementView', () => {
  afterEach(cleanup)
  beforeAll(() => {
    // The test DOM has no CSS.escape, which user-event needs to walk a radio group with arrow keys.
    if (typeof globalThis.CSS?.escape !== 'function') {
      const escape = (value: string) => value.replace(/[^\w-]/g, (char) => `\\${char}`)
      Object.defineProperty(globalThis, 'CSS', { value: { escape }, configurable: true })
    }
  })

  it('shows each person’s revealed ratings of today by lens, with a header per lens', () => {
    renderView()
    const headers = within(heatmapTable()).getAllByRole('columnheader')
    expect(headers.map((h) => h.textContent)).toEqual([
      'Person',
      'Lens strategy',
      'Lens discovery',
      'Lens delivery',
      'Lens people',
    ])
    expect(radio(screen.getByRole('radio', { name: 'Today' }))).toBe(true)
    expect(grid()).toEqual([
      [AMARA, '3', '1', '2', '3'],
      [JONAS, '3', '4', '2', '3'],
      [LI, '4', '?', '2', '3'],
      [SOFIA, '3', '2', '–', '3'],
    ])
    const liRow = screen.getByRole('row', { name: new RegExp(LI) })
    expect(heard(within(liRow).getAllByRole('cell')[1]!)).toBe('Unsure')
    const sofiaRow = screen.getByRole('row', { name: new RegExp(SOFIA) })
    expect(heard(within(sofiaRow).getAllByRole('cell')[2]!)).toBe('Not rated or not revealed')
  })

  it('switches to targets and personal gaps, showing only what was revealed', async () => {
    const { user } = renderView()
    await user.click(screen.getByRole('radio', { name: 'Target' }))
    expect(screen.getByRole('table').querySelector('caption')?.textContent).toBe(
      "Each person's target, per lens",
    )
    // Discovery's target and the people lens's target are not revealed: never a number there.
    expect(grid()).toEqual([
      [AMARA, '4', '–', '1', '–'],
      [JONAS, '5', '–', '2', '–'],
      [LI, '4', '–', '2', '–'],
      [SOFIA, '5', '–', '–', '–'],
    ])
    await user.click(screen.getByRole('radio', { name: 'Personal gap' }))
    expect(grid()).toEqual([
      [AMARA, '+1', '–', '\u22121', '–'],
      [JONAS, '+2', '–', '0', '–'],
      [LI, '0', '–', '0', '–'],
      [SOFIA, '+2', '–', '–', '–'],
    ])
    const amaraRow = screen.getByRole('row', { name: new RegExp(AMARA) })
    expect(heard(within(amaraRow).getAllByRole('cell')[2]!)).toBe('\u22121 (target below today)')
    expect(heard(within(amaraRow).getAllByRole('cell')[1]!)).toBe(
      'No personal gap: needs both ratings',
    )
  })

  it('switches with the keyboard alone', async () => {
    const { user } = renderView()
    await user.tab()
    expect(document.activeElement).toBe(screen.getByRole('radio', { name: 'Today' }))
    await user.keyboard('{ArrowRight}')
    expect(radio(screen.getByRole('radio', { name: 'Target' }))).toBe(true)
    expect(grid()[1]).toEqual([JONAS, '5', '–', '2', '–'])
    await user.keyboard('{ArrowRight}')
    expect(radio(screen.getByRole('radio', { name: 'Personal gap' }))).toBe(true)
    expect(grid()[1]).toEqual([JONAS, '+2', '–', '0', '–'])
    // The table's scroll container is the next stop, so a keyboard can scroll it.
    await user.tab()
    expect(document.activeElement).toBe(
      screen.getByRole('region', { name: 'Ratings per person and lens' }),
    )
  })

  it('flags exactly the lens where the room agrees on scores but not on the gap', () => {
    renderView()
    expect(
      screen.getByText(
        'The room agrees on the score but not on the gap for one lens: Lens strategy',
      ),
    ).toBeTruthy()
    const flags = screen.getAllByText('Agrees on the score, not on the gap')
    expect(flags).toHaveLength(1)
    const strategy = lensCard('Lens strategy')
    expect(strategy.contains(flags[0]!)).toBe(true)
    expect(
      within(strategy).getByText(
        "Everyone's scores are within one level, but their own gaps differ by 2 levels",
      ),
    ).toBeTruthy()
  })

  it('names the people furthest from the agreed score, per lens and state', () => {
    renderView()
    expect(fact('Lens strategy', 'Spread today')).toBe('1 level, agreed 3')
    expect(fact('Lens strategy', 'Furthest from the agreed score today')).toBe(
      `${LI} (1 level away)`,
    )
    expect(fact('Lens strategy', 'Furthest from the agreed target')).toBe(
      `${JONAS} and ${SOFIA} (1 level away)`,
    )
    expect(fact('Lens discovery', 'Spread today')).toBe('3 levels, agreed 2')
    expect(fact('Lens discovery', 'Furthest from the agreed score today')).toBe(
      `${JONAS} (2 levels away)`,
    )
    expect(fact('Lens discovery', 'Furthest from the agreed target')).toBe(
      'No revealed ratings yet',
    )
    expect(fact('Lens delivery', 'Spread today')).toBe('Everyone gave the same score')
    expect(fact('Lens delivery', 'Furthest from the agreed score today')).toBe(
      'No agreed score yet',
    )
    expect(fact('Lens people', 'Furthest from the agreed score today')).toBe(
      'Nobody is far from the agreed score',
    )
  })

  it('says so when no lens hides a disagreement about the gap', () => {
    renderView({
      people: PEOPLE,
      ratings: [['Amara Okafor', 'strategy', 'current', 3]],
      consensus: [['strategy', 'current', 3, true]],
    })
    expect(
      screen.getByText('No lens where the room agrees on scores but not on the gap'),
    ).toBeTruthy()
    expect(screen.queryByText('Agrees on the score, not on the gap')).toBeNull()
  })

  it('labels people "Person N" in an anonymous workshop and never shows a name', async () => {
    const { user, container } = renderView({ ...KNOWN_ROOM, anonymous: true })
    const rows = grid()
    expect(rows.map((row) => row[0])).toEqual(['Person 1', 'Person 2', 'Person 3', 'Person 4'])
    // Li is the only one at 4 on strategy today; the furthest list names the same row label.
    const liLabel = rows.find((row) => row[1] === '4')?.[0]
    expect(fact('Lens strategy', 'Furthest from the agreed score today')).toBe(
      `${liLabel} (1 level away)`,
    )
    for (const option of ['Today', 'Target', 'Personal gap']) {
      await user.click(screen.getByRole('radio', { name: option }))
      for (const name of PEOPLE) {
        for (const part of name.split(' ')) expect(container.textContent).not.toContain(part)
      }
    }
  })

  it('shows no rating, note or name before anything is revealed', () => {
    const { container } = renderView({
      ...KNOWN_ROOM,
      consensus: [
        ['strategy', 'current', 3, false],
        ['strategy', 'target', 4, false],
      ],
    })
    expect(
      screen.getByText(
        "Nothing revealed yet. Each person's ratings appear here once they are revealed for a lens.",
      ),
    ).toBeTruthy()
    expect(screen.queryByRole('table')).toBeNull()
    expect(container.textContent).not.toMatch(/[1-5]|Secret|Amara/)
  })

  it('never shows the notes people wrote with their ratings', () => {
    const { container } = renderView()
    expect(container.textContent).not.toContain('Secret note')
  })

  // Axe is slow in a test DOM: one test per room, a generous timeout.
  it('has no accessibility violations in every switch position', { timeout: 20_000 }, async () => {
    const { user, container } = renderView()
    for (const option of ['Today', 'Target', 'Personal gap']) {
      await user.click(screen.getByRole('radio', { name: option }))
      expect(await axeViolations(container)).toEqual([])
    }
  })

  it('has no accessibility violations in an anonymous workshop', { timeout: 20_000 }, async () => {
    const { container } = renderView({ ...KNOWN_ROOM, anonymous: true })
    expect(await axeViolations(container)).toEqual([])
  })

  it('has no accessibility violations before anything is revealed', async () => {
    const { container } = renderView({ people: PEOPLE })
    expect(await axeViolations(container)).toEqual([])
  })
})
