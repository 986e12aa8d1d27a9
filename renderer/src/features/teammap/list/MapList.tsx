/**
 * The same map as a list, always beside the canvas: teams with every field, interactions with
 * their ends, mode and purpose, rituals and artifacts (which live only here). Everything the
 * canvas does by mouse can be done from here by keyboard or screen reader.
 */
import { memo, useId, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { teamsByName, type TeamMap } from '@shared/domain'
import { Button } from '../../../ui/Button'
import { interactionName, teamName, type MapItem, type MapItemKind } from '../editor/mapNames'
import { ListItem, type Fact } from './ListItem'

interface Props {
  map: TeamMap
  lensTitle: (id: string) => string
  onAdd: (kind: MapItemKind) => void
  onEdit: (item: MapItem) => void
  onRemove: (item: MapItem) => void
}

export const addButtonId = (kind: MapItemKind) => `map-list-add-${kind}`

function Section(props: {
  title: string
  count: number
  empty: string
  add?: { kind: MapItemKind; label: string; onAdd: (kind: MapItemKind) => void }
  children: ReactNode
}) {
  const { t } = useTranslation()
  const id = useId()
  return (
    <section className="map-list__section" aria-labelledby={id}>
      <div className="map-list__section-head">
        <h3 id={id} className="map-list__title">
          {props.title}{' '}
          <span className="map-list__count">{t('teammap.list.count', { count: props.count })}</span>
        </h3>
        {props.add && (
          <Button id={addButtonId(props.add.kind)} onClick={() => props.add?.onAdd(props.add.kind)}>
            {props.add.label}
          </Button>
        )}
      </div>
      {props.count === 0 ? (
        <p className="map-list__empty">{props.empty}</p>
      ) : (
        <ul className="map-list__items" aria-labelledby={id}>
          {props.children}
        </ul>
      )}
    </section>
  )
}

function MapListView({ map, lensTitle, onAdd, onEdit, onRemove }: Props) {
  const { t } = useTranslation()
  const fact = (key: keyof typeof facts, value: string): Fact => ({ label: facts[key], value })
  const facts = {
    type: t('teammap.list.facts.type'),
    scope: t('teammap.list.facts.scope'),
    size: t('teammap.list.facts.size'),
    funding: t('teammap.list.facts.funding'),
    lenses: t('teammap.list.facts.lenses'),
    note: t('teammap.list.facts.note'),
    mode: t('teammap.list.facts.mode'),
    purpose: t('teammap.list.facts.purpose'),
    cadence: t('teammap.list.facts.cadence'),
    attendees: t('teammap.list.facts.attendees'),
    kind: t('teammap.list.facts.kind'),
    owner: t('teammap.list.facts.owner'),
  }
  const byName = <T extends { name: string; key: string }>(list: readonly T[]) => teamsByName(list)
  const interactions = [...map.interactions].sort(
    (a, b) =>
      teamName(map, a.from).localeCompare(teamName(map, b.from)) ||
      teamName(map, a.to).localeCompare(teamName(map, b.to)),
  )

  return (
    <div className="map-list">
      <Section
        title={t('teammap.list.teams')}
        count={map.teams.length}
        empty={t('teammap.list.noTeams')}
      >
        {byName(map.teams).map((team) => (
          <ListItem
            key={team.key}
            item={{ kind: 'team', key: team.key }}
            name={team.name}
            onEdit={onEdit}
            onRemove={onRemove}
            facts={[
              fact('type', t(`teammap.view.types.${team.type}`)),
              fact('scope', team.scope),
              fact(
                'size',
                team.size === null ? '' : t('teammap.list.sizeValue', { count: team.size }),
              ),
              fact('funding', t(`teammap.view.funding.${team.funding}`)),
              ...(team.lensIds.length > 0
                ? [fact('lenses', team.lensIds.map(lensTitle).join(', '))]
                : []),
              ...(team.note ? [fact('note', team.note)] : []),
            ]}
          />
        ))}
      </Section>
      <Section
        title={t('teammap.list.interactions')}
        count={map.interactions.length}
        empty={t('teammap.list.noInteractions')}
      >
        {interactions.map((interaction) => (
          <ListItem
            key={interaction.key}
            item={{ kind: 'interaction', key: interaction.key }}
            name={interactionName(t, map, interaction)}
            onEdit={onEdit}
            onRemove={onRemove}
            facts={interaction.purpose ? [fact('purpose', interaction.purpose)] : []}
          />
        ))}
      </Section>
      <Section
        title={t('teammap.list.rituals')}
        count={map.rituals.length}
        empty={t('teammap.list.noRituals')}
        add={{ kind: 'ritual', label: t('teammap.list.addRitual'), onAdd }}
      >
        {byName(map.rituals).map((ritual) => (
          <ListItem
            key={ritual.key}
            item={{ kind: 'ritual', key: ritual.key }}
            name={ritual.name}
            onEdit={onEdit}
            onRemove={onRemove}
            facts={[
              fact('cadence', ritual.cadence),
              fact(
                'attendees',
                ritual.attendees.map((key) => teamName(map, key)).join(', ') ||
                  t('teammap.list.nobody'),
              ),
            ]}
          />
        ))}
      </Section>
      <Section
        title={t('teammap.list.artifacts')}
        count={map.artifacts.length}
        empty={t('teammap.list.noArtifacts')}
        add={{ kind: 'artifact', label: t('teammap.list.addArtifact'), onAdd }}
      >
        {byName(map.artifacts).map((artifact) => (
          <ListItem
            key={artifact.key}
            item={{ kind: 'artifact', key: artifact.key }}
            name={artifact.name}
            onEdit={onEdit}
            onRemove={onRemove}
            facts={[
              fact('kind', t(`teammap.view.artifactKinds.${artifact.artifactKind}`)),
              fact(
                'owner',
                artifact.owner === null ? t('teammap.list.noOwner') : teamName(map, artifact.owner),
              ),
            ]}
          />
        ))}
      </Section>
    </div>
  )
}

export const MapList = memo(MapListView)
