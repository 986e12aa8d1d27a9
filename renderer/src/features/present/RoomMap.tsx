/**
 * The team map on the projector: today's map, the target, or the changes between them (the
 * target drawn with the changes marked, and the sentences beside it). A picture and text only:
 * the room looks at the map here, it is edited on the facilitator's laptop.
 */
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { RoomView } from '@shared/domain'
import { TeamMapDrawing } from '../teammap/drawing/TeamMapDrawing'
import { DiffList } from '../teammap/diff/DiffList'
import { diffGroups, type DiffGroup } from '../teammap/diff/diffSentences'
import { diffDrawingOf, isEmptyMap, mapDiffState } from '../teammap/diff/mapDiffModel'

type MapView = Extract<RoomView, { kind: 'map' }>

/** As many sentences as the room can read from the back beside the drawing. */
const WALL_LINES = 6

/** The groups cut to `limit` sentences in all, and how many were left out. */
export function wallGroups(groups: readonly DiffGroup[], limit: number) {
  let left = limit
  const shown = groups.flatMap((group): DiffGroup[] => {
    if (left <= 0) return []
    const lines = group.lines.slice(0, left)
    left -= lines.length
    return [{ ...group, lines }]
  })
  const total = groups.reduce((sum, group) => sum + group.lines.length, 0)
  return { shown, more: total - Math.min(total, limit) }
}

function Changes({ view }: { view: MapView }) {
  const { t } = useTranslation()
  const { today, target, lensTitles } = view
  const state = useMemo(() => mapDiffState(today, target), [today, target])
  const content = useMemo(() => {
    if (state.kind !== 'changes') return null
    const lensTitle = (id: string) => lensTitles[id] ?? id
    const groups = diffGroups(t, { today, target, diff: state.diff, lensTitle })
    return { ...wallGroups(groups, WALL_LINES), drawing: diffDrawingOf(target, state.diff) }
  }, [state, t, today, target, lensTitles])

  if (!content) {
    const key =
      state.kind === 'noMaps'
        ? 'present.map.emptyToday'
        : state.kind === 'noTarget'
          ? 'present.map.emptyTarget'
          : 'present.map.same'
    return <p className="present-message">{t(key)}</p>
  }
  return (
    <div className="present-map__body present-map__body--changes">
      <TeamMapDrawing
        className="present-map__drawing"
        map={content.drawing.map}
        highlights={content.drawing.highlights}
        title={t('teammap.diff.drawingTitle')}
      />
      <div className="present-map__changes">
        <DiffList groups={content.shown} headingLevel={2} />
        {content.more > 0 && (
          <p className="present-map__more">{t('present.map.more', { count: content.more })}</p>
        )}
      </div>
    </div>
  )
}

export function RoomMap({ view }: { view: MapView }) {
  const { t } = useTranslation()
  const side = view.view === 'changes' ? null : view[view.view]
  return (
    <div className="present-map">
      <header className="present-header">
        <div className="present-header__where">
          <p className="present-position">{view.title}</p>
          <h1 className="present-title">{t(`present.map.heading.${view.view}`)}</h1>
        </div>
      </header>
      {side === null ? (
        <Changes view={view} />
      ) : isEmptyMap(side) ? (
        <p className="present-message">
          {t(view.view === 'today' ? 'present.map.emptyToday' : 'present.map.emptyTarget')}
        </p>
      ) : (
        <div className="present-map__body">
          <TeamMapDrawing
            className="present-map__drawing"
            map={side}
            title={t(view.view === 'today' ? 'teammap.view.today' : 'teammap.view.target')}
          />
        </div>
      )}
    </div>
  )
}
