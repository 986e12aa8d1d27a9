/**
 * Which template a new workshop is run with: the built-in one by default, or one of the
 * facilitator's own that is ready (nothing left to fix). The workshop keeps a frozen copy of
 * it, so the library template can change later without touching the workshop.
 */
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { isTemplateReady } from '@shared/domain'
import { useTemplateActions, useTemplates } from '../../store/context'
import { FieldFrame } from '../../ui/FieldFrame'

interface Props {
  /** '' for the built-in template, else the id of an own template. */
  value: string
  onChange: (templateId: string) => void
}

export function TemplatePicker({ value, onChange }: Props) {
  const { t } = useTranslation()
  const actions = useTemplateActions()
  const builtIn = useTemplates((s) => s.builtIn)
  const templates = useTemplates((s) => s.templates)
  const ready = templates.filter(isTemplateReady)

  useEffect(() => {
    void actions.load()
  }, [actions])

  return (
    <FieldFrame label={t('workshopForm.template')} hint={t('workshopForm.templateHint')}>
      {(control) => (
        <select
          {...control}
          className="field__input"
          value={value}
          onChange={(e) => onChange(e.target.value)}
        >
          <option value="">{t('workshopForm.builtInTemplate', { name: builtIn.name })}</option>
          {ready.map((template) => (
            <option key={template.id} value={template.id}>
              {template.name}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  )
}
