/** What a refused name says: one wording for adding, renaming and anything else that names people. */
import type { TFunction } from 'i18next'
import { NAME_MAX_LENGTH, normaliseName, type NameProblem } from '@shared/domain'

export function nameMessage(t: TFunction, problem: NameProblem | 'writeFailed', name: string) {
  switch (problem) {
    case 'required':
      return t('prepare.participants.errors.required')
    case 'duplicate':
      return t('prepare.participants.errors.duplicate', { name: normaliseName(name) })
    case 'tooLong':
      return t('prepare.participants.errors.tooLong', { max: NAME_MAX_LENGTH })
    case 'writeFailed':
      return t('prepare.participants.errors.writeFailed')
  }
}
