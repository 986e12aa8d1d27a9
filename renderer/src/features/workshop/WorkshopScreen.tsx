/** One workshop: its details and the lenses it will be run with. */
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'wouter'
import { useWorkshopActions, useWorkshops } from '../../store/context'
import { DetailsForm } from './DetailsForm'
import { LensOverview } from './LensOverview'

export function WorkshopScreen({ workshopId }: { workshopId: string }) {
  const { t } = useTranslation()
  const actions = useWorkshopActions()
  const status = useWorkshops((s) => s.status)
  const workshop = useWorkshops((s) => s.workshops.find((w) => w.id === workshopId))

  useEffect(() => {
    void actions.load()
  }, [actions])

  if (!workshop) {
    if (status !== 'ready') return null
    return (
      <section className="workshop">
        <h1>{t('workshop.notFound')}</h1>
        <Link href="/">{t('app.backHome')}</Link>
      </section>
    )
  }

  return (
    <section className="workshop" aria-labelledby="workshop-title">
      <nav className="breadcrumb" aria-label={t('app.breadcrumb')}>
        <Link href="/">{t('app.backHome')}</Link>
      </nav>
      <h1 id="workshop-title">{workshop.title}</h1>
      <div className="workshop__grid">
        <DetailsForm key={workshop.id} workshop={workshop} />
        <LensOverview template={workshop.template} />
      </div>
    </section>
  )
}
