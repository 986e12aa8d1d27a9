/**
 * The words for the codes the map's drafts are refused with (TeamDraftErrors and the others),
 * with the limit a too-long text broke, so each form shows the reason next to its field.
 */
import { useTranslation } from 'react-i18next'
import { MAP_LIMITS } from '@shared/domain'

export type FieldProblem =
  | 'required'
  | 'tooLong'
  | 'duplicate'
  | 'invalid'
  | 'unknownLens'
  | 'sameTeam'
  | 'unknownTeam'
  | 'tooMany'

const MAX_LENGTH = {
  name: MAP_LIMITS.nameMaxLength,
  scope: MAP_LIMITS.scopeMaxLength,
  note: MAP_LIMITS.noteMaxLength,
  purpose: MAP_LIMITS.purposeMaxLength,
  cadence: MAP_LIMITS.cadenceMaxLength,
} as const

export type LimitedField = keyof typeof MAX_LENGTH

/** `field` names the limit of a tooLong; `ends` words a duplicate as an interaction's. */
export function useProblemText() {
  const { t } = useTranslation()
  return (problem: FieldProblem | undefined, field?: LimitedField | 'ends'): string | undefined => {
    switch (problem) {
      case undefined:
        return undefined
      case 'required':
        return t('teammap.forms.errors.required')
      case 'tooLong':
        return t('teammap.forms.errors.tooLong', {
          max: field && field !== 'ends' ? MAX_LENGTH[field] : MAP_LIMITS.nameMaxLength,
        })
      case 'duplicate':
        return field === 'ends'
          ? t('teammap.forms.errors.duplicateInteraction')
          : t('teammap.forms.errors.duplicate')
      case 'invalid':
        return t('teammap.forms.errors.invalidSize', { max: MAP_LIMITS.maxTeamSize })
      case 'unknownLens':
        return t('teammap.forms.errors.unknownLens')
      case 'sameTeam':
        return t('teammap.forms.errors.sameTeam')
      case 'unknownTeam':
        return t('teammap.forms.errors.unknownTeam')
      case 'tooMany':
        return t('teammap.forms.tooMany')
    }
  }
}
