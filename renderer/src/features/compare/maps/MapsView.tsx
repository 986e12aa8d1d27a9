/**
 * The maps side by side: per agenda lens, what the room observed today next to where it wants to
 * be, with the cards grouped by tag so the themes of each column stand out.
 */
import { useId, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { lensMaps } from '@shared/domain'
import type { SessionData } from '../../../store/session/sessionData'
import { LensMapSection } from './LensMapSection'

export function MapsView({ data }: { data: SessionData }) {
  const { t } = useTranslation()
  const id = useId()
  const maps = useMemo(() => lensMaps(data), [data])
  return (
    <section className="compare-view maps" aria-labelledby={id}>
      <header className="compare-view__header">
        <h2 id={id}>{t('compare.maps.heading')}</h2>
        <p>{t('compare.maps.intro')}</p>
      </header>
      {maps.length === 0 ? (
        <p className="compare-empty">{t('compare.maps.empty')}</p>
      ) : (
        maps.map((map) => <LensMapSection key={map.lensId} map={map} />)
      )}
    </section>
  )
}
