/**
 * The team map on paper: each map as a vector drawing with its table of teams (type, scope,
 * size, funding), rituals and artifacts, then what changes from today to the target as a table
 * of sentences. Each map starts a page of its own, so a drawing is never cut by a page break.
 */
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { emptyTeamMap } from '@shared/domain'
import type { ReportMapSide, ReportTeamMap } from '@shared/report'
import { TeamMapDrawing } from '../teammap/drawing/TeamMapDrawing'
import { diffGroups } from '../teammap/diff/diffSentences'
import { emptyStateKey } from '../teammap/diff/MapDiffView'
import { diffDrawingOf, mapDiffState } from '../teammap/diff/mapDiffModel'

function TeamsTable({ side, label }: { side: ReportMapSide; label: string }) {
  const { t } = useTranslation()
  if (side.teams.length === 0) return null
  return (
    <table className="report-table report-teammap__teams">
      <caption className="report-caption">
        {t('report.teamMap.teamsCaption', { side: label })}
      </caption>
      <thead>
        <tr>
          <th scope="col">{t('report.teamMap.team')}</th>
          <th scope="col">{t('report.teamMap.type')}</th>
          <th scope="col">{t('report.teamMap.scope')}</th>
          <th scope="col" className="report-num">
            {t('report.teamMap.size')}
          </th>
          <th scope="col">{t('report.teamMap.funding')}</th>
        </tr>
      </thead>
      <tbody>
        {side.teams.map((team) => (
          <tr key={team.key}>
            <th scope="row">{team.name}</th>
            <td>{t(`teammap.view.types.${team.type}`)}</td>
            <td>{team.scope || t('report.teamMap.none')}</td>
            <td className="report-num">{team.size ?? t('report.teamMap.none')}</td>
            <td>{t(`teammap.view.funding.${team.funding}`)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

function RitualsAndArtifacts({ side, label }: { side: ReportMapSide; label: string }) {
  const { t } = useTranslation()
  const none = t('report.teamMap.none')
  return (
    <>
      {side.rituals.length > 0 && (
        <table className="report-table report-teammap__small">
          <caption className="report-caption">
            {t('report.teamMap.ritualsCaption', { side: label })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('report.teamMap.ritual')}</th>
              <th scope="col">{t('report.teamMap.cadence')}</th>
              <th scope="col">{t('report.teamMap.attendees')}</th>
            </tr>
          </thead>
          <tbody>
            {side.rituals.map((ritual) => (
              <tr key={ritual.key}>
                <th scope="row">{ritual.name}</th>
                <td>{ritual.cadence || none}</td>
                <td>{ritual.attendees.join(', ') || none}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {side.artifacts.length > 0 && (
        <table className="report-table report-teammap__small">
          <caption className="report-caption">
            {t('report.teamMap.artifactsCaption', { side: label })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('report.teamMap.artifact')}</th>
              <th scope="col">{t('report.teamMap.kind')}</th>
              <th scope="col">{t('report.teamMap.owner')}</th>
            </tr>
          </thead>
          <tbody>
            {side.artifacts.map((artifact) => (
              <tr key={artifact.key}>
                <th scope="row">{artifact.name}</th>
                <td>{t(`teammap.view.artifactKinds.${artifact.kind}`)}</td>
                <td>{artifact.owner ?? none}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  )
}

function MapPage({ side, first }: { side: ReportMapSide; first: boolean }) {
  const { t } = useTranslation()
  const label = t(side.side === 'today' ? 'report.teamMap.today' : 'report.teamMap.target')
  return (
    <div className={`report-teammap__side${first ? '' : ' report-teammap__side--next'}`}>
      <h3 className="report-h3">{label}</h3>
      <figure className="report-figure report-teammap__figure">
        <TeamMapDrawing
          map={side.map}
          title={t(side.side === 'today' ? 'teammap.view.today' : 'teammap.view.target')}
        />
      </figure>
      <TeamsTable side={side} label={label} />
      <RitualsAndArtifacts side={side} label={label} />
    </div>
  )
}

function Changes({ teamMap }: { teamMap: ReportTeamMap }) {
  const { t } = useTranslation()
  const today = teamMap.today?.map
  const target = teamMap.target?.map
  const content = useMemo(() => {
    if (!target) return null
    const empty = emptyTeamMap()
    const state = mapDiffState(today ?? empty, target)
    if (state.kind !== 'changes') return { state, groups: [], drawing: null }
    const lensTitle = (id: string) => teamMap.lensTitles[id] ?? id
    const groups = diffGroups(t, { today: today ?? empty, target, diff: state.diff, lensTitle })
    return { state, groups, drawing: diffDrawingOf(target, state.diff) }
  }, [today, target, teamMap.lensTitles, t])

  if (!content) return <p className="report-muted">{t('report.teamMap.noTarget')}</p>
  const { state, groups, drawing } = content
  return (
    <div className="report-teammap__changes">
      <h3 className="report-h3">{t('report.teamMap.changes')}</h3>
      {state.kind !== 'changes' ? (
        <p className="report-muted">{t(emptyStateKey(state))}</p>
      ) : (
        <>
          <p className="report-lead">{t('report.teamMap.changesIntro', { count: state.total })}</p>
          <table className="report-table report-teammap__diff">
            <thead>
              <tr>
                <th scope="col">{t('report.teamMap.what')}</th>
                <th scope="col">{t('report.teamMap.change')}</th>
                <th scope="col">{t('report.teamMap.description')}</th>
              </tr>
            </thead>
            <tbody>
              {groups.flatMap((group) =>
                group.lines.map((line) => (
                  <tr key={`${group.kind}-${line.change}-${line.key}`}>
                    <td>{t(`teammap.diff.kinds.${group.kind}`)}</td>
                    <td>
                      <span className={`map-diff__tag map-diff__tag--${line.change}`}>
                        {t(`teammap.diff.change.${line.change}`)}
                      </span>
                    </td>
                    <td>{line.text}</td>
                  </tr>
                )),
              )}
            </tbody>
          </table>
          {drawing && (
            <figure className="report-figure report-teammap__figure report-teammap__figure--diff">
              <TeamMapDrawing
                map={drawing.map}
                highlights={drawing.highlights}
                title={t('teammap.diff.drawingTitle')}
              />
              <figcaption className="report-caption">{t('teammap.diff.drawingNote')}</figcaption>
            </figure>
          )}
        </>
      )}
    </div>
  )
}

export function ReportTeamMapSection({ teamMap }: { teamMap: ReportTeamMap }) {
  const { t } = useTranslation()
  const sides = [teamMap.today, teamMap.target].filter((s): s is ReportMapSide => s !== null)
  return (
    <section className="report-teammap report-page" aria-labelledby="report-teammap">
      <h2 id="report-teammap" className="report-h2">
        {t('report.teamMap.heading')}
      </h2>
      <p className="report-lead">{t('report.teamMap.intro')}</p>
      {!teamMap.today && <p className="report-muted">{t('report.teamMap.noToday')}</p>}
      {sides.map((side, index) => (
        <MapPage key={side.side} side={side} first={index === 0} />
      ))}
      <Changes teamMap={teamMap} />
    </section>
  )
}
