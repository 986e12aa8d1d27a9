/**
 * Adding a prompt already written: for a workshop's own copy, which never holds an empty prompt,
 * the new prompt is typed first and added with its words. A refusal (too long, a seventh prompt)
 * is said next to the field, and what was typed stays.
 */
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { addPrompt, type LensId } from '@shared/domain'
import { Button } from '../../../ui/Button'
import { TextField } from '../../../ui/TextField'
import { useTemplateEditTarget } from './templateEditTarget'

export function WrittenPromptAdder({ lensId, lensTitle }: { lensId: LensId; lensTitle: string }) {
  const { t } = useTranslation()
  const target = useTemplateEditTarget()
  const [text, setText] = useState('')
  const [problem, setProblem] = useState<string | undefined>()

  async function add(event: FormEvent) {
    event.preventDefault()
    if (text.trim() === '') {
      setProblem(t('templates.editor.newPromptRequired'))
      return
    }
    const refusal = await target.edit((tpl) => addPrompt(tpl, lensId, text.trim()), {
      kind: 'structure',
    })
    setProblem(refusal ?? undefined)
    if (refusal === null) setText('')
  }

  return (
    <form className="template-prompts__new" onSubmit={(event) => void add(event)}>
      <TextField
        label={t('templates.editor.newPrompt', { title: lensTitle })}
        value={text}
        error={problem}
        onChange={(event) => setText(event.target.value)}
      />
      <Button type="submit">{t('templates.editor.addPrompt')}</Button>
    </form>
  )
}
