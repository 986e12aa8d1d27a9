/** The form that adds or edits an artifact: its name, its kind and the team that owns it. */
import { useTranslation } from 'react-i18next'
import {
  ARTIFACT_KINDS,
  teamsByName,
  type ArtifactDraftErrors,
  type ArtifactFields,
  type MapArtifactEntry,
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
  artifact: MapArtifactEntry | null
  onSaved: (key: string, name: string) => void
  onCancel: () => void
}

export function ArtifactForm({ side, map, artifact, onSaved, onCancel }: Props) {
  const { t } = useTranslation()
  const edits = useWorkshopEdits()
  const problem = useProblemText()
  const { draft, set, errors, failed, busy, form, submit, saveKeys } = useMapForm<
    ArtifactFields,
    ArtifactDraftErrors
  >({
    name: artifact?.name ?? '',
    artifactKind: artifact?.artifactKind ?? 'strategy',
    owner: artifact?.owner ?? null,
  })

  async function save() {
    let key = artifact?.key ?? ''
    const stored = await submit(async () => {
      if (!artifact) {
        const added = await edits.addArtifact(side, draft)
        if (added.ok) key = added.key
        return added
      }
      const patch = changedFields<ArtifactFields>(artifact, draft)
      return Object.keys(patch).length === 0
        ? { ok: true }
        : edits.updateArtifact(side, artifact.key, patch)
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
        label={t('teammap.forms.artifact.name')}
        error={problem(errors.name, 'name')}
        value={draft.name}
        autoComplete="off"
        aria-required="true"
        onChange={(e) => set('name', e.target.value)}
      />
      <div className="map-form__grid map-form__grid--two">
        <FieldFrame label={t('teammap.forms.artifact.kind')}>
          {(control) => (
            <select
              {...control}
              className="field__input"
              value={draft.artifactKind}
              onChange={(e) =>
                set('artifactKind', e.target.value as ArtifactFields['artifactKind'])
              }
            >
              {ARTIFACT_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`teammap.view.artifactKinds.${kind}`)}
                </option>
              ))}
            </select>
          )}
        </FieldFrame>
        <FieldFrame label={t('teammap.forms.artifact.owner')} error={problem(errors.owner)}>
          {(control) => (
            <select
              {...control}
              className="field__input"
              value={draft.owner ?? ''}
              onChange={(e) => set('owner', e.target.value || null)}
            >
              <option value="">{t('teammap.forms.artifact.noOwner')}</option>
              {teamsByName(map.teams).map((team) => (
                <option key={team.key} value={team.key}>
                  {team.name}
                </option>
              ))}
            </select>
          )}
        </FieldFrame>
      </div>
      <FormEnd
        failed={failed}
        mapProblem={problem(errors.map)}
        adding={!artifact}
        busy={busy}
        onCancel={onCancel}
      />
    </form>
  )
}
