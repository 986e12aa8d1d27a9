/**
 * The words of the CSV files in the app's language, for shared/report, which holds no English of
 * its own. Call them at export time so a language change is picked up.
 */
import type { BetsCsvLabels, RatingsCsvLabels } from '@shared/report'
import { t } from '../../i18n'

export function csvLabels(): RatingsCsvLabels {
  return {
    columns: {
      participant: t('report.csv.columns.participant'),
      role: t('report.csv.columns.role'),
      lens: t('report.csv.columns.lens'),
      state: t('report.csv.columns.state'),
      score: t('report.csv.columns.score'),
      note: t('report.csv.columns.note'),
      revealed: t('report.csv.columns.revealed'),
    },
    states: { current: t('report.csv.states.current'), target: t('report.csv.states.target') },
    unsure: t('report.csv.unsure'),
    revealed: { yes: t('report.csv.yes'), no: t('report.csv.no') },
    anonymousName: (number) => t('report.csv.anonymousName', { number }),
  }
}

/** The words of the bets CSV in the app's language, for `betsCsv` in shared/report. */
export function betsCsvLabels(): BetsCsvLabels {
  const column = (key: keyof BetsCsvLabels['columns']) => t(`report.betsCsv.columns.${key}`)
  return {
    columns: {
      priority: column('priority'),
      group: column('group'),
      title: column('title'),
      hypothesis: column('hypothesis'),
      status: column('status'),
      owner: column('owner'),
      horizon: column('horizon'),
      size: column('size'),
      lens: column('lens'),
      gap: column('gap'),
      teams: column('teams'),
      risk: column('risk'),
      upside: column('upside'),
      reviewDate: column('reviewDate'),
      dots: column('dots'),
    },
    groups: {
      committed: t('report.betsCsv.groups.committed'),
      waiting: t('report.betsCsv.groups.waiting'),
      parked: t('report.betsCsv.groups.parked'),
      closed: t('report.betsCsv.groups.closed'),
    },
    statuses: {
      proposed: t('commit.status.proposed'),
      committed: t('commit.status.committed'),
      parked: t('commit.status.parked'),
      done: t('commit.status.done'),
      dropped: t('commit.status.dropped'),
    },
  }
}
