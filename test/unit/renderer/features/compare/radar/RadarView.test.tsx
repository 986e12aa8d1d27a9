// The compare tab's radar view: the agreed map, the same numbers in its table, overlaying one
// person, anonymity, hidden ratings, and the calm message before anything is agreed.
import { cleanup, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { heatmap, participantRadar } from '@shared/domain'
import { RadarView } from '../../../../../../renderer/src/features/compare/radar/RadarView'
import type { SessionData } from '../../../../../../renderer/src/store/session/sessionData'
import {
  LENS_TITLES,
  PEOPLE,
  agreed,
  axeViolations,
  makeWorkshop,
  room,
  sessionData,
} from '../compareFixture'
import { plottedLevels, radarSvg } from './readRadar'

afterEach(cleanup)

const AXES = LENS_TITLES.length
const CHART_NAME = 'Agreed scores per lens: today and the target'

function show(data: SessionData = room()) {
  const view = render(<RadarView data={data} />)
  return { ...view, user: userEvent.setup() }
}

/** The table as text: one row per lens, keyed by column header. */
function tableRows(): Record<string, string>[] {
  const table = screen.getByRole('table')
  const headers = within(table)
    .getAllByRole('columnheader')
    .map((h) => h.textContent ?? '')
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => {
      const cells = [...row.querySelectorAll('th, td')].map((c) => c.textContent ?? '')
      return Object.fromEntries(headers.map((h, i) => [h, cells[i] ?? '']))
    })
}

/** A table column as the chart would plot it: a level, or null for any words. */
function column(rows: Record<string, string>[], header: string): (number | null)[] {
  return rows.map((row) => {
    const text = row[header]
    if (text === undefined) throw new Error(`no column ${header}`)
    return /^\d$/.test(text) ? Number(text) : null
  })
}

