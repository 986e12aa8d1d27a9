/**
 * Which template a new workshop is run with: the built-in one in the app's language by default,
 * a built-in in another language, or one of the
 * facilitator's own that is ready (nothing left to fix). The workshop keeps a frozen copy of
 * it, so the library template can change later without touching the workshop.
 */
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { builtInTemplateOf, builtInTemplatesFirst } from '@shared/content'
import { isTemplateReady } from '@shared/domain'
import { useTemplateActions, useTemplates } from '../../store/context'
import { FieldFrame } from '../../ui/FieldFrame'

interface Props {
  /** '' for the built-in template in the app's language, else the id of another template. */
  value: string
  onChange: (templateId: string) => void
}

export function TemplatePicker({ value, onChange }: Props) {
  const { t, i18n } = useTranslation()
  const actions = useTemplateActions()
  // The built-in in the app's language is the default; the others follow it.
  const builtIn = builtInTemplateOf(i18n.language)
  const others = builtInTemplatesFirst(i18n.language).slice(1)
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
          {others.map((template) => (
            <option key={template.id} value={template.id}>
              {t('workshopForm.builtInTemplate', { name: template.name })}
            </option>
          ))}
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
