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
import { Button } from '../../ui/Button'
import { TemplateTextField } from './edit/TemplateTextField'
import { useTemplateEditTarget } from './edit/templateEditTarget'
import { WrittenPromptAdder } from './edit/WrittenPromptAdder'
import { lensProblem, promptProblem, type FieldProblems } from './templateFieldProblems'

interface Props {
  lens: LensDefinition
  lensIndex: number
  problems: FieldProblems
  readOnly: boolean
  /** A new prompt is written before it is added (a workshop's copy), not added blank. */
  addWritten?: boolean
}

export function PromptsEditor({ lens, lensIndex, problems, readOnly, addWritten }: Props) {
  const { t } = useTranslation()
  const target = useTemplateEditTarget()
  const structure = { kind: 'structure' } as const
  const restructure = (change: Parameters<typeof target.edit>[0]) =>
    void target.edit(change, structure)
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
              <TemplateTextField
                label={t('templates.editor.prompt', { position })}
                value={prompt}
                readOnly={readOnly}
                multiline
                error={problems.at(promptProblem(lensIndex, index))}
                editKey={`prompt:${lens.id}:${index}`}
                change={(tpl, value) => updatePrompt(tpl, lens.id, index, value)}
              />
              {!readOnly && (
                <div className="template-prompts__actions">
                  <Button
                    variant="quiet"
                    disabled={index === 0}
                    onClick={() => restructure((tpl) => movePrompt(tpl, lens.id, index, index - 1))}
                  >
                    {t('templates.editor.promptUp', { position })}
                  </Button>
                  <Button
                    variant="quiet"
                    disabled={index === lens.prompts.length - 1}
                    onClick={() => restructure((tpl) => movePrompt(tpl, lens.id, index, index + 1))}
                  >
                    {t('templates.editor.promptDown', { position })}
                  </Button>
                  <Button
                    variant="quiet"
                    onClick={() => restructure((tpl) => removePrompt(tpl, lens.id, index))}
                  >
                    {t('templates.editor.removePrompt', { position })}
                  </Button>
                </div>
              )}
            </li>
          )
        })}
      </ol>
      {!readOnly && addWritten && <WrittenPromptAdder lensId={lens.id} lensTitle={lens.title} />}
      {!readOnly && !addWritten && (
        <Button onClick={() => restructure((tpl) => addPrompt(tpl, lens.id))}>
          {t('templates.editor.addPrompt')}
        </Button>
      )}
    </fieldset>
  )
}
