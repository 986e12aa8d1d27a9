/**
 * The screen shown instead of the app when a newer Vantage saved the data: one main landmark,
 * its heading and the sentences saying nothing is lost and what to do; and in the desktop app,
 * a quit that does not wait for edits this screen cannot have.
 */
import { cleanup, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { NewerDataScreen } from '../../../../../renderer/src/features/app/NewerDataScreen'
import { platform } from '../../../../../renderer/src/platform'
import { axeViolations } from '../../axe'
import { installDesktop } from '../../fakeDesktop'

installDesktop()

afterEach(() => {
  cleanup()
  vi.restoreAllMocks()
})

describe('NewerDataScreen', () => {
  it('says the data is a newer version’s, that this one leaves it alone, and what to do', async () => {
    const { container } = render(<NewerDataScreen />)

    const main = screen.getByRole('main', {
      name: 'This data was saved by a newer version of Vantage',
    })
    expect(
      screen.getByRole('heading', {
        level: 1,
        name: 'This data was saved by a newer version of Vantage',
      }),
    ).toBeTruthy()
    expect(main.textContent).toContain(
      'This version of Vantage will not open it or change it, so nothing is lost.',
    )
    expect(main.textContent).toContain('install the newer version of Vantage again')
    expect(main.textContent).toContain('Your workshops are untouched')
    // Which version this is, so the facilitator can tell which one to install again.
    expect(await screen.findByText('This is Vantage 0.0.0-test.')).toBeTruthy()
    expect(screen.queryAllByRole('button')).toEqual([])
    expect(await axeViolations(container)).toEqual([])
  })

  it('gives the desktop app its word to quit at once, having nothing to save', async () => {
    const onPrepareToQuit = vi.spyOn(platform.desktop!, 'onPrepareToQuit')
    render(<NewerDataScreen />)

    expect(onPrepareToQuit).toHaveBeenCalledTimes(1)
    await expect(onPrepareToQuit.mock.calls[0]![0]()).resolves.toBeUndefined()
  })
})
