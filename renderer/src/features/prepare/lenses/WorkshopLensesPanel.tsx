/**
 * The lenses of this workshop, from its own copy of the template, and the way to change that copy
 * in Prepare: reword a lens in place, add one, remove one (asking first when the room has already
 * worked on it, with Undo after), or keep the copy in the library as a template. Nothing here
 * reaches the library template the workshop was made from.
 */
import { useCallback, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'wouter'
import { hasLensContent, lensContent, type LensDefinition, type Workshop } from '@shared/domain'
import { useServices, useTemplateActions, useWorkshopEdits } from '../../../store/context'
import { Button } from '../../../ui/Button'
import { ConfirmDialog } from '../../../ui/Dialog'
import { TemplateEditTargetProvider } from '../../templates/edit/templateEditTarget'
import { LensEditor } from '../../templates/LensEditor'
import { fieldProblems } from '../../templates/templateFieldProblems'
import { TemplateNameDialog } from '../../templates/TemplateNameDialog'
import { UndoNotice, useNotice, type Notice } from '../UndoNotice'
import { useFocusAfterRender } from '../useFocusAfterRender'
import { AddLensDialog } from './AddLensDialog'
import { LensSummary } from './LensSummary'
import { lensContentWords } from './lensContentWords'
import { useWorkshopEditTarget } from './useWorkshopEditTarget'

const editButtonId = (lensId: string) => `lens-edit-${lensId}`
const NOTICE_ID = 'lenses-notice'

type Dialog =
  | { kind: 'none' }
  | { kind: 'add' }
  | { kind: 'saveAs' }
  | { kind: 'confirmRemove'; lens: LensDefinition; what: string }

export function WorkshopLensesPanel({ workshop }: { workshop: Workshop }) {
  const { t } = useTranslation()
  const edits = useWorkshopEdits()
  const templates = useTemplateActions()
  const session = useServices().workshop.store
  const focusLater = useFocusAfterRender()
  const { notice, setNotice, show } = useNotice()
  const [editing, setEditing] = useState<string | null>(null)
  const [dialog, setDialog] = useState<Dialog>({ kind: 'none' })
  const [saved, setSaved] = useState<{ id: string; name: string } | null>(null)
  const onRefused = useCallback((sentence: string) => show(sentence, false), [show])
  const target = useWorkshopEditTarget(onRefused)
  const { template } = workshop
  const problems = fieldProblems(template)
  const lastOne = template.lenses.length <= 1

  async function remove(lens: LensDefinition, what: string) {
    const outcome = await edits.removeLens(lens.id)
    if (!outcome.ok) {
      show(t('prepare.lenses.writeFailed'), false)
      return
    }
    if (editing === lens.id) setEditing(null)
    show(
      what
        ? t('prepare.lenses.removedWith', { title: lens.title, what })
        : t('prepare.lenses.removed', { title: lens.title }),
      true,
      editButtonId(lens.id),
    )
    focusLater(`${NOTICE_ID}-undo`)
  }

  function askToRemove(lens: LensDefinition) {
    const data = session.getState().data
    if (!data) return
    const content = lensContent(data, lens.id)
    const what = lensContentWords(content, t)
    if (hasLensContent(content)) setDialog({ kind: 'confirmRemove', lens, what })
    else void remove(lens, '')
  }

  async function undo(undone: Notice) {
    const ok = await edits.undo()
    setNotice(ok ? { text: t('prepare.lenses.undone'), entry: null } : null)
    if (ok && undone.focusAfterUndo) focusLater(undone.focusAfterUndo)
  }

  async function saveAs(name: string): Promise<string | null> {
    const outcome = await templates.saveAsTemplate(template, name)
    if (!outcome.ok) return outcome.reason
    setSaved({ id: outcome.saved.id, name: outcome.saved.name })
    return null
  }

  return (
    <section className="panel workshop-lenses" aria-labelledby="lenses-heading">
      <div className="prepare-panel__header">
        <h2 id="lenses-heading">{t('workshop.lenses')}</h2>
        <div className="workshop-lenses__actions">
          <Button onClick={() => setDialog({ kind: 'add' })}>{t('prepare.lenses.add')}</Button>
          <Button onClick={() => setDialog({ kind: 'saveAs' })}>
            {t('prepare.lenses.saveAsTemplate')}
          </Button>
        </div>
      </div>
      <p className="panel__hint">{t('prepare.lenses.hint', { template: template.name })}</p>
      <UndoNotice
        id={NOTICE_ID}
        notice={notice}
        onUndo={(n) => void undo(n)}
        onDismiss={() => setNotice(null)}
      />
      {saved && (
        <div className="notice" role="status">
          <p className="notice__text">{t('prepare.lenses.saved', { name: saved.name })}</p>
          <Link href={`/templates/${saved.id}`} className="button button--quiet">
            {t('prepare.lenses.openTemplate')}
          </Link>
        </div>
      )}
      <TemplateEditTargetProvider target={target}>
        <ol className="lens-list">
          {template.lenses.map((lens, index) => {
            const open = editing === lens.id
            return (
              <li key={lens.id} className="lens-list__item">
                {open ? (
                  <LensEditor
                    lens={lens}
                    lensIndex={index}
                    problems={problems}
                    readOnly={false}
                    withOptional={false}
                    addWritten
                  />
                ) : (
                  <LensSummary lens={lens} />
                )}
                <div className="lens-list__actions">
                  <Button
                    id={editButtonId(lens.id)}
                    aria-expanded={open}
                    onClick={() => setEditing(open ? null : lens.id)}
                  >
                    {t(open ? 'prepare.lenses.doneEditing' : 'prepare.lenses.edit', {
                      title: lens.title,
                    })}
                  </Button>
                  <Button variant="quiet" disabled={lastOne} onClick={() => askToRemove(lens)}>
                    {t('prepare.lenses.remove', { title: lens.title })}
                  </Button>
                </div>
              </li>
            )
          })}
        </ol>
      </TemplateEditTargetProvider>
      {lastOne && <p className="panel__hint">{t('prepare.lenses.lastLens')}</p>}
      {dialog.kind === 'add' && (
        <AddLensDialog
          onClose={() => setDialog({ kind: 'none' })}
          onAdded={(title) => show(t('prepare.lenses.added', { title }), true)}
        />
      )}
      {dialog.kind === 'saveAs' && (
        <TemplateNameDialog
          mode="saveAs"
          initialName={t('prepare.lenses.defaultName', {
            template: template.name,
            workshop: workshop.title,
          }).slice(0, 120)}
          onSubmit={saveAs}
          onClose={() => setDialog({ kind: 'none' })}
        />
      )}
      <ConfirmDialog
        open={dialog.kind === 'confirmRemove'}
        onOpenChange={(isOpen) => !isOpen && setDialog({ kind: 'none' })}
        title={
          dialog.kind === 'confirmRemove'
            ? t('prepare.lenses.confirmRemove.title', { title: dialog.lens.title })
            : ''
        }
        description={
          dialog.kind === 'confirmRemove'
            ? t('prepare.lenses.confirmRemove.body', { what: dialog.what })
            : ''
        }
        confirmLabel={t('prepare.lenses.confirmRemove.confirm')}
        cancelLabel={t('prepare.lenses.confirmRemove.cancel')}
        onConfirm={() => dialog.kind === 'confirmRemove' && void remove(dialog.lens, dialog.what)}
      />
    </section>
  )
}
