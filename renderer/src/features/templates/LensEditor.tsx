/**
 * One lens of the template being edited: its title, core question, whether it is optional, its
 * prompts and its five levels, each field with the problems that concern it beside it.
 */
import { useTranslation } from 'react-i18next'
import { updateLens, updateLevel, type LensDefinition } from '@shared/domain'
import { useTemplateActions } from '../../store/context'
import { TextField } from '../../ui/TextField'
import { PromptsEditor } from './PromptsEditor'
import { levelProblem, lensProblem, type FieldProblems } from './templateFieldProblems'
import { useTemplateFieldEdit } from './useTemplateFieldEdit'

interface Props {
  lens: LensDefinition
  lensIndex: number
  problems: FieldProblems
  readOnly: boolean
}

export function LensEditor({ lens, lensIndex, problems, readOnly }: Props) {
  const { t } = useTranslation()
  const actions = useTemplateActions()
  const field = useTemplateFieldEdit()
  const edit = readOnly ? () => ({}) : field
  const headingId = `lens-${lensIndex}-heading`
  const titleProblems = [
    problems.at(lensProblem(lensIndex, 'title')),
    problems.at(lensProblem(lensIndex, 'id')),
    problems.at(lensProblem(lensIndex, 'scale')),
  ].filter(Boolean)
  return (
    <section className="template-lens" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {t('templates.editor.lensHeading', {
          position: lensIndex + 1,
          title: lens.title.trim() || t('templates.editor.untitledLens'),
        })}
      </h3>
      <TextField
        label={t('templates.editor.title')}
        value={lens.title}
        readOnly={readOnly}
        error={titleProblems.length > 0 ? titleProblems.join(' ') : undefined}
        {...edit(`title:${lens.id}`, (tpl, title) => updateLens(tpl, lens.id, { title }))}
      />
      <TextField
        label={t('templates.editor.coreQuestion')}
        value={lens.coreQuestion}
        readOnly={readOnly}
        error={problems.at(lensProblem(lensIndex, 'coreQuestion'))}
        {...edit(`question:${lens.id}`, (tpl, coreQuestion) =>
          updateLens(tpl, lens.id, { coreQuestion }),
        )}
      />
      <div className="field field--checkbox">
        <label>
          <input
            type="checkbox"
            checked={lens.optional === true}
            disabled={readOnly}
            aria-describedby={`lens-${lensIndex}-optional-hint`}
            onChange={(e) => {
              const optional = e.target.checked
              actions.edit((tpl) => updateLens(tpl, lens.id, { optional }), { kind: 'structure' })
            }}
          />{' '}
          {t('templates.editor.optional')}
        </label>
        <p id={`lens-${lensIndex}-optional-hint`} className="field__hint">
          {t('templates.editor.optionalHint')}
        </p>
      </div>
      <PromptsEditor lens={lens} lensIndex={lensIndex} problems={problems} readOnly={readOnly} />
      <fieldset className="template-scale">
        <legend>{t('templates.editor.scale')}</legend>
        {lens.scale.map((entry) => (
          <div key={entry.level} className="template-scale__level">
            <TextField
              label={t('templates.editor.levelLabel', { level: entry.level })}
              value={entry.label}
              readOnly={readOnly}
              error={problems.at(levelProblem(lensIndex, entry.level, 'label'))}
              {...edit(`label:${lens.id}:${entry.level}`, (tpl, label) =>
                updateLevel(tpl, lens.id, entry.level, { label }),
              )}
            />
            <TextField
              label={t('templates.editor.levelDescription', { level: entry.level })}
              value={entry.description}
              readOnly={readOnly}
              error={problems.at(levelProblem(lensIndex, entry.level, 'description'))}
              {...edit(`description:${lens.id}:${entry.level}`, (tpl, description) =>
                updateLevel(tpl, lens.id, entry.level, { description }),
              )}
            />
          </div>
        ))}
      </fieldset>
    </section>
  )
}
