/** Makes the app's services available to components, and typed selector hooks over them. */
import { createContext, useContext, type ReactNode } from 'react'
import { useStore } from 'zustand'
import type { AppServices } from './appServices'
import { saveStateOf, type SaveState } from './saveStatusStore'
import type { TemplatesState } from './templatesStore'
import type { WorkshopsState } from './workshopsStore'
import type { SessionState } from './session/sessionStore'

const ServicesContext = createContext<AppServices | null>(null)

export function ServicesProvider(props: { services: AppServices; children: ReactNode }) {
  return <ServicesContext value={props.services}>{props.children}</ServicesContext>
}

export function useServices(): AppServices {
  const services = useContext(ServicesContext)
  if (!services) throw new Error('useServices must be used inside ServicesProvider')
  return services
}

export function useWorkshops<T>(selector: (state: WorkshopsState) => T): T {
  return useStore(useServices().workshops.store, selector)
}

export function useWorkshopActions() {
  return useServices().workshops.actions
}

export function useTemplates<T>(selector: (state: TemplatesState) => T): T {
  return useStore(useServices().templates.store, selector)
}

export function useTemplateActions() {
  return useServices().templates.actions
}

export function useSaveState(): SaveState {
  return useStore(useServices().saveStatus.store, saveStateOf)
}

export function useReplacedByNewerVersion(): boolean {
  return useStore(useServices().session, (s) => s.replacedByNewerVersion)
}

/** The open workshop's state, through a selector. */
export function useSession<T>(selector: (state: SessionState) => T): T {
  return useStore(useServices().workshop.store, selector)
}

export function useSessionActions() {
  return useServices().workshop.actions
}

/** The edits of the open workshop: each one saved at once and undoable. */
export function useWorkshopEdits() {
  return useServices().edits
}
