/** French text of letting the room join from its phones, on the facilitator's side. */
import type { join as english } from '../en/join'
import type { MirrorWithMany } from '../mirror'

export const join = {
  open: 'Ouvrir aux téléphones',
  title: 'Ouvrir aux téléphones',
  description:
    'Les téléphones du même réseau ouvrent cette adresse, ou scannent le code, pour évaluer en privé. Rien ne quitte le réseau de cet ordinateur.',
  network: 'Réseau',
  networkHint:
    'Le réseau des téléphones. Choisissez le point d’accès de l’ordinateur s’il n’y a pas de Wi-Fi.',
  kinds: {
    wifi: 'Wi-Fi',
    ethernet: 'Filaire',
    hotspot: 'Point d’accès',
    loopback: 'Cet ordinateur seulement',
    other: 'Autre',
  },
  adapter: '{{kind}} · {{name}} · {{address}}',
  noAdapters:
    'Cet ordinateur n’est sur aucun réseau. Connectez-le au Wi-Fi de la salle ou activez son point d’accès, puis réessayez.',
  refreshAdapters: 'Chercher à nouveau',
  start: 'Ouvrir la connexion',
  stop: 'Fermer la connexion',
  starting: 'Ouverture…',
  address: 'Adresse',
  code: 'Code de connexion',
  qr: 'QR code de {{url}}',
  onPresenter: 'Afficher sur l’écran projeté',
  devices: 'Téléphones',
  noDevices: 'Aucun téléphone ne s’est encore connecté.',
  device: 'Téléphone {{label}}',
  online: 'connecté',
  offline: 'non connecté',
  ratedNow: 'a évalué',
  notRatedNow: 'n’a pas encore évalué',
  waitingPhone: 'attend d’être admis',
  asksAs: 'demande à rejoindre sous le nom « {{name}} »',
  admit: 'Admettre comme « {{name}} »',
  assign: 'Admettre le téléphone {{label}} comme',
  assignChoose: 'Choisir une personne',
  assignButton: 'Admettre',
  release: 'Libérer',
  refused_one: '{{count}} connexion refusée',
  refused_many: '{{count}} connexions refusées',
  refused_other: '{{count}} connexions refusées',
  failed: 'La connexion n’a pas pu s’ouvrir : {{reason}}',
  close: 'Fermer',
  runningCount_one: 'Connexion ouverte · {{count}} téléphone',
  runningCount_many: 'Connexion ouverte · {{count}} téléphones',
  runningCount_other: 'Connexion ouverte · {{count}} téléphones',
} as const satisfies MirrorWithMany<typeof english>
