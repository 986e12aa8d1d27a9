// The presenter's address, from the facilitator's page to the projector's screen: any id a
// session file may carry, put into the page's hash by the browser presenter, reaches the
// presenter screen whole through the app's own router and route table.
import { act, cleanup, render, screen } from '@testing-library/react'
import fc from 'fast-check'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { workshopSchema } from '@shared/schema/sessionSchema'
import type { VantageDatabase } from '../../../../../renderer/src/db'
import { App } from '../../../../../renderer/src/features/app/App'
import { PresenterScreen } from '../../../../../renderer/src/features/app/lazyScreens'
import { presenterPageUrl } from '../../../../../renderer/src/platform/webPresenter'
import { createAppServices } from '../../../../../renderer/src/store/appServices'
import { ServicesProvider } from '../../../../../renderer/src/store/context'
import { workshopIdCandidate } from '../../../shared/ipc/workshopIdArbitrary'
import { dropDatabase, freshDatabase } from '../../helpers'

// Stands in for the screen, to show the id the route handed it.
vi.mock('../../../../../renderer/src/features/present/PresenterScreen', () => ({
  PresenterScreen: ({ workshopId }: { workshopId: string }) => (
    <output aria-label="Presenting">{JSON.stringify(workshopId)}</output>
  ),
}))

let db: VantageDatabase

function showApp(id: string) {
  window.history.replaceState(
    null,
    '',
    presenterPageUrl(id, `${window.location.origin}/index.html`),
  )
  render(
    <ServicesProvider services={createAppServices(db)}>
      <App />
    </ServicesProvider>,
  )
}

beforeAll(async () => {
  db = freshDatabase()
  // As at start-up on the presenter's route: its screen is loaded before the first render.
  await PresenterScreen.preload()
})

afterEach(() => {
  cleanup()
  window.history.replaceState(null, '', '/')
})

afterAll(async () => {
  await dropDatabase(db)
})

function presenting(id: string): string {
  act(() => showApp(id))
  const shown = screen.getByRole('status', { name: 'Presenting' }).textContent ?? ''
  cleanup()
  return JSON.parse(shown) as string
}

describe('the presenter route', () => {
  it('hands the presenter screen every id a session file may carry, unchanged', () => {
    fc.assert(
      fc.property(
        workshopIdCandidate.filter((id) => workshopSchema.shape.id.safeParse(id).success),
        (id) => {
          expect(presenting(id)).toBe(id)
        },
      ),
      { numRuns: 200 },
    )
  })

  it('keeps ids people type, and the app’s own, as they are', () => {
    for (const id of [
      '3f1b1c9e-4b7a-4f51-9d61-0b0b9d2a6f10',
      'Q3 / offsite #2?',
      '100%',
      '~0041',
    ]) {
      expect(presenting(id), id).toBe(id)
    }
  })

  it('names no workshop when the address was not written by the app', () => {
    window.history.replaceState(null, '', '/index.html#/present/a%2Fb')
    render(
      <ServicesProvider services={createAppServices(db)}>
        <App />
      </ServicesProvider>,
    )
    expect(screen.getByRole('status', { name: 'Presenting' }).textContent).toBe('""')
  })
})
