/** German text of letting the room join from its phones, on the facilitator's side. */
import type { join as english } from '../en/join'
import type { Mirror } from '../mirror'

export const join = {
  open: 'Per Smartphone beteiligen',
  title: 'Die Runde per Smartphone beteiligen',
  description:
    'Smartphones im selben Netzwerk öffnen diese Adresse oder scannen den Code, um vertraulich zu bewerten. Nichts verlässt das Netzwerk dieses Laptops.',
  network: 'Netzwerk',
  networkHint:
    'Das Netzwerk, in dem die Smartphones sind. Wählen Sie den Hotspot des Laptops, wenn es kein WLAN gibt.',
  kinds: {
    wifi: 'WLAN',
    ethernet: 'Kabel',
    hotspot: 'Hotspot',
    loopback: 'Nur dieser Computer',
    other: 'Sonstiges',
  },
  adapter: '{{kind}} · {{name}} · {{address}}',
  noAdapters:
    'Dieser Laptop ist in keinem Netzwerk. Verbinden Sie ihn mit dem WLAN des Raums oder schalten Sie seinen Hotspot ein und versuchen Sie es erneut.',
  refreshAdapters: 'Erneut suchen',
  start: 'Beitritt öffnen',
  stop: 'Beitritt beenden',
  starting: 'Wird geöffnet…',
  address: 'Adresse',
  code: 'Beitrittscode',
  qr: 'QR-Code von {{url}}',
  onPresenter: 'Auf dem Beamer zeigen',
  devices: 'Smartphones',
  noDevices: 'Noch ist kein Smartphone beigetreten.',
  device: 'Smartphone {{label}}',
  online: 'verbunden',
  offline: 'nicht verbunden',
  ratedNow: 'hat bewertet',
  notRatedNow: 'hat noch nicht bewertet',
  waitingPhone: 'wartet auf Einlass',
  asksAs: 'möchte als „{{name}}“ beitreten',
  admit: 'Als „{{name}}“ einlassen',
  assign: 'Smartphone {{label}} einlassen als',
  assignChoose: 'Person wählen',
  assignButton: 'Einlassen',
  release: 'Freigeben',
  refused_one: '{{count}} Verbindung abgelehnt',
  refused_other: '{{count}} Verbindungen abgelehnt',
  failed: 'Der Beitritt wurde nicht geöffnet: {{reason}}',
  close: 'Schließen',
  runningCount_one: 'Beitritt offen · {{count}} Smartphone',
  runningCount_other: 'Beitritt offen · {{count}} Smartphones',
} as const satisfies Mirror<typeof english>
