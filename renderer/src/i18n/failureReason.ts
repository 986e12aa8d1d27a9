/**
 * The reason a failure gives the facilitator, in their language: a platform problem (main's or
 * the browser's) by its code, a storage refusal by its kind. Only an error nobody foresaw keeps
 * its own words, inside a translated sentence, because they are all anyone knows about it.
 */
import { reasonOf } from '@shared/errors'
import type { MainProblem } from '@shared/ipc'
import { storageRefusalOf } from '../db/storageRefusal'
import { PlatformError } from '../platform/types'
import { t } from './index'

/** The words for one problem, as main or the browser reported it. */
export function problemReason(problem: MainProblem, detail = ''): string {
  const values = {
    sizeMb: problem.sizeMb ?? 0,
    limitMb: problem.limitMb ?? 0,
    osCode: problem.osCode ?? '?',
    detail: detail || '?',
  }
  const document = problem.document ?? 'session'
  switch (problem.code) {
    case 'fileTooLarge':
    case 'notText':
    case 'tooLargeToSave':
      return t(`problems.${problem.code}.${document}`, values)
    default:
      return t(`problems.${problem.code}`, values)
  }
}

/** The reason for any failure, said in the app's language. */
export function failureReason(error: unknown): string {
  if (error instanceof PlatformError) return problemReason(error.problem, error.message)
  const refusal = storageRefusalOf(error)
  if (refusal === 'full') return t('problems.storageFull')
  if (refusal === 'unavailable') return t('problems.storageUnavailable')
  return t('problems.unexpected', { detail: reasonOf(error) })
}
