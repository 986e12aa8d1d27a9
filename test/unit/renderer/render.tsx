/** Renders a screen the way the app does: real services over a database, inside a router. */
import { render } from '@testing-library/react'
import type { ReactNode } from 'react'
import { Router } from 'wouter'
import { memoryLocation } from 'wouter/memory-location'
import { createAppServices, type AppServices } from '../../../renderer/src/store/appServices'
import { FileImports } from '../../../renderer/src/features/files/FileImports'
import { ServicesProvider } from '../../../renderer/src/store/context'

export function renderWithServices(ui: ReactNode, services: AppServices, path = '/') {
  const location = memoryLocation({ path, record: true })
  const result = render(
    <ServicesProvider services={services}>
      <Router hook={location.hook}>
        <FileImports>{ui}</FileImports>
      </Router>
    </ServicesProvider>,
  )
  return { ...result, location }
}

export { createAppServices }
