/**
 * The screens whose code is not in the first screen's bundle: the home screen opens on a small
 * bundle, and each workshop part (the map's graph layout, the report, the charts) comes from
 * local disk in its own chunk. A screen is loaded before it is first shown, never while the
 * facilitator waits: the start route's screens before the first render, every other screen just
 * after it (ui/lazyComponent.ts says why a screen whose code is here never suspends). Each comes
 * with the words it shows, which the first screen's bundle does not carry either.
 */
import { PRESENTER_ROUTE } from '@shared/ipc/routeIds'
import { loadLaterWords } from '../../i18n'
import { lazyComponent, type LazyComponent } from '../../ui/lazyComponent'
import { printRequest, type PrintRequest } from '../report/printRequest'

/** A screen drawn once its code and the later screens' words are both here. */
const screen: typeof lazyComponent = (load, name) =>
  lazyComponent(() => Promise.all([load(), loadLaterWords()]).then(([module]) => module), name)

/** What the route lists need of a screen: only its loading. */
type Preloadable = Pick<LazyComponent<never>, 'preload'>

export const BackupsScreen = screen(() => import('../files/BackupsScreen'), 'BackupsScreen')
export const TemplatesScreen = screen(
  () => import('../templates/TemplatesScreen'),
  'TemplatesScreen',
)
export const TemplateEditorScreen = screen(
  () => import('../templates/TemplateEditorScreen'),
  'TemplateEditorScreen',
)
export const WorkshopLayout = screen(() => import('../workshop/WorkshopLayout'), 'WorkshopLayout')
export const PreparePage = screen(() => import('../prepare/PreparePage'), 'PreparePage')
export const FacilitateScreen = screen(
  () => import('../facilitate/shell/FacilitateScreen'),
  'FacilitateScreen',
)
export const CompareScreen = screen(() => import('../compare/CompareScreen'), 'CompareScreen')
export const MapScreen = screen(() => import('../teammap/MapScreen'), 'MapScreen')
export const CommitScreen = screen(() => import('../commit/CommitScreen'), 'CommitScreen')
export const PresenterScreen = screen(() => import('../present/PresenterScreen'), 'PresenterScreen')
export const PrintScreen = screen(() => import('../report/PrintScreen'), 'PrintScreen')

const WORKSHOP_PARTS: Record<string, Preloadable> = {
  run: FacilitateScreen,
  compare: CompareScreen,
  map: MapScreen,
  commit: CommitScreen,
}

/** The screens a route shows (`/workshops/w1/map/target`), so they can be loaded before it is. */
export function screensOf(route: string): Preloadable[] {
  const [first, second, third] = route.replace(/^#?\/?/, '').split(/[/?]/)
  if (first === 'print') return [PrintScreen]
  if (first === PRESENTER_ROUTE.split('/')[1]) return [PresenterScreen]
  if (first === 'backups') return [BackupsScreen]
  if (first === 'templates') return [second ? TemplateEditorScreen : TemplatesScreen]
  if (first === 'workshops' && second)
    return [WorkshopLayout, (third && WORKSHOP_PARTS[third]) || PreparePage]
  return []
}

const ALL_SCREENS: Preloadable[] = [
  WorkshopLayout,
  PreparePage,
  FacilitateScreen,
  CompareScreen,
  MapScreen,
  CommitScreen,
  TemplatesScreen,
  TemplateEditorScreen,
  BackupsScreen,
  PresenterScreen,
  PrintScreen,
]

/**
 * The workshop a start route prints, so its read can begin while the print screen's code loads
 * (the print window is opened only to make a PDF, and every millisecond there is waiting).
 */
/** What a print route asks for (its workshop, paper and language), or null off the print route. */
export function printedRequest(route: string): PrintRequest | null {
  const match = /^#?\/?print\/([^/]+)/.exec(route)
  if (!match) return null
  const query = route.includes('?') ? route.slice(route.indexOf('?')) : ''
  return printRequest(match[1]!, query, '')
}

/** Loads the route's screens; resolves when they are here (a failed load shows up on render). */
export async function preloadRoute(route: string): Promise<void> {
  await Promise.all(screensOf(route).map((screen) => screen.preload().catch(() => undefined)))
}

/** An opened file or a new workshop lands on its Prepare page: load it while the work goes on. */
export function preloadWorkshopScreens(): Promise<void> {
  return preloadRoute('/workshops/any')
}

/** Loads every other screen, one after another, so none competes with what is on screen. */
export async function preloadEveryScreen(): Promise<void> {
  for (const screen of ALL_SCREENS) await screen.preload().catch(() => undefined)
}
