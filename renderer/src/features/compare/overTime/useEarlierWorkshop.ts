/**
 * Choosing the earlier workshop to compare with: one from the list, or a session file brought in
 * from elsewhere. Either way its agreed scores are copied into this workshop in one undoable
 * edit; a file is only read, never imported as a workshop of its own. Anything that cannot be
 * used comes back as a sentence and changes nothing.
 */
import { useMemo } from 'react'
import { earlierWorkshopOf, type WorkshopSnapshot } from '@shared/domain'
import { parseSessionFile } from '@shared/schema/sessionFile'
import { t } from '../../../i18n'
import { platform } from '../../../platform'
import { useServices, useWorkshopEdits } from '../../../store/context'
import { failureReason } from '../../../i18n/failureReason'
import { fileRefusalWords } from '../../../i18n/sharedWords'

export type PickOutcome =
  { ok: true } | { ok: false; cancelled: true } | { ok: false; problem: string }

const CANCELLED: PickOutcome = { ok: false, cancelled: true }

export function useEarlierWorkshop() {
  const services = useServices()
  const edits = useWorkshopEdits()

  return useMemo(() => {
    async function keep(source: WorkshopSnapshot, fromList: boolean): Promise<PickOutcome> {
      const open = services.workshop.store.getState().data?.workshop
      if (open && source.workshop.id === open.id)
        return { ok: false, problem: t('compare.overTime.sameWorkshop') }
      const earlier = earlierWorkshopOf(source, fromList, services.records.now())
      const outcome = await edits.updateWorkshop({ earlier })
      return outcome.ok ? { ok: true } : { ok: false, problem: t('compare.overTime.writeFailed') }
    }

    return {
      async fromList(workshopId: string): Promise<PickOutcome> {
        try {
          return await keep(await services.repositories.snapshots.readSnapshot(workshopId), true)
        } catch (error) {
          return {
            ok: false,
            problem: t('compare.overTime.readFailed', { reason: failureReason(error) }),
          }
        }
      },

      async fromFile(): Promise<PickOutcome> {
        let opened
        try {
          opened = await platform.openSessionFile()
        } catch (error) {
          return { ok: false, problem: failureReason(error) }
        }
        if (!opened.opened) return CANCELLED
        const parsed = parseSessionFile(opened.contents, fileRefusalWords())
        if (!parsed.ok)
          return {
            ok: false,
            problem: t('compare.overTime.fileRefused', {
              fileName: opened.fileName,
              detail: parsed.error.detail,
            }),
          }
        return keep(parsed.snapshot, false)
      },

      async clear(): Promise<PickOutcome> {
        const outcome = await edits.updateWorkshop({ earlier: null })
        return outcome.ok ? { ok: true } : { ok: false, problem: t('compare.overTime.writeFailed') }
      },
    }
  }, [services, edits])
}
