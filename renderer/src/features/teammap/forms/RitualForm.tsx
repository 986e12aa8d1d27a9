/** The form that adds or edits a ritual: its name, its cadence and the teams that attend. */
import { useTranslation } from 'react-i18next'
import {
  teamsByName,
  type MapRitualEntry,
  type MapSide,
  type RitualDraftErrors,
  type RitualFields,
  type TeamMap,
} from '@shared/domain'
import { useWorkshopEdits } from '../../../store/context'
import { TextField } from '../../../ui/TextField'
import { CheckList } from '../../../ui/CheckList'
import { FormEnd } from './FormEnd'
import { useProblemText } from './formText'
import { changedFields, useMapForm } from './useMapForm'

interface Props {
  side: MapSide
  map: TeamMap
  ritual: MapRitualEntry | null
  onSaved: (key: string, name: string) => void
  onCancel: () => void
}

export function RitualForm({ side, map, ritual, onSaved, onCancel }: Props) {
  const { t } = useTranslation()
  const edits = useWorkshopEdits()
  const problem = useProblemText()
  const { draft, set, errors, failed, busy, form, submit, saveKeys } = useMapForm<
    RitualFields,
    RitualDraftErrors
  >({
    name: ritual?.name ?? '',
    cadence: ritual?.cadence ?? '',
    attendees: ritual?.attendees ?? [],
  })
  const teams = teamsByName(map.teams).map((team) => ({ id: team.key, label: team.name }))

  async function save() {
    let key = ritual?.key ?? ''
    const stored = await submit(async () => {
      if (!ritual) {
        const added = await edits.addRitual(side, draft)
        if (added.ok) key = added.key
        return added
      }
      const patch = changedFields<RitualFields>(ritual, draft)
      return Object.keys(patch).length === 0
        ? { ok: true }
        : edits.updateRitual(side, ritual.key, patch)
    })
    if (stored) onSaved(key, draft.name.trim())
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
        label={t('teammap.forms.ritual.name')}
        error={problem(errors.name, 'name')}
        value={draft.name}
        autoComplete="off"
        aria-required="true"
        onChange={(e) => set('name', e.target.value)}
      />
      <TextField
        label={t('teammap.forms.ritual.cadence')}
        hint={t('teammap.forms.ritual.cadenceHint')}
        error={problem(errors.cadence, 'cadence')}
        value={draft.cadence}
        autoComplete="off"
        onChange={(e) => set('cadence', e.target.value)}
      />
      <CheckList
        legend={t('teammap.forms.ritual.attendees')}
        error={problem(errors.attendees)}
        options={teams}
        value={draft.attendees}
        empty={t('teammap.forms.ritual.noTeams')}
        onChange={(attendees) => set('attendees', attendees)}
      />
      <FormEnd
        failed={failed}
        mapProblem={problem(errors.map)}
        adding={!ritual}
        busy={busy}
        onCancel={onCancel}
      />
    </form>
  )
}
