/**
 * The template editor (/templates/:id): the name, the lenses in order (dragged by mouse or
 * keyboard, or moved with buttons), each lens in full, undo and redo, and whether it is saved.
 * The built-in template opens read-only, with the way to a copy that can be edited.
 */
import { useEffect, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useLocation } from 'wouter'
import { addLens, EDITOR_RULES, moveLens, removeLens, renameTemplate } from '@shared/domain'
import { newLensScaleWords } from '../../i18n/sharedWords'
import { useTemplateActions, useTemplates } from '../../store/context'
import { editorCanRedo, editorCanUndo, type TemplateEditor } from '../../store/templatesStore'
import { Button } from '../../ui/Button'
import { SortableList } from '../../ui/SortableList'
import { isTextEntry } from '../../ui/textEntry'
import { useSortableTexts } from '../prepare/useSortableTexts'
import { TemplateTextField } from './edit/TemplateTextField'
import { TemplateEditTargetProvider, useLibraryEditTarget } from './edit/templateEditTarget'
import { LensEditor } from './LensEditor'
import { fieldProblems, lensCountProblem, nameProblem } from './templateFieldProblems'

function EditorSaveStatus({ editor }: { editor: TemplateEditor }) {
  const { t } = useTranslation()
  if (editor.readOnly) return null
  return (
    <p className={`save-indicator save-indicator--${editor.saveState}`} role="status">
      <span className="save-indicator__dot" aria-hidden="true" />
      {t(`templates.editor.${editor.saveState}`, { reason: editor.failure ?? '' })}
    </p>
  )
}

/** Ctrl/Cmd+Z and Shift+Ctrl/Cmd+Z (or Ctrl+Y) outside text fields, where the browser's own undo wins. */
function useUndoKeys(enabled: boolean) {
  const actions = useTemplateActions()
  useEffect(() => {
    if (!enabled) return
    function onKey(event: KeyboardEvent) {
      if (!(event.ctrlKey || event.metaKey) || isTextEntry(event.target)) return
      const key = event.key.toLowerCase()
      if (key === 'z' && !event.shiftKey) actions.undo()
      else if ((key === 'z' && event.shiftKey) || key === 'y') actions.redo()
      else return
      event.preventDefault()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [actions, enabled])
}

function Editor({ editor }: { editor: TemplateEditor }) {
  const { t } = useTranslation()
  const [, navigate] = useLocation()
  const actions = useTemplateActions()
  const target = useLibraryEditTarget()
  const texts = useSortableTexts()
  const { template, readOnly } = editor
  const problems = useMemo(() => fieldProblems(template), [template])
  const countProblem = problems.at(lensCountProblem)
  useUndoKeys(!readOnly)

  const lensLabel = (title: string) => title.trim() || t('templates.editor.untitledLens')
  const lensEditor = (index: number) => {
    const lens = template.lenses[index]
    return lens ? (
      <LensEditor lens={lens} lensIndex={index} problems={problems} readOnly={readOnly} />
    ) : null
  }

  return (
    <TemplateEditTargetProvider target={target}>
      <header className="home__header">
        <h1 id="template-title">{template.name.trim() || t('templates.library.newName')}</h1>
        <div className="home__actions">
          <Link href="/templates" className="button button--quiet">
            {t('templates.editor.backToLibrary')}
          </Link>
          {!readOnly && (
            <>
              <Button disabled={!editorCanUndo(editor)} onClick={actions.undo}>
                {t('templates.editor.undo')}
              </Button>
              <Button disabled={!editorCanRedo(editor)} onClick={actions.redo}>
                {t('templates.editor.redo')}
              </Button>
            </>
          )}
        </div>
      </header>
      <EditorSaveStatus editor={editor} />
      {readOnly && (
        <div className="notice">
          <p className="notice__text">{t('templates.editor.readOnly')}</p>
          <Button
            variant="primary"
            onClick={async () => {
              const copy = await actions.duplicate(template.id)
              if (copy) navigate(`/templates/${copy.id}`)
            }}
          >
            {t('templates.editor.duplicateToEdit')}
          </Button>
        </div>
      )}
      <TemplateTextField
        label={t('templates.editor.name')}
        value={template.name}
        readOnly={readOnly}
        error={problems.at(nameProblem)}
        editKey="name"
        change={(tpl, name) => renameTemplate(tpl, name)}
      />
      <h2>{t('templates.editor.lenses')}</h2>
      <p className="field__hint">
        {t('templates.editor.lensesHint', {
          min: EDITOR_RULES.minLenses,
          max: EDITOR_RULES.maxLenses,
        })}
      </p>
      {countProblem && (
        <p className="field__error" role="alert">
          {countProblem}
        </p>
      )}
      {readOnly ? (
        <ol className="template-lenses" aria-label={t('templates.editor.lenses')}>
          {template.lenses.map((lens, index) => (
            <li key={lens.id}>{lensEditor(index)}</li>
          ))}
        </ol>
      ) : (
        <SortableList
          items={template.lenses}
          getId={(lens) => lens.id}
          getLabel={(lens) => lensLabel(lens.title)}
          label={t('templates.editor.lenses')}
          texts={texts}
          onMove={(from, to) => {
            const lens = template.lenses[from]
            if (lens) actions.edit((tpl) => moveLens(tpl, lens.id, to), { kind: 'structure' })
          }}
          renderItem={(_lens, index) => lensEditor(index)}
          renderActions={(lens) => (
            <Button
              variant="quiet"
              onClick={() => actions.edit((tpl) => removeLens(tpl, lens.id), { kind: 'structure' })}
            >
              {t('templates.editor.removeLens', { title: lensLabel(lens.title) })}
            </Button>
          )}
        />
      )}
      {!readOnly && (
        <Button
          onClick={() => {
            // The new lens's scale in the language on screen now; it keeps those words after.
            const { labels } = newLensScaleWords()
            const title = t('templates.editor.newLensTitle')
            actions.edit((tpl) => addLens(tpl, title, undefined, labels), { kind: 'structure' })
          }}
        >
          {t('templates.editor.addLens')}
        </Button>
      )}
    </TemplateEditTargetProvider>
  )
}

export function TemplateEditorScreen({ templateId }: { templateId: string }) {
  const { t } = useTranslation()
  const actions = useTemplateActions()
  const editor = useTemplates((s) => s.editor)

  useEffect(() => {
    void actions.open(templateId)
    return () => void actions.close()
  }, [actions, templateId])

  return (
    <section className="home template-editor" aria-labelledby="template-title">
      {editor === 'missing' ? (
        <>
          <h1 id="template-title">{t('templates.editor.notFound')}</h1>
          <Link href="/templates">{t('templates.editor.backToLibrary')}</Link>
        </>
      ) : editor && editor.id === templateId ? (
        <Editor editor={editor} />
      ) : (
        <p id="template-title">{t('templates.editor.loading')}</p>
      )}
    </section>
  )
}
