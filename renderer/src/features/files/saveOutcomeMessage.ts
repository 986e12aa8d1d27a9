/** The plain sentence that says where a saved file went, or that nothing was saved. */
import type { SaveOutcome } from '@shared/ipc'
import { t } from '../../i18n'
import { platform } from '../../platform'

export function saveOutcomeMessage(outcome: SaveOutcome, kind: 'file' | 'pdf'): string {
  if (!outcome.saved) return t('files.status.cancelled')
  if (kind === 'pdf' && platform.kind === 'browser') return t('files.status.pdfOpened')
  if (platform.kind === 'browser')
    return t('files.status.downloaded', { fileName: outcome.fileName ?? '' })
  return t('files.status.saved', { fileName: outcome.fileName ?? '' })
}
