/** French text of the phone page: what a person in the room reads on their own phone. */
import type { phone as english } from '../en/phone'
import type { MirrorWithMany } from '../mirror'

export const phone = {
  title: 'Vantage : rejoindre l’atelier',
  connecting: 'Connexion à l’ordinateur de la personne qui anime…',
  offline:
    'Non connecté : nouvel essai en cours. Tout ce que vous avez saisi reste sur ce téléphone.',
  ended: 'La connexion est terminée. Merci !',
  replaced: 'Ce téléphone a ouvert l’atelier dans un autre onglet. Continuez là-bas.',
  failed:
    'Ce téléphone n’a pas pu se connecter. Vérifiez qu’il est sur le même réseau que l’ordinateur et rouvrez l’adresse.',
  deviceLabel: 'Ce téléphone : {{label}}',
  pick: {
    heading: 'Qui êtes-vous ?',
    hint: 'Choisissez votre nom. Seule la personne qui anime voit qui a donné quelle évaluation.',
    people: 'Noms',
    notListed: 'Mon nom n’est pas dans la liste',
    name: 'Votre nom',
    ask: 'Demander à rejoindre',
    asked: 'En attente : la personne qui anime doit vous admettre sous le nom « {{name}} ».',
    anonymous: 'Montrez ceci à la personne qui anime pour être admis :',
    waiting: 'En attente : la personne qui anime doit vous admettre.',
  },
  joinedAs: 'Vous participez en tant que {{name}}.',
  joined: 'Vous participez.',
  wait: 'Rien à évaluer pour l’instant. Cette page suit l’animation : l’évaluation s’ouvre ici dès qu’elle commence.',
  rate: {
    lens: 'Prisme {{number}} sur {{count}}',
    heading: {
      current: 'Où en sommes-nous aujourd’hui ?',
      target: 'Où voulons-nous aller ?',
    },
    levels: 'Votre évaluation',
    unsure: 'Ne sait pas',
    unsureDescription: 'Je ne peux pas en juger.',
    note: 'Commentaire (facultatif)',
    noteHint: 'Seule la personne qui anime le lit.',
    send: 'Envoyer mon évaluation',
    update: 'Envoyer ma modification',
    sending: 'Envoi…',
    sent: 'Envoyé. Vous pouvez la modifier jusqu’à ce que les évaluations soient dévoilées.',
    notSent: 'Pas encore envoyé.',
    withdrawn:
      'La personne qui anime a modifié ou retiré cette évaluation sur l’ordinateur. Envoyez-la à nouveau pour enregistrer la vôtre.',
    chooseFirst: 'Choisissez d’abord un niveau.',
  },
} as const satisfies MirrorWithMany<typeof english>
