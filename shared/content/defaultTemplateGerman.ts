/**
 * The default wording of the six lenses in German: titles, core questions, discussion prompts
 * and the five-level maturity scales, written for German-speaking leadership teams rather than
 * translated line by line. Same lens ids, order and shape as DEFAULT_TEMPLATE, so workshops run
 * with either template compare over time. Each workshop freezes its own copy and the
 * facilitator may edit it.
 */
import type { Template } from '../domain'

export const DEFAULT_TEMPLATE_GERMAN: Template = {
  id: 'vantage-default-de',
  name: 'Vantage – sechs Perspektiven',
  revision: 1,
  lenses: [
    {
      id: 'alignment',
      title: 'Ausrichtung',
      coreQuestion:
        'Wissen alle, was am meisten zählt und warum – gut genug, um ohne Rückfrage gute Abwägungen zu treffen?',
      prompts: [
        'Wenn wir fünf Personen aus verschiedenen Teams nach unseren drei wichtigsten Prioritäten fragten: Wie ähnlich wären ihre Antworten?',
        'Woran orientiert sich ein Team, wenn es zwischen zwei guten Optionen wählen muss?',
        'Welche Entscheidungen landen noch in dieser Runde, obwohl sie näher an der Arbeit fallen könnten?',
        'Wenn sich eine Priorität ändert, erfahren die Teams dann auch, warum – oder nur, dass?',
        'Wogegen haben wir uns bewusst entschieden, und wissen das alle?',
      ],
      scale: [
        {
          level: 1,
          label: 'Nur Anweisungen',
          description:
            'Arbeit kommt als Auftrag an; kaum jemand kann erklären, wozu sie dient und warum sie gerade jetzt zählt.',
        },
        {
          level: 2,
          label: 'Ziele auf Papier',
          description:
            'Ziele sind aufgeschrieben, werden aber unterschiedlich gelesen; Abwägungen wandern meist nach oben.',
        },
        {
          level: 3,
          label: 'Gemeinsame Prioritäten',
          description:
            'Die meisten können die Prioritäten nennen, die Gründe dahinter kennen aber nur wenige.',
        },
        {
          level: 4,
          label: 'Gemeinsamer Kontext',
          description:
            'Teams kennen Prioritäten und Gründe und wägen innerhalb klarer Grenzen meist selbst ab.',
        },
        {
          level: 5,
          label: 'Selbststeuerung',
          description:
            'Strategie und Kontext sind allen zugänglich; Teams entscheiden, begründen und müssen selten fragen.',
        },
      ],
    },
    {
      id: 'organisational-design',
      title: 'Organisationsdesign',
      coreQuestion:
        'Ist unsere Struktur um den Wert gebaut, den wir schaffen, und um die Menschen, für die wir ihn schaffen – oder um Funktionen und Gewachsenes?',
      prompts: [
        'Wer kümmert sich um die Lösung, wenn ein Kundenproblem drei unserer Bereiche berührt?',
        'Welche Teile unserer Struktur gibt es vor allem, weil wir früher einmal so gearbeitet haben?',
        'Wo bremsen oder verwässern Übergaben zwischen Gruppen die Arbeit?',
        'Wie lange dauert es, bis das, was wir von unseren Kunden lernen, unsere Organisation verändert?',
        'Bleiben unsere Teams lange genug zusammen, um tiefes Wissen über ihren Bereich aufzubauen?',
      ],
      scale: [
        {
          level: 1,
          label: 'Funktionale Silos',
          description:
            'Wir sind nach Funktionen und Historie organisiert; niemand verantwortet ein Kundenergebnis durchgängig.',
        },
        {
          level: 2,
          label: 'Projektorganisation',
          description:
            'Menschen werden für befristete Projekte zusammengezogen und nach der Lieferung wieder verteilt.',
        },
        {
          level: 3,
          label: 'Teilweise ausgerichtet',
          description:
            'Einige stabile Teams verantworten einen Produktbereich, doch meist hängt der Wert an Übergaben.',
        },
        {
          level: 4,
          label: 'Am Wert ausgerichtet',
          description:
            'Die meisten Teams sind stabil, verantworten einen Teil der Kundenreise und erhalten binnen Wochen Feedback.',
        },
        {
          level: 5,
          label: 'Bewusst wandelbar',
          description:
            'Die Struktur folgt dem Weg des Werts zum Kunden; wir bauen sie bewusst um, wenn wir dazulernen.',
        },
      ],
    },
    {
      id: 'product-team',
      title: 'Das Produktteam',
      coreQuestion:
        'Sind unsere Teams so aufgestellt, dass sie ein Problem von Anfang bis Ende verantworten – oder setzen sie Lösungen um, die andere gewählt haben?',
      prompts: [
        'Welche Kernkompetenzen wie Produktmanagement, Design und Entwicklung hat ein typisches Team in Vollzeit an Bord?',
        'Kommt Arbeit bei einem Team als Problem an, das es lösen soll, oder als Feature, das es bauen soll?',
        'Was kann ein Team zu unseren Kunden bringen, ohne auf ein anderes Team zu warten?',
        'Wie oft wechseln Menschen zwischen Teams, und was kostet uns das?',
        'Wie findet ein Team heraus, ob das, was es gebaut hat, tatsächlich wirkt?',
      ],
      scale: [
        {
          level: 1,
          label: 'Auftragsempfänger',
          description:
            'Teams bekommen fertig spezifizierte Features; Kompetenzen sitzen in Pools, Besetzungen wechseln oft.',
        },
        {
          level: 2,
          label: 'Lieferteams',
          description:
            'Teams sind stabil und liefern verlässlich, doch was und warum gebaut wird, entscheiden andere.',
        },
        {
          level: 3,
          label: 'Teilweise befähigt',
          description:
            'Manche Teams bekommen Probleme statt Lösungen, doch Schlüsselkompetenzen sind oft nur geliehen.',
        },
        {
          level: 4,
          label: 'Befähigte Teams',
          description:
            'Die meisten Teams haben ihre Kernkompetenzen in Vollzeit und lösen ihre Probleme auf eigenem Weg.',
        },
        {
          level: 5,
          label: 'Ergebnisverantwortung',
          description:
            'Teams verantworten Ergebnisse durchgängig, messen ihre Wirkung und korrigieren den Kurs selbst.',
        },
      ],
    },
    {
      id: 'value-creation',
      title: 'Wertschöpfungsprozess',
      coreQuestion:
        'Finden wir heraus, ob sich eine Idee lohnt, bevor wir sie bauen – und lernen wir nach dem Release weiter?',
      prompts: [
        'Was wurde aus der letzten Idee, die sich als nicht lohnend herausstellte, und wann haben wir das gemerkt?',
        'Wie oft sprechen die Menschen, die unsere Produkte bauen, mit denen, die sie nutzen?',
        'Wer entscheidet, was auf die Roadmap kommt, und welche Belege zählen dabei?',
        'Bei wie viel von dem, was wir im letzten Jahr ausgeliefert haben, können wir eine Wirkung zeigen?',
        'Ist es bei uns sicher, etwas zu stoppen, das wir schon begonnen haben?',
      ],
      scale: [
        {
          level: 1,
          label: 'Bauen auf Zuruf',
          description:
            'Ideen gehen direkt auf die Roadmap und in die Umsetzung; Erfolg heißt, pünktlich zu liefern.',
        },
        {
          level: 2,
          label: 'Gelegentliche Nutzerforschung',
          description:
            'Nutzerforschung gibt es ab und zu, meist um eine bereits getroffene Entscheidung zu bestätigen.',
        },
        {
          level: 3,
          label: 'Erste Discovery',
          description:
            'Manche Teams testen wichtige Ideen, bevor sie bauen – je nach Team und Termindruck.',
        },
        {
          level: 4,
          label: 'Regelmäßige Discovery',
          description:
            'Die meisten Teams prüfen zuerst Wert und Machbarkeit und messen nach dem Release die Wirkung.',
        },
        {
          level: 5,
          label: 'Kontinuierliches Lernen',
          description:
            'Discovery ist wöchentliche Routine; Belege entscheiden, was gebaut, geändert oder früh gestoppt wird.',
        },
      ],
    },
    {
      id: 'cross-functional-integration',
      title: 'Bereichsübergreifende Zusammenarbeit',
      coreQuestion:
        'Wie leicht bringt ein Team etwas gemeinsam mit Marketing, Vertrieb, Support, Recht, Daten und dem übrigen Unternehmen auf den Weg?',
      prompts: [
        'Was muss ein Team durchlaufen, um eine Änderung zu den Kunden zu bringen, und welche dieser Schritte helfen wirklich?',
        'Welche Bereiche sehen unsere Teams erst am Ende, wenn sich an der Arbeit kaum noch etwas gestalten lässt?',
        'Wie entscheiden wir, ob eine andere Funktion in ein Team eingebettet ist, mit ihm zusammenarbeitet oder beratend dazukommt?',
        'Wo liegt Arbeit in der Warteschlange einer anderen Gruppe, und wie lange?',
        'Kommt das, was Vertrieb, Support und Marketing von Kunden hören, bei den Teams an und verändert ihr Handeln?',
      ],
      scale: [
        {
          level: 1,
          label: 'Torwächter',
          description:
            'Andere Funktionen prüfen erst am Ende; Teams stehen Schlange und lernen die Regeln durch Blockaden.',
        },
        {
          level: 2,
          label: 'Tickets und Gefallen',
          description:
            'Teams erreichen andere Funktionen über Tickets und Freigaben; Fortschritt hängt an guten Beziehungen.',
        },
        {
          level: 3,
          label: 'Bekannte Kontakte',
          description:
            'Teams wissen, wen sie fragen können, manche Funktionen sind früh dabei; die Abläufe passen selten.',
        },
        {
          level: 4,
          label: 'Vereinbarte Wege',
          description:
            'Wie jede Funktion mit den Teams arbeitet, ist bewusst vereinbart; unnötige Schritte werden abgebaut.',
        },
        {
          level: 5,
          label: 'Fest eingebunden',
          description:
            'Andere Funktionen gestalten die Arbeit von Anfang an mit; jeder verbleibende Schritt hat seinen Grund.',
        },
      ],
    },
    {
      id: 'leadership',
      title: 'Führung',
      coreQuestion:
        'Verhalten wir uns als Führungskräfte so, wie es unser neues Betriebsmodell von uns verlangt?',
      prompts: [
        'Wann hat jemand von uns zuletzt die eigene Meinung geändert, weil ein Team uns etwas gezeigt hat?',
        'Stellen wir im Austausch mit unseren Teams mehr Fragen, oder geben wir mehr Antworten?',
        'Um welche unserer eigenen Gewohnheiten müssten Teams im angestrebten Modell herumarbeiten?',
        'Wie erfahren wir, was wirklich los ist – jenseits von Statusberichten?',
        'Was machen wir selbst anders, sodass andere sehen, dass die Veränderung ernst gemeint ist?',
      ],
      scale: [
        {
          level: 1,
          label: 'Anweisen und kontrollieren',
          description:
            'Führung entscheidet und weist an; Fragen gelten als Widerstand, Neuigkeiten kommen per Bericht nach oben.',
        },
        {
          level: 2,
          label: 'Aufgaben delegieren',
          description:
            'Führungskräfte verteilen Aufgaben, behalten die Entscheidungen und reden mehr über Wandel, als sie ihn zeigen.',
        },
        {
          level: 3,
          label: 'Gemischte Signale',
          description:
            'Manche coachen und fragen, andere steuern weiter; Teams verhalten sich je nach Anwesenden anders.',
        },
        {
          level: 4,
          label: 'Coachend führen',
          description:
            'Die meisten geben Kontext, fragen gut nach und tragen Teamentscheidungen mit, die sie anders getroffen hätten.',
        },
        {
          level: 5,
          label: 'Vorbilder',
          description:
            'Führungskräfte bleiben neugierig, schauen selbst hin, geben Nichtwissen zu und leben den Wandel vor.',
        },
      ],
    },
  ],
}
