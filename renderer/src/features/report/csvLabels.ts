/**
 * The words of the ratings CSV in the app's language, for `ratingsCsv` in shared/report, which
 * holds no English of its own. Call it at export time so a language change is picked up.
 */
import type { RatingsCsvLabels } from '@shared/report'
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
