/**
 * The changes from today to the target as grouped lists: a heading per kind with its count, and
 * one sentence per element, each led by a worded tag (Added, Removed, Changed) so the kind of a
 * change never rests on its colour. Shared by the diff view and the projector, which passes a
 * limit so the wall shows what the room can take in.
 */
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import type { DiffGroup } from './diffSentences'

function Group({ group, headingLevel }: { group: DiffGroup; headingLevel: 2 | 3 }) {
  const { t } = useTranslation()
  const id = useId()
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <section className="map-diff__group" aria-labelledby={id}>
      <Heading id={id} className="map-diff__heading">
        {t(`teammap.diff.groups.${group.kind}`, { count: group.lines.length })}
      </Heading>
      <ul className="map-diff__lines">
        {group.lines.map((line) => (
          <li key={`${line.change}-${line.key}`} className="map-diff__line">
            <span className={`map-diff__tag map-diff__tag--${line.change}`}>
              {t(`teammap.diff.change.${line.change}`)}
            </span>{' '}
            <span className="map-diff__text">{line.text}</span>
          </li>
        ))}
      </ul>
    </section>
  )
}

export function DiffList({
  groups,
  headingLevel = 3,
}: {
  groups: readonly DiffGroup[]
  headingLevel?: 2 | 3
}) {
  return (
    <div className="map-diff__list">
      {groups.map((group) => (
        <Group key={group.kind} group={group} headingLevel={headingLevel} />
      ))}
    </div>
  )
}
