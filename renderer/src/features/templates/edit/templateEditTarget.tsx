/**
 * Where the lens editor's edits go. In the library they go to the template editor's store, which
 * may hold a half-written template and never refuses. In Prepare they go to the open workshop's
 * own copy, which refuses an edit that would leave it incomplete and says why. The lens, prompt
 * and level fields are the same components either way; only this target differs.
 */
import { createContext, useContext, useMemo, type ReactNode } from 'react'
import type { Template } from '@shared/domain'
import { useTemplateActions } from '../../../store/context'
import type { EditOptions } from '../../../store/templatesStore'

export interface TemplateEditTarget {
  /** Applies one edit; resolves to the sentence saying why it was refused, or null when taken. */
  edit(change: (template: Template) => Template, options: EditOptions): Promise<string | null>
  /** Leaving a field ends its run of typing (one undo step) and writes what is waiting. */
  leaveField(): void
}

const TargetContext = createContext<TemplateEditTarget | null>(null)

export function TemplateEditTargetProvider({
  target,
  children,
}: {
  target: TemplateEditTarget
  children: ReactNode
}) {
  return <TargetContext.Provider value={target}>{children}</TargetContext.Provider>
}

/** The template editor's store as a target: every edit is taken, problems are shown, not refused. */
export function useLibraryEditTarget(): TemplateEditTarget {
  const actions = useTemplateActions()
  return useMemo(
    () => ({
      edit: (change, options) => {
        actions.edit(change, options)
        return Promise.resolve(null)
      },
      leaveField: () => {
        actions.endTypingRun()
        void actions.flush()
      },
    }),
    [actions],
  )
}

export function useTemplateEditTarget(): TemplateEditTarget {
  const target = useContext(TargetContext)
  if (!target) throw new Error('useTemplateEditTarget needs a TemplateEditTargetProvider')
  return target
}
