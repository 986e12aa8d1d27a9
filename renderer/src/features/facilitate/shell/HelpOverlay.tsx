/**
 * The list of keyboard shortcuts, and the switch for single-key shortcuts. The desktop app adds
 * its menu's keys, which work wherever the focus is.
 */
import { useTranslation } from 'react-i18next'
import { platform } from '../../../platform'
import { Button } from '../../../ui/Button'
import { Dialog } from '../../../ui/Dialog'
import { setSingleKeysEnabled, useSingleKeysEnabled } from '../../../ui/singleKeys'

const KEYS: { keys: string[]; action: string }[] = [
  { keys: ['N'], action: 'next' },
  { keys: ['P'], action: 'previous' },
  { keys: ['R'], action: 'reveal' },
  { keys: ['T'], action: 'timer' },
  { keys: ['+'], action: 'addMinute' },
  { keys: ['B'], action: 'blank' },
  { keys: ['Ctrl/⌘', 'Z'], action: 'undo' },
  { keys: ['Shift', 'Ctrl/⌘', 'Z'], action: 'redo' },
  { keys: ['?'], action: 'help' },
  { keys: ['1–5', '0', 'U'], action: 'rateDigit' },
]

/** Keys the desktop menu (Edit) also answers, so they work on every screen there. */
const APP_WIDE = new Set(['undo', 'redo'])

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
  // Modifier keys are printed on keyboards in the reader's language ("Strg", "Maj").
  const keyName = (key: string) =>
    key === 'Shift'
      ? t('facilitate.help.keyNames.shift')
      : key === 'Ctrl/⌘'
        ? t('facilitate.help.keyNames.ctrlOrCmd')
        : key
  return (
    <dl className="term-list">
      {rows.map(({ keys, action }) => (
        <div key={action} className="term-list__row">
          <dt>
            {keys.map((key) => (
              <kbd key={key}>{keyName(key)}</kbd>
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
  const desktop = platform.kind === 'desktop'
  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title={t('facilitate.help.title')}
      description={t('facilitate.help.description')}
      wide={desktop}
    >
      <div className={desktop ? 'shortcut-columns' : undefined}>
        <section aria-labelledby="shortcuts-run">
          <h3 id="shortcuts-run" className="shortcut-list__heading">
            {t('facilitate.help.runHeading')}
          </h3>
          <KeyList rows={desktop ? KEYS.filter((row) => !APP_WIDE.has(row.action)) : KEYS} />
        </section>
        {desktop && (
          <section aria-labelledby="shortcuts-menu">
            <h3 id="shortcuts-menu" className="shortcut-list__heading">
              {t('facilitate.help.menuHeading')}
            </h3>
            <KeyList rows={[...KEYS.filter((row) => APP_WIDE.has(row.action)), ...MENU_KEYS]} />
          </section>
        )}
      </div>
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
