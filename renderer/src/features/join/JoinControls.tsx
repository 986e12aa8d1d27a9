/**
 * "Let the room join" in the workshop's header: the button says whether joining is on and how
 * many phones are connected, and opens the join panel. Absent where joining cannot run.
 */
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Button } from '../../ui/Button'
import { JoinDialog } from './JoinDialog'
import { useJoinHost, useJoinState } from './JoinProvider'
import type { JoinHost } from './joinHost'

export function JoinControls() {
  const host = useJoinHost()
  return host === null ? null : <JoinButton host={host} />
}

function JoinButton({ host }: { host: JoinHost }) {
  const { t } = useTranslation()
  const [open, setOpen] = useState(false)
  const on = useJoinState(host, (s) => s.phase === 'on')
  const connected = useJoinState(host, (s) => s.devices.filter((d) => d.connected).length)
  return (
    <>
      <Button variant={on ? 'primary' : 'secondary'} onClick={() => setOpen(true)}>
        {on ? t('join.runningCount', { count: connected }) : t('join.open')}
      </Button>
      <JoinDialog host={host} open={open} onOpenChange={setOpen} />
    </>
  )
}
