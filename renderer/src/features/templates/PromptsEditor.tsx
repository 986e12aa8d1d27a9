/**
 * A lens's discussion prompts: edit, add, remove and move up or down. The 3-to-6 rule is told,
 * not enforced, so a facilitator can rework a lens in any order and see what is left to fix.
 */
import { useTranslation } from 'react-i18next'
import {
  addPrompt,
  EDITOR_RULES,
  movePrompt,
  removePrompt,
  updatePrompt,
  type LensDefinition,
} from '@shared/domain'
import { useTemplateActions } from '../../store/context'
import { Button } from '../../ui/Button'
import { TextField } from '../../ui/TextField'
import { lensProblem, promptProblem, type FieldProblems } from './templateFieldProblems'
import { useTemplateFieldEdit } from './useTemplateFieldEdit'

interface Props {
  lens: LensDefinition
  lensIndex: number
  problems: FieldProblems
  readOnly: boolean
}

export function PromptsEditor({ lens, lensIndex, problems, readOnly }: Props) {
  const { t } = useTranslation()
  const actions = useTemplateActions()
  const field = useTemplateFieldEdit()
  const structure = { kind: 'structure' } as const
  const countProblem = problems.at(lensProblem(lensIndex, 'prompts'))
  return (
    <fieldset className="template-prompts">
      <legend>{t('templates.editor.prompts')}</legend>
      <p className="field__hint">
        {t('templates.editor.promptsHint', {
          min: EDITOR_RULES.minPrompts,
          max: EDITOR_RULES.maxPrompts,
        })}
      </p>
      {countProblem && (
        <p className="field__error" role="alert">
          {countProblem}
        </p>
      )}
      <ol className="template-prompts__list">
        {lens.prompts.map((prompt, index) => {
          const position = index + 1
          return (
            <li key={index} className="template-prompts__item">
              <TextField
                label={t('templates.editor.prompt', { position })}
                value={prompt}
                readOnly={readOnly}
                error={problems.at(promptProblem(lensIndex, index))}
                {...(readOnly
                  ? {}
                  : field(`prompt:${lens.id}:${index}`, (tpl, value) =>
                      updatePrompt(tpl, lens.id, index, value),
                    ))}
              />
              {!readOnly && (
                <div className="template-prompts__actions">
                  <Button
                    variant="quiet"
                    disabled={index === 0}
                    onClick={() =>
                      actions.edit((tpl) => movePrompt(tpl, lens.id, index, index - 1), structure)
                    }
                  >
                    {t('templates.editor.promptUp', { position })}
                  </Button>
                  <Button
                    variant="quiet"
                    disabled={index === lens.prompts.length - 1}
                    onClick={() =>
                      actions.edit((tpl) => movePrompt(tpl, lens.id, index, index + 1), structure)
                    }
                  >
                    {t('templates.editor.promptDown', { position })}
                  </Button>
                  <Button
                    variant="quiet"
                    onClick={() =>
                      actions.edit((tpl) => removePrompt(tpl, lens.id, index), structure)
                    }
                  >
                    {t('templates.editor.removePrompt', { position })}
                  </Button>
                </div>
              )}
            </li>
          )
        })}
      </ol>
      {!readOnly && (
        <Button onClick={() => actions.edit((tpl) => addPrompt(tpl, lens.id), structure)}>
          {t('templates.editor.addPrompt')}
        </Button>
      )}
    </fieldset>
  )
}
