/**
 * The form that adds or edits an interaction: from which team to which, in which mode, and a
 * short purpose. Offered from the toolbar (the selected team as From) and after a line is drawn
 * on the canvas (both ends chosen), so the mode is always picked on purpose.
 */
import { useTranslation } from 'react-i18next'
import {
  INTERACTION_MODES,
  teamsByName,
  type InteractionDraftErrors,
  type InteractionFields,
  type MapInteractionEntry,
  type MapSide,
  type TeamMap,
} from '@shared/domain'
import { useWorkshopEdits } from '../../../store/context'
import { FieldFrame } from '../../../ui/FieldFrame'
import { TextField } from '../../../ui/TextField'
import { FormEnd } from './FormEnd'
import { useProblemText } from './formText'
import { changedFields, useMapForm } from './useMapForm'

interface Props {
  side: MapSide
  map: TeamMap
  interaction: MapInteractionEntry | null
  /** Ends already chosen (a line drawn on the canvas, a selected team). */
  initial?: Partial<InteractionFields> | undefined
  onSaved: (key: string, fields: InteractionFields) => void
  onCancel: () => void
}

export function InteractionForm({ side, map, interaction, initial, onSaved, onCancel }: Props) {
  const { t } = useTranslation()
  const edits = useWorkshopEdits()
  const problem = useProblemText()
  const start: InteractionFields = interaction ?? {
    from: '',
    to: '',
    mode: 'collaboration',
    purpose: '',
    ...initial,
  }
  const { draft, set, errors, failed, busy, form, submit, saveKeys } = useMapForm<
    InteractionFields,
    InteractionDraftErrors
  >({ from: start.from, to: start.to, mode: start.mode, purpose: start.purpose })
  const teams = teamsByName(map.teams)

  async function save() {
    let key = interaction?.key ?? ''
    const stored = await submit(async () => {
      if (!interaction) {
        const added = await edits.addInteraction(side, draft)
        if (added.ok) key = added.key
        return added
      }
      const patch = changedFields<InteractionFields>(interaction, draft)
      return Object.keys(patch).length === 0
        ? { ok: true }
        : edits.updateInteraction(side, interaction.key, patch)
    })
    if (stored) onSaved(key, draft)
  }

  const teamSelect = (field: 'from' | 'to', error?: string) => (
    <FieldFrame label={t(`teammap.forms.interaction.${field}`)} error={error}>
      {(control) => (
        <select
          {...control}
          className="field__input"
          value={draft[field]}
          aria-required="true"
          onChange={(e) => set(field, e.target.value, ['ends'])}
        >
          <option value="">{t('teammap.forms.interaction.choose')}</option>
          {teams.map((team) => (
            <option key={team.key} value={team.key}>
              {team.name}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  )

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
      <div className="map-form__grid map-form__grid--two">
        {teamSelect('from')}
        {/* The ends are judged together; the reason stands by the second, chosen last. */}
        {teamSelect('to', problem(errors.ends, 'ends'))}
      </div>
      <FieldFrame label={t('teammap.forms.interaction.mode')}>
        {(control) => (
          <select
            {...control}
            className="field__input"
            value={draft.mode}
            onChange={(e) => set('mode', e.target.value as InteractionFields['mode'], ['ends'])}
          >
            {INTERACTION_MODES.map((mode) => (
              <option key={mode} value={mode}>
                {t(`teammap.view.modes.${mode}`)}
              </option>
            ))}
          </select>
        )}
      </FieldFrame>
      <TextField
        label={t('teammap.forms.interaction.purpose')}
        hint={t('teammap.forms.interaction.purposeHint')}
        error={problem(errors.purpose, 'purpose')}
        value={draft.purpose}
        autoComplete="off"
        onChange={(e) => set('purpose', e.target.value)}
      />
      <FormEnd
        failed={failed}
        mapProblem={problem(errors.map)}
        adding={!interaction}
        busy={busy}
        onCancel={onCancel}
      />
    </form>
  )
}
