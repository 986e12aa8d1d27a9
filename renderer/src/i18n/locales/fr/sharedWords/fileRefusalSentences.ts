/**
 * French sentences for why a session or template file was refused. {{place}} carries its own
 * article (« l’évaluation 12 »), so the predicates are chosen to agree with any gender: « fait
 * défaut », « est vide », « n’est pas valide ».
 */
import type { refusalSentencesEnglish as english } from '@shared/schema/refusalSentencesEnglish'
import type { MirrorWithMany } from '../../mirror'

export const fileRefusalSentences = {
  session: {
    tooLarge:
      'Le fichier dépasse {{limitMb}}\u00a0Mo, bien plus que ce qu’exige un atelier\u202f; il n’a donc pas été ouvert.',
    tooDeep:
      'Ce n’est pas un fichier de session Vantage\u202f: son imbrication dépasse {{depth}}\u00a0niveaux.',
    notJson: 'Ce n’est pas un fichier de session Vantage\u202f: ce n’est pas du JSON valide.',
    notJsonAtLine:
      'Ce n’est pas un fichier de session Vantage\u202f: ce n’est pas du JSON valide (la première erreur se trouve à la ligne {{line}}).',
    otherKind:
      'Il s’agit d’un fichier de modèle Vantage, et non d’un fichier de session\u202f; importez-le depuis la bibliothèque de modèles.',
    notVantage: 'Ce n’est pas un fichier de session Vantage.',
    notVantageFormat: 'Ce n’est pas un fichier de session Vantage (son format est {{format}}).',
    newerVersion:
      'Ce fichier a été créé par une version plus récente de Vantage (version {{version}})\u202f; mettez Vantage à jour pour l’ouvrir.',
    noVersion:
      'Ce fichier n’indique pas dans quelle version du format de session il est écrit\u202f; il ne peut donc pas être ouvert.',
    unknownVersion:
      'Ce fichier porte une version que Vantage n’a jamais écrite ({{version}})\u202f; il ne peut donc pas être ouvert.',
    retiredVersion:
      'Cette version de Vantage ne peut plus ouvrir les fichiers de cette version ({{version}}).',
  },
  template: {
    tooLarge:
      'Le fichier dépasse {{limitMb}}\u00a0Mo, bien plus que ce qu’exige un modèle\u202f; il n’a donc pas été importé.',
    tooDeep:
      'Ce n’est pas un fichier de modèle Vantage\u202f: son imbrication dépasse {{depth}}\u00a0niveaux.',
    notJson: 'Ce n’est pas un fichier de modèle Vantage\u202f: ce n’est pas du JSON valide.',
    notJsonAtLine:
      'Ce n’est pas un fichier de modèle Vantage\u202f: ce n’est pas du JSON valide (la première erreur se trouve à la ligne {{line}}).',
    otherKind:
      'Il s’agit d’un fichier de session Vantage, et non d’un modèle\u202f; ouvrez-le avec Fichier › Ouvrir.',
    notVantage: 'Ce n’est pas un fichier de modèle Vantage.',
    notVantageFormat: 'Ce n’est pas un fichier de modèle Vantage (son format est {{format}}).',
    newerVersion:
      'Ce modèle a été créé par une version plus récente de Vantage (format de modèle {{version}})\u202f; mettez Vantage à jour pour l’importer.',
    noVersion:
      'Ce fichier n’indique pas dans quelle version du format de modèle il est écrit\u202f; il ne peut donc pas être importé.',
    unknownVersion:
      'Ce fichier porte un format de modèle que Vantage n’a jamais écrit ({{version}})\u202f; il ne peut donc pas être importé.',
  },
  empty: 'Le fichier est vide.',
  truncated:
    'Le fichier s’interrompt au milieu\u202f: il a probablement été tronqué lors d’une copie ou d’un enregistrement.',
  notValid: 'Le fichier n’est pas valide.',

  values: {
    quoted: '«\u00a0{{text}}\u00a0»',
    null: 'vide (null)',
    list: 'une liste',
    group: 'un groupe de champs',
    hugeNumber: 'un nombre trop grand pour être enregistré',
    missing: 'absent',
    true: 'vrai',
    false: 'faux',
    or: ' ou ',
    aThousand: '1\u202f000',
    twoAndAHalf: '2,5',
  },
  expected: {
    string: 'du texte',
    number: 'un nombre',
    int: 'un nombre entier',
    boolean: 'vrai ou faux',
    array: 'une liste',
    object: 'un groupe de champs',
  },
  problems: {
    missing: 'fait défaut',
    wrongType: 'devrait être {{expected}}, et non {{actual}}',
    wrongValue: 'vaut {{actual}}, alors que les valeurs admises sont {{allowed}}',
    exactCount: 'devrait compter exactement {{limit}}\u00a0entrées, et non {{size}}',
    empty: 'est vide',
    textTooLong: 'dépasse la longueur admise ({{size}}\u00a0caractères\u202f; au plus {{limit}})',
    tooManyEntries: 'compte trop d’entrées ({{size}}\u202f; au plus {{limit}})',
    tooFewEntries: 'compte trop peu d’entrées ({{size}}\u202f; au moins {{limit}})',
    tooLarge: 'dépasse la valeur admise ({{size}}\u202f; au plus {{limit}})',
    tooSmall: 'n’atteint pas la valeur minimale ({{size}}\u202f; au moins {{limit}})',
    unknownOption: 'vaut {{actual}}, une valeur que cette version de Vantage ne connaît pas',
    notValid: 'n’est pas valide',
    required: 'est vide',
    invalidId: 'ne doit contenir que des lettres minuscules, des chiffres et des tirets',
    levelOutOfOrder: 'n’est pas à sa place\u202f: les niveaux vont de 1 à 5',
    duplicateLensId: 'sert aussi d’identifiant à un autre prisme',
    isoDate: 'devrait être une date comme 2025-03-14',
    isoDateOrEmpty: 'devrait être une date comme 2025-03-14, ou rester vide',
    isoDateTime: 'devrait être une date et une heure comme 2025-03-14T09:30:00.000Z',
    clockTime: 'devrait être une heure comme 09:30, ou rester vide',
  },
  record: {
    problem: '{{place}} {{problem}}.',
    ratingScore: '{{place}} a le score {{value}}\u202f; les scores vont de 1 à 5.',
    consensusScore:
      '{{place}} a le score {{value}}\u202f; les scores convenus vont de 1 à 5, ou restent ouverts.',
    unknownField: '{{place}} contient un champ que Vantage ne connaît pas\u202f: {{names}}.',
    unknownFields: '{{place}} contient des champs que Vantage ne connaît pas\u202f: {{names}}.',
    typo: '{{place}} n’a pas de champ «\u00a0{{field}}\u00a0», mais contient un champ que Vantage ne connaît pas\u202f: {{names}}.',
  },
  records: {
    otherWorkshop:
      '{{place}} appartient à un autre atelier\u202f: son identifiant d’atelier ne correspond pas à celui de l’atelier.',
    sameId:
      '{{place}} a le même identifiant que {{other}}\u202f; chaque élément doit avoir le sien.',
    unknownLens:
      '{{place}} porte sur le prisme {{lens}}, qui ne figure pas dans le modèle de l’atelier.',
    wrongId:
      '{{place}} a un identifiant qui ne correspond pas à son contenu\u202f; le fichier a probablement été modifié à la main.',
    unknownParticipant: '{{place}} provient d’un participant qui ne figure pas dans le fichier.',
    unknownBet: '{{place}} porte sur un pari qui ne figure pas dans le fichier.',
    tooManyDots:
      '{{place}} porte son participant à {{total}}\u00a0points, plus que les {{allowed}} dont dispose chaque personne.',
  },
  map: {
    sides: {
      today: { one: 'la cartographie actuelle', in: 'dans la cartographie actuelle' },
      target: { one: 'la cartographie cible', in: 'dans la cartographie cible' },
    },
    kinds: {
      team: { many: 'équipes', another: 'une autre équipe' },
      interaction: { many: 'interactions', another: 'une autre interaction' },
      ritual: { many: 'rituels', another: 'un autre rituel' },
      artifact: { many: 'artefacts', another: 'un autre artefact' },
    },
    tooMany:
      '{{map}} compte {{count}} {{kinds}}\u202f; une cartographie en accueille au plus {{max}}.',
    // {{another}} always starts with « un » or « une », hence the elided « qu’ ».
    duplicateKey:
      '{{place}} a la même clé qu’{{another}} {{inMap}}\u202f; chaque élément doit avoir la sienne.',
    duplicateTeamName:
      '{{place}} est une deuxième équipe nommée {{name}} {{inMap}}\u202f; chaque équipe doit avoir son propre nom.',
    unknownTeamFrom: '{{place}} est une interaction qui part d’une équipe absente {{inMap}}.',
    unknownTeamTo: '{{place}} est une interaction vers une équipe absente {{inMap}}.',
    selfInteraction: '{{place}} est une interaction qui commence et se termine sur la même équipe.',
    duplicateInteraction:
      '{{place}} répète une autre interaction entre les deux mêmes équipes, dans le même mode.',
    unknownAttendee: '{{place}} est un rituel auquel participe une équipe absente {{inMap}}.',
    unknownOwner: '{{place}} est un artefact détenu par une équipe absente {{inMap}}.',
    teamUnknownLens:
      '{{place}} relie une équipe au prisme {{lens}}, qui ne figure pas dans le modèle de l’atelier.',
    betUnknownTeam: '{{place}} cite une équipe qui ne figure sur aucune des deux cartographies.',
  },
} as const satisfies MirrorWithMany<typeof english>
