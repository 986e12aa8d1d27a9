/**
 * The list of keyboard shortcuts, and the switch for single-key shortcuts. The desktop app adds
 * its menu's keys, which work wherever the focus is.
 */
import { useTranslation } from 'react-i18next'
import { platform } from '../../../platform'
import { Button } from '../../../ui/Button'
import { Dialog } from '../../../ui/Dialog'
import { setSingleKeysEnabled, useSingleKeysEnabled } from './useFacilitatorShortcuts'

const KEYS: { keys: string[]; action: string }[] = [
  { keys: ['N'], action: 'next' },
  { keys: ['P'], action: 'previous' },
  { keys: ['R'], action: 'reveal' },
  { keys: ['T'], action: 'timer' },
  { keys: ['+'], action: 'addMinute' },
  { keys: ['Ctrl/⌘', 'Z'], action: 'undo' },
  { keys: ['Shift', 'Ctrl/⌘', 'Z'], action: 'redo' },
  { keys: ['?'], action: 'help' },
  { keys: ['1–5', '0', 'U'], action: 'rateDigit' },
]

/** The application menu's accelerators (menuTemplate.ts in main), in the same words. */
const MENU_KEYS: { keys: string[]; action: string }[] = [
  { keys: ['Ctrl/⌘', 'N'], action: 'newWorkshop' },
  { keys: ['Ctrl/⌘', 'O'], action: 'openSession' },
  { keys: ['Shift', 'Ctrl/⌘', 'S'], action: 'saveSession' },
  { keys: ['Ctrl/⌘', 'P'], action: 'exportPdf' },
  { keys: ['Shift', 'Ctrl/⌘', 'P'], action: 'presenter' },
  { keys: ['Ctrl/⌘', '/'], action: 'shortcuts' },
]

function KeyList({ rows }: { rows: { keys: string[]; action: string }[] }) {
  const { t } = useTranslation()
  return (
    <dl className="shortcut-list">
      {rows.map(({ keys, action }) => (
        <div key={action} className="shortcut-list__row">
          <dt>
            {keys.map((key) => (
              <kbd key={key}>{key}</kbd>
            ))}
          </dt>
          <dd>{t(`facilitate.help.keys.${action}` as 'facilitate.help.keys.next')}</dd>
        </div>
      ))}
    </dl>
  )
}

export function HelpOverlay({
  open,
  onOpenChange,
}: {
  open: boolean
  onOpenChange: (open: boolean) => void
}) {
  const { t } = useTranslation()
  const singleKeys = useSingleKeysEnabled()
  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title={t('facilitate.help.title')}
      description={t('facilitate.help.description')}
    >
      <h3 className="shortcut-list__heading">{t('facilitate.help.runHeading')}</h3>
      <KeyList rows={KEYS} />
      {platform.kind === 'desktop' && (
        <>
          <h3 className="shortcut-list__heading">{t('facilitate.help.menuHeading')}</h3>
          <KeyList rows={MENU_KEYS} />
        </>
      )}
      <label className="checkbox">
        <input
          type="checkbox"
          checked={singleKeys}
          onChange={(e) => setSingleKeysEnabled(e.target.checked)}
        />
        <span>{t('facilitate.help.singleKeys')}</span>
      </label>
      <p className="field__hint">{t('facilitate.help.singleKeysHint')}</p>
      <div className="dialog__actions">
        <Button variant="primary" onClick={() => onOpenChange(false)}>
          {t('facilitate.help.close')}
        </Button>
      </div>
    </Dialog>
  )
}
