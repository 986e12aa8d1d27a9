/**
 * The form that adds or edits a team: name, type, scope, size, funding model, a note and the
 * lenses it speaks to. Refusals are shown next to their fields with the focus on the first one;
 * a refused save keeps every word typed. An edit sends only the fields that changed.
 */
import { useTranslation } from 'react-i18next'
import {
  emptyTeamDraft,
  FUNDING_MODELS,
  TEAM_TYPES,
  type CanvasPosition,
  type MapSide,
  type MapTeamEntry,
  type TeamDraftErrors,
  type TeamFields,
} from '@shared/domain'
import { useWorkshopEdits } from '../../../store/context'
import { FieldFrame } from '../../../ui/FieldFrame'
import { TextField } from '../../../ui/TextField'
import { CheckList, type CheckOption } from '../../../ui/CheckList'
import { FormEnd } from './FormEnd'
import { useProblemText } from './formText'
import { changedFields, useMapForm } from './useMapForm'

type TeamDraft = Omit<TeamFields, 'size'> & { size: string }

interface Props {
  side: MapSide
  /** The team being edited; null adds one. */
  team: MapTeamEntry | null
  lenses: readonly CheckOption[]
  /** Where a new team goes; the store finds a free spot when not given. */
  position?: CanvasPosition | undefined
  onSaved: (key: string, name: string) => void
  onCancel: () => void
}

function draftOf(team: MapTeamEntry | null): TeamDraft {
  const fields: TeamFields = team ?? emptyTeamDraft()
  return {
    name: fields.name,
    type: fields.type,
    scope: fields.scope,
    size: fields.size === null ? '' : String(fields.size),
    funding: fields.funding,
    note: fields.note,
    lensIds: fields.lensIds,
  }
}

/** An empty size is "not known"; anything else is for the store to accept or refuse. */
function fieldsOf(draft: TeamDraft): TeamFields {
  const size = draft.size.trim()
  return { ...draft, size: size === '' ? null : Number(size) }
}

export function TeamForm({ side, team, lenses, position, onSaved, onCancel }: Props) {
  const { t } = useTranslation()
  const edits = useWorkshopEdits()
  const problem = useProblemText()
  const { draft, set, errors, failed, busy, form, submit, saveKeys } = useMapForm<
    TeamDraft,
    TeamDraftErrors
  >(draftOf(team))

  async function save() {
    const fields = fieldsOf(draft)
    let key = team?.key ?? ''
    const stored = await submit(async () => {
      if (!team) {
        const added = await edits.addTeam(side, fields, position)
        if (added.ok) key = added.key
        return added
      }
      const patch = changedFields<TeamFields>(team, fields)
      return Object.keys(patch).length === 0
        ? { ok: true }
        : edits.updateTeam(side, team.key, patch)
    })
    if (stored) onSaved(key, fields.name.trim())
  }

  return (
    <form
      ref={form}
      className="map-form"
      noValidate
      onKeyDown={saveKeys(() => void save())}
      onSubmit={(event) => {
        event.preventDefault()
        void save()
      }}
    >
      <TextField
        label={t('teammap.forms.team.name')}
        error={problem(errors.name, 'name')}
        value={draft.name}
        autoComplete="off"
        aria-required="true"
        onChange={(e) => set('name', e.target.value)}
      />
      <div className="map-form__grid map-form__grid--two">
        <FieldFrame label={t('teammap.forms.team.type')}>
          {(control) => (
            <select
              {...control}
              className="field__input"
              value={draft.type}
              onChange={(e) => set('type', e.target.value as TeamFields['type'])}
            >
              {TEAM_TYPES.map((type) => (
                <option key={type} value={type}>
                  {t(`teammap.view.types.${type}`)}
                </option>
              ))}
            </select>
          )}
        </FieldFrame>
        <FieldFrame label={t('teammap.forms.team.funding')}>
          {(control) => (
            <select
              {...control}
              className="field__input"
              value={draft.funding}
              onChange={(e) => set('funding', e.target.value as TeamFields['funding'])}
            >
              {FUNDING_MODELS.map((funding) => (
                <option key={funding} value={funding}>
                  {t(`teammap.view.funding.${funding}`)}
                </option>
              ))}
            </select>
          )}
        </FieldFrame>
      </div>
      <TextField
        className="map-form__size"
        label={t('teammap.forms.team.size')}
        hint={t('teammap.forms.team.sizeHint')}
        error={problem(errors.size === 'invalid' ? 'invalid' : undefined)}
        value={draft.size}
        inputMode="numeric"
        autoComplete="off"
        onChange={(e) => set('size', e.target.value)}
      />
      <FieldFrame
        label={t('teammap.forms.team.scope')}
        hint={t('teammap.forms.team.scopeHint')}
        error={problem(errors.scope, 'scope')}
      >
        {(control) => (
          <textarea
            {...control}
            className="field__input field__input--multiline"
            rows={2}
            value={draft.scope}
            onChange={(e) => set('scope', e.target.value)}
          />
        )}
      </FieldFrame>
      <FieldFrame label={t('teammap.forms.team.note')} error={problem(errors.note, 'note')}>
        {(control) => (
          <textarea
            {...control}
            className="field__input field__input--multiline"
            rows={2}
            value={draft.note}
            onChange={(e) => set('note', e.target.value)}
          />
        )}
      </FieldFrame>
      <CheckList
        legend={t('teammap.forms.team.lenses')}
        hint={t('teammap.forms.team.lensesHint')}
        error={problem(errors.lensIds)}
        options={lenses}
        value={draft.lensIds}
        onChange={(lensIds) => set('lensIds', lensIds)}
      />
      <FormEnd
        failed={failed}
        mapProblem={problem(errors.map)}
        adding={!team}
        busy={busy}
        onCancel={onCancel}
      />
    </form>
  )
}
