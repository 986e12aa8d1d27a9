/**
 * The screens loaded the first time they are visited, not at start: the home screen opens on a
 * small bundle, and each workshop part (the map's graph layout, the report, the charts) comes
 * from local disk in its own chunk when the facilitator first goes there.
 */
import { lazy, type ComponentType } from 'react'

/** React.lazy for a module's named export, so screens keep their names. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- React.lazy's own bound; props stay typed through M[K]
function named<M extends Record<K, ComponentType<any>>, K extends keyof M>(
  load: () => Promise<M>,
  name: K,
) {
  return lazy(async () => ({ default: (await load())[name] }))
}

export const BackupsScreen = named(() => import('../files/BackupsScreen'), 'BackupsScreen')
export const TemplatesScreen = named(
  () => import('../templates/TemplatesScreen'),
  'TemplatesScreen',
)
export const TemplateEditorScreen = named(
  () => import('../templates/TemplateEditorScreen'),
  'TemplateEditorScreen',
)
export const WorkshopLayout = named(() => import('../workshop/WorkshopLayout'), 'WorkshopLayout')
export const PreparePage = named(() => import('../prepare/PreparePage'), 'PreparePage')
export const FacilitateScreen = named(
  () => import('../facilitate/shell/FacilitateScreen'),
  'FacilitateScreen',
)
export const CompareScreen = named(() => import('../compare/CompareScreen'), 'CompareScreen')
export const MapScreen = named(() => import('../teammap/MapScreen'), 'MapScreen')
export const CommitScreen = named(() => import('../commit/CommitScreen'), 'CommitScreen')
export const PresenterScreen = named(() => import('../present/PresenterScreen'), 'PresenterScreen')
export const PrintScreen = named(() => import('../report/PrintScreen'), 'PrintScreen')
