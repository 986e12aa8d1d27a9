// The presenter in a browser: one named pop-up of this same page on the present route, refused
// plainly when the browser blocks it, and closed through the handle it gave.
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest'
import { createWebPlatform } from '../../../../renderer/src/platform/web'
import {
  presenterPageUrl,
  PRESENTER_WINDOW_NAME,
} from '../../../../renderer/src/platform/webPresenter'
import { PlatformError } from '../../../../renderer/src/platform/types'

const WORKSHOP = '3f1b1c9e-4b7a-4f51-9d61-0b0b9d2a6f10'

/** A pop-up as window.open hands it back: closable, focusable, and closed when the user says. */
function popup() {
  const handle = {
    closed: false,
    focus: vi.fn(),
    close: vi.fn(() => {
      handle.closed = true
    }),
  }
  return handle
}

let open: MockInstance<typeof window.open>

beforeEach(() => {
  open = vi.spyOn(window, 'open')
  window.history.replaceState(null, '', '/app/index.html?autoprint=1#/workshops/w9')
})

afterEach(() => {
  vi.restoreAllMocks()
  window.history.replaceState(null, '', '/')
})

describe('presenterPageUrl', () => {
  it('is this page on the present route, the query and the old hash dropped', () => {
    expect(presenterPageUrl(WORKSHOP, 'https://vantage.example/app/index.html?x=1#/home')).toBe(
      `https://vantage.example/app/index.html#/present/${WORKSHOP}`,
    )
  })

  it('keeps whatever the id holds inside one segment of the route', () => {
    const url = presenterPageUrl('a/../b?c#d', 'https://vantage.example/')
    expect(url).toBe('https://vantage.example/#/present/a~002F~002E~002E~002Fb~003Fc~0023d')
  })
})

describe('the presenter in a browser', () => {
  it('opens one named pop-up of the same origin and page on the present route', async () => {
    const handle = popup()
    open.mockReturnValue(handle as unknown as Window)
    const { presenter } = createWebPlatform('1.0.0')
    await expect(presenter.open(WORKSHOP)).resolves.toBeUndefined()
    expect(open).toHaveBeenCalledWith(
      `${window.location.origin}/app/index.html#/present/${WORKSHOP}`,
      PRESENTER_WINDOW_NAME,
      'popup,width=1280,height=720',
    )
    const [url] = open.mock.calls[0] ?? []
    expect(new URL(String(url)).origin).toBe(window.location.origin)
    expect(handle.focus).toHaveBeenCalled()
    await expect(presenter.isOpen()).resolves.toBe(true)
  })

  it('reuses the named pop-up when opened again for another workshop', async () => {
    const handle = popup()
    open.mockReturnValue(handle as unknown as Window)
    const { presenter } = createWebPlatform('1.0.0')
    await presenter.open('w1')
    await presenter.open('w2')
    expect(open.mock.calls.map(([url, name]) => [String(url).split('#')[1], name])).toEqual([
      ['/present/w1', PRESENTER_WINDOW_NAME],
      ['/present/w2', PRESENTER_WINDOW_NAME],
    ])
  })

  it('says so with a PlatformError when the browser blocks the pop-up', async () => {
    open.mockReturnValue(null)
    const { presenter } = createWebPlatform('1.0.0')
    const opening = presenter.open(WORKSHOP)
    await expect(opening).rejects.toBeInstanceOf(PlatformError)
    await expect(opening).rejects.toMatchObject({
      code: 'blocked',
      problem: { code: 'presenterBlocked' },
    })
    await expect(presenter.isOpen()).resolves.toBe(false)
  })

  it('refuses an id no session file may carry, opening nothing', async () => {
    const { presenter } = createWebPlatform('1.0.0')
    for (const id of ['', 'x'.repeat(101)]) {
      await expect(presenter.open(id), id).rejects.toMatchObject({ code: 'invalid-arguments' })
    }
    expect(open).not.toHaveBeenCalled()
  })

  it('closes the pop-up it opened, and is then not open', async () => {
    const handle = popup()
    open.mockReturnValue(handle as unknown as Window)
    const { presenter } = createWebPlatform('1.0.0')
    await presenter.open(WORKSHOP)
    await presenter.close()
    expect(handle.close).toHaveBeenCalledTimes(1)
    await expect(presenter.isOpen()).resolves.toBe(false)
    // A second close has nothing left to close.
    await presenter.close()
    expect(handle.close).toHaveBeenCalledTimes(1)
  })

  it('is not open before anything was opened, nor after the user closed the pop-up', async () => {
    const handle = popup()
    open.mockReturnValue(handle as unknown as Window)
    const { presenter } = createWebPlatform('1.0.0')
    await expect(presenter.isOpen()).resolves.toBe(false)
    await presenter.open(WORKSHOP)
    handle.closed = true
    await expect(presenter.isOpen()).resolves.toBe(false)
  })
})
