/**
 * One lens of the template being edited: its title, core question, whether it is optional, its
 * prompts and its five levels, each field with the problems that concern it beside it.
 */
import { useTranslation } from 'react-i18next'
import { updateLens, updateLevel, type LensDefinition } from '@shared/domain'
import { TemplateTextField } from './edit/TemplateTextField'
import { useTemplateEditTarget } from './edit/templateEditTarget'
import { PromptsEditor } from './PromptsEditor'
import { levelProblem, lensProblem, type FieldProblems } from './templateFieldProblems'

interface Props {
  lens: LensDefinition
  lensIndex: number
  problems: FieldProblems
  readOnly: boolean
  /**
   * Whether "optional" can be set: in the library, where it decides a new workshop's agenda. A
   * workshop's own copy leaves that to its agenda.
   */
  withOptional?: boolean
  /** See PromptsEditor: a workshop's copy adds prompts already written. */
  addWritten?: boolean
}

export function LensEditor(props: Props) {
  const { lens, lensIndex, problems, readOnly, withOptional = true, addWritten = false } = props
  const { t } = useTranslation()
  const target = useTemplateEditTarget()
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
      <TemplateTextField
        label={t('templates.editor.title')}
        value={lens.title}
        readOnly={readOnly}
        error={titleProblems.length > 0 ? titleProblems.join(' ') : undefined}
        editKey={`title:${lens.id}`}
        change={(tpl, title) => updateLens(tpl, lens.id, { title })}
      />
      <TemplateTextField
        label={t('templates.editor.coreQuestion')}
        value={lens.coreQuestion}
        readOnly={readOnly}
        multiline
        error={problems.at(lensProblem(lensIndex, 'coreQuestion'))}
        editKey={`question:${lens.id}`}
        change={(tpl, coreQuestion) => updateLens(tpl, lens.id, { coreQuestion })}
      />
      {withOptional && (
        <div className="field field--checkbox">
          <label>
            <input
              type="checkbox"
              checked={lens.optional === true}
              disabled={readOnly}
              aria-describedby={`lens-${lensIndex}-optional-hint`}
              onChange={(e) => {
                const optional = e.target.checked
                void target.edit((tpl) => updateLens(tpl, lens.id, { optional }), {
                  kind: 'structure',
                })
              }}
            />{' '}
            {t('templates.editor.optional')}
          </label>
          <p id={`lens-${lensIndex}-optional-hint`} className="field__hint">
            {t('templates.editor.optionalHint')}
          </p>
        </div>
      )}
      <PromptsEditor
        lens={lens}
        lensIndex={lensIndex}
        problems={problems}
        readOnly={readOnly}
        addWritten={addWritten}
      />
      <fieldset className="template-scale">
        <legend>{t('templates.editor.scale')}</legend>
        {lens.scale.map((entry) => (
          <div key={entry.level} className="template-scale__level">
            <TemplateTextField
              label={t('templates.editor.levelLabel', { level: entry.level })}
              value={entry.label}
              readOnly={readOnly}
              error={problems.at(levelProblem(lensIndex, entry.level, 'label'))}
              editKey={`label:${lens.id}:${entry.level}`}
              change={(tpl, label) => updateLevel(tpl, lens.id, entry.level, { label })}
            />
            <TemplateTextField
              label={t('templates.editor.levelDescription', { level: entry.level })}
              value={entry.description}
              readOnly={readOnly}
              multiline
              error={problems.at(levelProblem(lensIndex, entry.level, 'description'))}
              editKey={`description:${lens.id}:${entry.level}`}
              change={(tpl, description) => updateLevel(tpl, lens.id, entry.level, { description })}
            />
          </div>
        ))}
      </fieldset>
    </section>
  )
}
