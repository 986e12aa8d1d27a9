/** Renders a screen the way the app does: real services over a database, inside a router. */
import { render } from '@testing-library/react'
import type { ReactNode } from 'react'
import { Router } from 'wouter'
import { memoryLocation } from 'wouter/memory-location'
import { createAppServices, type AppServices } from '../../../renderer/src/store/appServices'
import { SessionImportProvider } from '../../../renderer/src/features/files/SessionImportProvider'
import { ServicesProvider } from '../../../renderer/src/store/context'

export function renderWithServices(ui: ReactNode, services: AppServices, path = '/') {
  const location = memoryLocation({ path, record: true })
  const result = render(
    <ServicesProvider services={services}>
      <Router hook={location.hook}>
        <SessionImportProvider>{ui}</SessionImportProvider>
      </Router>
    </ServicesProvider>,
  )
  return { ...result, location }
}

export { createAppServices }
