/**
 * French text of the team map as it is read rather than edited: the drawing (projector, PDF,
 * diff view) and the changes from today to the target, in sentences a facilitator can read out.
 * The sentences avoid "de {{name}}" (elision) and past participles that would have to agree
 * with a name of unknown gender.
 */
import type { teammapView as english } from '../en/teammapView'
import type { MirrorWithMany } from '../mirror'

export const teammapView = {
  view: {
    today: 'Cartographie des équipes : aujourd’hui',
    target: 'Cartographie des équipes : cible',
    summary: '{{title}}. {{teams}} et {{interactions}} : {{names}}.',
    teamCount_one: '{{count}} équipe',
    teamCount_other: '{{count}} équipes',
    teamCount_many: '{{count}} équipes',
    interactionCount_one: '{{count}} interaction',
    interactionCount_other: '{{count}} interactions',
    interactionCount_many: '{{count}} interactions',
    noTeams: 'Aucune équipe dessinée pour l’instant',
    types: {
      'stream-aligned': 'Alignée sur un flux',
      platform: 'Plateforme',
      enabling: 'Facilitatrice',
      'complicated-subsystem': 'Sous-système complexe',
      other: 'Autre',
    },
    modes: {
      collaboration: 'Collaboration',
      'x-as-a-service': 'X-as-a-Service',
      facilitating: 'Facilitation',
      embed: 'Intégration',
      consult: 'Consultation',
    },
    /** The same names inside a sentence: "équipe plateforme", "en mode collaboration". */
    typesInText: {
      'stream-aligned': 'alignée sur un flux',
      platform: 'plateforme',
      enabling: 'facilitatrice',
      'complicated-subsystem': 'sous-système complexe',
      other: 'd’un autre type',
    },
    modesInText: {
      collaboration: 'collaboration',
      'x-as-a-service': 'X-as-a-Service',
      facilitating: 'facilitation',
      embed: 'intégration',
      consult: 'consultation',
    },
    funding: {
      'stable-team': 'Équipe stable',
      project: 'Projet',
      mixed: 'Mixte',
    },
    fundingInText: {
      'stable-team': 'par équipe stable',
      project: 'par projet',
      mixed: 'mixte, par équipe et par projet',
    },
    artifactKinds: {
      strategy: 'Stratégie',
      roadmap: 'Feuille de route',
      'bet-brief': 'Fiche de pari',
      other: 'Autre',
    },
    artifactKindsInText: {
      strategy: 'stratégie',
      roadmap: 'feuille de route',
      'bet-brief': 'fiche de pari',
      other: 'autre',
    },
    /** Badges on teams (une équipe): feminine. */
    highlight: { added: 'Nouvelle', changed: 'Modifiée', removed: 'Retirée' },
  },
  diff: {
    heading: 'D’aujourd’hui à la cible',
    drawingTitle:
      'Cartographie des équipes : la cible, avec ce qui change par rapport à aujourd’hui',
    drawingNote:
      'Repères sur la cartographie cible : Nouvelle, Modifiée et Retirée (les équipes retirées sont dessinées en transparence à leur place actuelle, ou sous la cartographie lorsqu’une autre équipe occupe désormais cette place).',
    total_one: '{{count}} changement',
    total_other: '{{count}} changements',
    total_many: '{{count}} changements',
    noTarget:
      'Pas encore de cartographie cible : créez-la à partir d’aujourd’hui dans la vue Cible.',
    noMaps:
      'Pas encore de cartographie des équipes : dessinez les équipes d’aujourd’hui dans la vue Aujourd’hui, puis la cible.',
    same: 'La cible est identique à aujourd’hui.',
    sameMoved:
      'La cible est identique à aujourd’hui : des équipes ont seulement été déplacées sur le canevas.',
    groups: {
      teams_one: 'Équipes : {{count}} changement',
      teams_other: 'Équipes : {{count}} changements',
      teams_many: 'Équipes : {{count}} changements',
      interactions_one: 'Interactions : {{count}} changement',
      interactions_other: 'Interactions : {{count}} changements',
      interactions_many: 'Interactions : {{count}} changements',
      rituals_one: 'Rituels : {{count}} changement',
      rituals_other: 'Rituels : {{count}} changements',
      rituals_many: 'Rituels : {{count}} changements',
      artifacts_one: 'Artefacts : {{count}} changement',
      artifacts_other: 'Artefacts : {{count}} changements',
      artifacts_many: 'Artefacts : {{count}} changements',
    },
    kinds: {
      teams: 'Équipes',
      interactions: 'Interactions',
      rituals: 'Rituels',
      artifacts: 'Artefacts',
    },
    change: { added: 'Ajout', removed: 'Retrait', changed: 'Modification' },
    joiner: ' ; ',
    sentence: '{{head}} : {{parts}}',
    ends: '{{from}} → {{to}}',
    none: 'aucun',
    unknownSize: 'inconnu',
    empty: 'vide',
    quoted: '« {{text}} »',
    team: {
      added: '{{name}} : nouvelle équipe {{type}}',
      removed: '{{name}} : équipe retirée de la cartographie',
      name: 'nouveau nom (auparavant {{before}})',
      type: 'équipe {{after}} (auparavant {{before}})',
      scope: 'périmètre désormais {{after}} (auparavant {{before}})',
      size: 'effectif {{after}} (auparavant {{before}})',
      funding: 'financement {{after}} (auparavant {{before}})',
      note: 'remarque désormais {{after}}',
      noteCleared: 'remarque supprimée',
      lenses: 'prismes liés désormais {{after}} (auparavant {{before}})',
      moved: 'déplacée sur le canevas',
    },
    interaction: {
      added: '{{ends}} : nouvelle interaction en mode {{mode}}',
      removed: '{{ends}} : fin de l’interaction en mode {{mode}}',
      mode: 'mode {{after}} (auparavant {{before}})',
      purpose: 'objet désormais {{after}} (auparavant {{before}})',
      ends: 'désormais entre {{after}} (auparavant {{before}})',
    },
    ritual: {
      added: '{{name}} : nouveau rituel, {{cadence}} (équipes : {{attendees}})',
      addedNoCadence: '{{name}} : nouveau rituel (équipes : {{attendees}})',
      removed: '{{name}} : rituel abandonné',
      name: 'nouveau nom (auparavant {{before}})',
      cadence: 'fréquence désormais {{after}} (auparavant {{before}})',
      attendees: 'équipes désormais {{after}} (auparavant {{before}})',
    },
    artifact: {
      added: '{{name}} : nouvel artefact de type {{kind}}, tenu par l’équipe {{owner}}',
      addedNoOwner: '{{name}} : nouvel artefact de type {{kind}}, sans équipe responsable',
      removed: '{{name}} : artefact abandonné',
      name: 'nouveau nom (auparavant {{before}})',
      kind: 'type {{after}} (auparavant {{before}})',
      owner: 'équipe responsable désormais {{after}} (auparavant {{before}})',
    },
    noOwner: 'aucune',
    noAttendees: 'aucune équipe désignée',
  },
} as const satisfies MirrorWithMany<typeof english>
