/** German text of the phone page: what a person in the room reads on their own phone. */
import type { phone as english } from '../en/phone'
import type { Mirror } from '../mirror'

export const phone = {
  title: 'Vantage: dem Workshop beitreten',
  connecting: 'Verbindung zum Laptop der Moderation wird aufgebaut…',
  offline:
    'Nicht verbunden: neuer Versuch läuft. Alles, was Sie eingegeben haben, bleibt auf diesem Smartphone.',
  ended: 'Der Beitritt ist beendet. Vielen Dank!',
  replaced:
    'Dieses Smartphone hat den Workshop in einem anderen Tab geöffnet. Machen Sie dort weiter.',
  failed:
    'Dieses Smartphone konnte nicht beitreten. Prüfen Sie, ob es im selben Netzwerk wie der Laptop ist, und öffnen Sie die Adresse erneut.',
  deviceLabel: 'Dieses Smartphone: {{label}}',
  pick: {
    heading: 'Wer sind Sie?',
    hint: 'Wählen Sie Ihren Namen. Nur die Moderation sieht, wer was bewertet hat.',
    people: 'Namen',
    notListed: 'Mein Name steht nicht auf der Liste',
    name: 'Ihr Name',
    ask: 'Beitritt anfragen',
    asked: 'Warten, bis die Moderation Sie als „{{name}}“ einlässt.',
    anonymous: 'Zeigen Sie dies der Moderation, damit sie Sie einlässt:',
    waiting: 'Warten, bis die Moderation Sie einlässt.',
  },
  joinedAs: 'Sie sind dabei als {{name}}.',
  joined: 'Sie sind dabei.',
  wait: 'Noch gibt es nichts zu bewerten. Diese Seite folgt der Moderation: Die Bewertung öffnet sich hier, sobald sie beginnt.',
  rate: {
    lens: 'Perspektive {{number}} von {{count}}',
    heading: {
      current: 'Wo stehen wir heute?',
      target: 'Wo wollen wir hin?',
    },
    levels: 'Ihre Bewertung',
    unsure: 'Unsicher',
    unsureDescription: 'Das kann ich nicht beurteilen.',
    note: 'Notiz (freiwillig)',
    noteHint: 'Nur die Moderation liest sie.',
    send: 'Bewertung senden',
    update: 'Änderung senden',
    sending: 'Wird gesendet…',
    sent: 'Gesendet. Sie können sie ändern, bis die Moderation die Bewertungen aufdeckt.',
    notSent: 'Noch nicht gesendet.',
    withdrawn:
      'Die Moderation hat diese Bewertung am Laptop geändert oder zurückgenommen. Senden Sie sie erneut, um Ihre zu erfassen.',
    chooseFirst: 'Wählen Sie zuerst eine Stufe.',
  },
} as const satisfies Mirror<typeof english>
