/**
 * Modal dialogs, as every screen uses them. A closed dialog renders nothing, so the Radix code
 * that draws an open one (dialogFrames.tsx) stays out of the first screen's bundle; start-up
 * fetches it alongside the first screen without waiting for it (main.tsx). A dialog opened
 * before that code is here shows as soon as it arrives.
 */
import { Suspense } from 'react'
import { lazyComponent } from './lazyComponent'
import type { ConfirmDialogProps, DialogProps } from './dialogFrames'

const load = () => import('./dialogFrames')
const DialogFrame = lazyComponent(load, 'DialogFrame')
const ConfirmDialogFrame = lazyComponent(load, 'ConfirmDialogFrame')

/** Loads the code of open dialogs; resolves when it is here. */
export function preloadDialogs(): Promise<void> {
  return Promise.all([DialogFrame.preload(), ConfirmDialogFrame.preload()]).then(() => undefined)
}

export function Dialog(props: DialogProps) {
  if (!props.open) return null
  return (
    <Suspense fallback={null}>
      <DialogFrame {...props} />
    </Suspense>
  )
}

/** A question that needs an answer before anything irreversible-looking happens. */
export function ConfirmDialog(props: ConfirmDialogProps) {
  if (!props.open) return null
  return (
    <Suspense fallback={null}>
      <ConfirmDialogFrame {...props} />
    </Suspense>
  )
}
