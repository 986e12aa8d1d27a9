/**
 * The dialog around whichever map form is open: a team, an interaction, a ritual or an artifact,
 * new or existing. The form mounts only while open, so each opening starts from its own draft.
 */
import { useTranslation } from 'react-i18next'
import type { InteractionFields, MapSide, TeamMap } from '@shared/domain'
import { Dialog } from '../../../ui/Dialog'
import { interactionName, type MapItemKind } from '../editor/mapNames'
import { ArtifactForm } from './ArtifactForm'
import type { CheckOption } from '../../../ui/CheckList'
import { InteractionForm } from './InteractionForm'
import { RitualForm } from './RitualForm'
import { TeamForm } from './TeamForm'

export interface Editing {
  kind: MapItemKind
  /** The item being edited; null adds one. */
  key: string | null
  /** For a new interaction: the ends already chosen. */
  initial?: Partial<InteractionFields>
}

interface Props {
  side: MapSide
  map: TeamMap
  lenses: readonly CheckOption[]
  editing: Editing | null
  onClose: () => void
  /** After a save, with the dialog closed: the item's key and its name as it is said aloud. */
  onSaved: (kind: MapItemKind, key: string, name: string, added: boolean) => void
}

function useTitle(map: TeamMap, editing: Editing): { title: string; description: string } {
  const { t } = useTranslation()
  const base = `teammap.forms.${editing.kind}` as const
  const description = t(`${base}.description`)
  if (editing.key === null) return { title: t(`${base}.newTitle`), description }
  const find = <T extends { key: string }>(list: readonly T[]) =>
    list.find((e) => e.key === editing.key)
  const name =
    editing.kind === 'interaction'
      ? interactionName(
          t,
          map,
          find(map.interactions) ?? { from: '', to: '', mode: 'collaboration' },
        )
      : (find<{ key: string; name: string }>(
          editing.kind === 'team'
            ? map.teams
            : editing.kind === 'ritual'
              ? map.rituals
              : map.artifacts,
        )?.name ?? '')
  return { title: t(`${base}.editTitle`, { name }), description }
}

function Body({ side, map, lenses, editing, onClose, onSaved }: Props & { editing: Editing }) {
  const { t } = useTranslation()
  const added = editing.key === null
  const done = (key: string, name: string) => {
    onClose()
    onSaved(editing.kind, key, name, added)
  }
  const find = <T extends { key: string }>(list: readonly T[]) =>
    list.find((e) => e.key === editing.key) ?? null
  switch (editing.kind) {
    case 'team':
      return (
        <TeamForm
          side={side}
          team={find(map.teams)}
          lenses={lenses}
          onSaved={done}
          onCancel={onClose}
        />
      )
    case 'interaction':
      return (
        <InteractionForm
          side={side}
          map={map}
          interaction={find(map.interactions)}
          initial={editing.initial}
          onSaved={(key, fields) => done(key, interactionName(t, map, fields))}
          onCancel={onClose}
        />
      )
    case 'ritual':
      return (
        <RitualForm
          side={side}
          map={map}
          ritual={find(map.rituals)}
          onSaved={done}
          onCancel={onClose}
        />
      )
    case 'artifact':
      return (
        <ArtifactForm
          side={side}
          map={map}
          artifact={find(map.artifacts)}
          onSaved={done}
          onCancel={onClose}
        />
      )
  }
}

/** The editor gives the focus back itself (to a team on the canvas, say), after Radix is done. */
const keepFocus = (event: Event) => event.preventDefault()

function OpenDialog(props: Props & { editing: Editing }) {
  const { title, description } = useTitle(props.map, props.editing)
  return (
    <Dialog
      open
      onOpenChange={(open) => !open && props.onClose()}
      title={title}
      description={description}
      onCloseAutoFocus={keepFocus}
    >
      <Body {...props} />
    </Dialog>
  )
}

export function MapFormDialog(props: Props) {
  return props.editing ? <OpenDialog {...props} editing={props.editing} /> : null
}
