import { act, cleanup, render, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { VantageDatabase } from '../../../../renderer/src/db'
import { createAppServices, type AppServices } from '../../../../renderer/src/store/appServices'
import { ServicesProvider } from '../../../../renderer/src/store/context'
import { SaveIndicator } from '../../../../renderer/src/ui/SaveIndicator'
import { dropDatabase, freshDatabase } from '../helpers'

let db: VantageDatabase
let services: AppServices

beforeEach(() => {
  db = freshDatabase()
  services = createAppServices(db)
})

afterEach(async () => {
  cleanup()
  await dropDatabase(db)
})

describe('SaveIndicator', () => {
  it('follows the writes: saved, saving while one is pending, failed after an error, refused while the disk refuses, saved again', async () => {
    render(
      <ServicesProvider services={services}>
        <SaveIndicator />
      </ServicesProvider>,
    )
    const status = screen.getByRole('status')
    expect(status.textContent).toBe('All changes saved')

    let finish!: () => void
    let pending!: Promise<void>
    act(() => {
      pending = services.saveStatus.track(() => new Promise<void>((resolve) => (finish = resolve)))
    })
    expect(status.textContent).toBe('Saving…')

    await act(async () => {
      finish()
      await pending
    })
    expect(status.textContent).toBe('All changes saved')

    await act(async () => {
      await services.saveStatus.track(() => Promise.reject(new Error('disk'))).catch(() => {})
    })
    expect(status.textContent).toBe('The last change could not be saved')

    act(() => services.saveStatus.setRefusal('full'))
    expect(status.textContent).toBe('Not saved yet: trying again')
    act(() => services.saveStatus.setRefusal(null))

    await act(async () => {
      await services.saveStatus.track(() => Promise.resolve())
    })
    expect(status.textContent).toBe('All changes saved')
  })
})
