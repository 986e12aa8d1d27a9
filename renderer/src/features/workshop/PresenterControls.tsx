/**
 * The projector controls in the workshop's header: open or close the presenter window, choose
 * what the room sees (the steps, a large timer, the compare view, the team map of today, the
 * target or the changes) and blank the screen while the room talks. Every control is a real
 * button with its state said out loud; the menu's presenter view command opens and closes it too,
 * and B or the menu blank it (useBlankShortcut).
 */
import { useTranslation } from 'react-i18next'
import { PRESENTER_MAP_VIEWS, PRESENTER_MODES } from '@shared/domain'
import { Button } from '../../ui/Button'
import { useAppCommand } from '../app/commands/appCommands'
import { useBlankShortcut } from './useBlankShortcut'
import { usePresenterControls } from './usePresenterControls'

export function PresenterControls({ workshopId }: { workshopId: string }) {
  const { t } = useTranslation()
  const controls = usePresenterControls(workshopId)
  useAppCommand(
    'togglePresenter',
    () => void (controls.open ? controls.closePresenter() : controls.openPresenter()),
  )
  const blankSaid = useBlankShortcut(controls)
  return (
    <div className="presenter-controls" role="group" aria-label={t('projector.label')}>
      {controls.open ? (
        <>
          <div className="presenter-controls__modes" role="group" aria-label={t('projector.shows')}>
            {PRESENTER_MODES.map((mode) => (
              <button
                key={mode}
                type="button"
                className="presenter-controls__mode"
                aria-pressed={controls.mode === mode}
                onClick={() => void controls.setMode(mode)}
              >
                {t(`projector.modes.${mode}`)}
              </button>
            ))}
          </div>
          {controls.mode === 'map' && (
            <div
              className="presenter-controls__modes"
              role="group"
              aria-label={t('projector.mapShows')}
            >
              {PRESENTER_MAP_VIEWS.map((view) => (
                <button
                  key={view}
                  type="button"
                  className="presenter-controls__mode"
                  aria-pressed={controls.mapView === view}
                  onClick={() => void controls.setMapView(view)}
                >
                  {t(`projector.mapViews.${view}`)}
                </button>
              ))}
            </div>
          )}
          <Button
            aria-pressed={controls.blank}
            onClick={() => void controls.setBlank(!controls.blank)}
          >
            {controls.blank ? t('projector.unblank') : t('projector.blank')}
          </Button>
          <Button variant="quiet" onClick={() => void controls.closePresenter()}>
            {t('projector.close')}
          </Button>
        </>
      ) : (
        <Button onClick={() => void controls.openPresenter()}>{t('projector.open')}</Button>
      )}
      <p className="visually-hidden" role="status">
        {blankSaid}
      </p>
      {controls.problem && (
        <p className="form-failure" role="alert">
          {t('projector.failed', { reason: controls.problem })}
        </p>
      )}
    </div>
  )
}