describe('RadarView', () => {
  it('shows the room map under its heading, with the agreed today and target', () => {
    const { container } = show()
    expect(
      screen.getByRole('region', { name: "The room's map: today and the target" }),
    ).toBeTruthy()
    screen.getByRole('img', { name: CHART_NAME })
    const svg = radarSvg(container)
    expect(plottedLevels(svg, 'current', AXES)).toEqual([2, 3, 1, null])
    expect(plottedLevels(svg, 'target', AXES)).toEqual([4, 5, 3, 4])
    const legend = within(screen.getByRole('list')).getAllByRole('listitem')
    expect(legend.map((i) => i.textContent)).toEqual(['Today (agreed)', 'Target (agreed)'])
  })

  it('has a table with exactly the numbers the chart plots, and the gap', () => {
    const { container } = show()
    const svg = radarSvg(container)
    screen.getByRole('table', { name: 'Agreed scores per lens' })
    const rows = tableRows()
    expect(rows.map((r) => r['Lens'])).toEqual(LENS_TITLES.map(([, title]) => title))
    expect(column(rows, 'Today')).toEqual(plottedLevels(svg, 'current', AXES))
    expect(column(rows, 'Target')).toEqual(plottedLevels(svg, 'target', AXES))
    expect(rows.map((r) => r['Today'])[3]).toBe('Not agreed')
    expect(rows.map((r) => r['Gap'])).toEqual(['+2', '+2', '+2', 'No gap yet'])
    expect(screen.getAllByRole('rowheader').map((h) => h.textContent)).toHaveLength(AXES)
  })

  it('offers nobody, then each person in the room in the facilitator’s order', () => {
    show()
    const select = screen.getByRole('combobox', { name: 'Overlay a person' })
    expect(
      within(select)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Nobody', 'Amara Okafor', 'Jonas Weber', 'Li Chen'])
    expect((select as HTMLSelectElement).value).toBe('')
  })

  it('overlays the chosen person’s own revealed ratings on the chart and in the table', async () => {
    const { container, user } = show()
    await user.selectOptions(screen.getByRole('combobox', { name: 'Overlay a person' }), [
      'Amara Okafor',
    ])
    screen.getByRole('img', { name: `${CHART_NAME}, with Amara Okafor's own` })
    const svg = radarSvg(container)
    // Unsure on delivery today and Leadership today still hidden: no point for either.
    expect(plottedLevels(svg, 'person-current', AXES)).toEqual([1, 4, null, null])
    expect(plottedLevels(svg, 'person-target', AXES)).toEqual([5, 4, 2, 3])
    const legend = within(screen.getByRole('list')).getAllByRole('listitem')
    expect(legend.map((i) => i.textContent)).toEqual([
      'Today (agreed)',
      'Target (agreed)',
      'Amara Okafor: today',
      'Amara Okafor: target',
    ])
    screen.getByRole('table', { name: "Agreed scores per lens, with Amara Okafor's own" })
    const rows = tableRows()
    expect(column(rows, 'Amara Okafor: today')).toEqual(plottedLevels(svg, 'person-current', AXES))
    expect(column(rows, 'Amara Okafor: target')).toEqual(plottedLevels(svg, 'person-target', AXES))
    expect(rows.map((r) => r['Amara Okafor: today'])).toEqual(['1', '4', 'Unsure', 'No score'])
  })

  it('never shows a rating the room has not seen', async () => {
    const { container, user } = show()
    await user.selectOptions(screen.getByRole('combobox', { name: 'Overlay a person' }), [
      'Amara Okafor',
    ])
    // Amara rated Leadership today 5, but that state is not revealed.
    const leadership = tableRows()[3]
    expect(leadership?.['Amara Okafor: today']).toBe('No score')
    expect(plottedLevels(radarSvg(container), 'person-current', AXES)[3]).toBeNull()
  })

  it('goes back to the room alone when Nobody is chosen', async () => {
    const { container, user } = show()
    const select = screen.getByRole('combobox', { name: 'Overlay a person' })
    await user.selectOptions(select, ['Jonas Weber'])
    expect(container.querySelector('[data-series="person-current"]')).not.toBeNull()
    await user.selectOptions(select, ['Nobody'])
    expect(container.querySelector('[data-series^="person"]')).toBeNull()
    expect(Object.keys(tableRows()[0] ?? {})).toEqual(['Lens', 'Today', 'Target', 'Gap'])
  })

  it('drops the overlay when the person leaves the room', async () => {
    const { container, user, rerender } = show()
    await user.selectOptions(screen.getByRole('combobox', { name: 'Overlay a person' }), [
      'Li Chen',
    ])
    const { amara, jonas } = PEOPLE
    rerender(<RadarView data={room({ participants: [amara, jonas] })} />)
    expect(container.querySelector('[data-series^="person"]')).toBeNull()
    expect((screen.getByRole('combobox') as HTMLSelectElement).value).toBe('')
  })

  describe('in an anonymous workshop', () => {
    const anonymous = () => room({ workshop: makeWorkshop({ anonymous: true }) })

    it('calls people Person 1, 2, 3 and shows no name anywhere', async () => {
      const data = anonymous()
      const { container, user } = show(data)
      const select = screen.getByRole('combobox', { name: 'Overlay a person' })
      expect(
        within(select)
          .getAllByRole('option')
          .map((o) => o.textContent),
      ).toEqual(['Nobody', 'Person 1', 'Person 2', 'Person 3'])
      await user.selectOptions(select, ['Person 1'])
      screen.getByRole('columnheader', { name: 'Person 1: today' })
      const text = container.textContent ?? ''
      for (const p of data.participants) {
        expect(text).not.toContain(p.name)
        expect(text).not.toContain(p.name.split(' ')[0])
      }
      expect(document.body.innerHTML).not.toMatch(/Amara|Jonas|Li Chen/)
    })

    it('Person 1 is the first person of the room order, on the chart and in the table', async () => {
      const data = anonymous()
      const { container, user } = show(data)
      await user.selectOptions(screen.getByRole('combobox', { name: 'Overlay a person' }), [
        'Person 1',
      ])
      const first = heatmap(data)[0]?.participantId ?? ''
      const own = participantRadar(data, first)
      const svg = radarSvg(container)
      expect(plottedLevels(svg, 'person-current', AXES)).toEqual(own.map((p) => p.current))
      expect(plottedLevels(svg, 'person-target', AXES)).toEqual(own.map((p) => p.target))
      expect(column(tableRows(), 'Person 1: target')).toEqual(own.map((p) => p.target))
    })
  })

  it('says so calmly, with no empty chart, before any lens has an agreed score', async () => {
    const { container } = show(
      room({ consensus: [agreed('strategy', 'current', null), agreed('people', 'target', null)] }),
    )
    screen.getByText(/No lens has an agreed score yet/)
    expect(screen.queryByRole('img')).toBeNull()
    expect(screen.queryByRole('table')).toBeNull()
    expect(await axeViolations(container)).toEqual([])
  })

  it('says the agenda has no lenses when there is nothing to map', () => {
    show(sessionData({ workshop: makeWorkshop({ agenda: [] }) }))
    screen.getByText('The agenda has no lenses yet, so there is nothing to map.')
    expect(screen.queryByRole('img')).toBeNull()
  })

  it('shows a lens agreed on only one side, with no gap', () => {
    const { container } = show(room({ consensus: [agreed('discovery', 'target', 4)] }))
    const svg = radarSvg(container)
    expect(plottedLevels(svg, 'current', AXES)).toEqual([null, null, null, null])
    expect(plottedLevels(svg, 'target', AXES)).toEqual([null, 4, null, null])
    expect(tableRows()[1]).toMatchObject({ Today: 'Not agreed', Target: '4', Gap: 'No gap yet' })
  })

  it('has no accessibility violations, with a person overlaid', async () => {
    const { container, user } = show()
    expect(await axeViolations(container)).toEqual([])
    await user.selectOptions(screen.getByRole('combobox', { name: 'Overlay a person' }), [
      'Amara Okafor',
    ])
    expect(await axeViolations(container)).toEqual([])
  })
})
