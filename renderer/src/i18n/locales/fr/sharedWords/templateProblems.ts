/** French sentences of the template editor's problems (see shared/domain/templateProblemWords.ts). */
import type { templateProblemsEnglish as english } from '@shared/domain'
import type { MirrorWithMany } from '../../mirror'

export const templateProblems = {
  lensNames: {
    lens: 'Le prisme {{n}}',
    lensTitled: 'Le prisme {{n}} («\u00a0{{title}}\u00a0»)',
    ofLens: 'du prisme {{n}}',
    ofLensTitled: 'du prisme {{n}} («\u00a0{{title}}\u00a0»)',
  },
  nameEmpty: 'Le nom du modèle est vide.',
  nameTooLong: 'Le nom du modèle compte {{length}}\u00a0caractères\u202f; limitez-le à {{limit}}.',
  noLenses: 'Ajoutez au moins un prisme.',
  tooManyLenses: 'Le modèle compte {{count}}\u00a0prismes\u202f; limitez-le à {{limit}}.',
  promptEmpty: 'La piste de discussion {{index}} {{ofLens}} est vide.',
  promptTooLong:
    'La piste de discussion {{index}} {{ofLens}} compte {{length}}\u00a0caractères\u202f; limitez-la à {{limit}}.',
  labelEmpty: 'L’intitulé du niveau {{level}} {{ofLens}} est vide.',
  labelTooLong:
    'L’intitulé du niveau {{level}} {{ofLens}} compte {{length}}\u00a0caractères\u202f; limitez-le à {{limit}}.',
  descriptionEmpty: 'La description du niveau {{level}} {{ofLens}} est vide.',
  descriptionTooLong:
    'La description du niveau {{level}} {{ofLens}} compte {{length}}\u00a0caractères\u202f; limitez-la à {{limit}}.',
  invalidId:
    '{{lens}} a un identifiant qui contient d’autres caractères que des lettres minuscules, des chiffres et des tirets.',
  duplicateId:
    '{{lens}} a le même identifiant qu’un prisme précédent\u202f; supprimez l’un des deux.',
  duplicateTitle:
    '{{lens}} porte le même nom que le prisme {{other}}\u202f; donnez à chaque prisme son propre nom.',
  titleEmpty: '{{lens}} doit avoir un titre.',
  titleTooLong:
    'Le titre {{ofLens}} compte {{length}}\u00a0caractères\u202f; limitez-le à {{limit}}.',
  coreQuestionEmpty: '{{lens}} doit avoir une question centrale.',
  coreQuestionTooLong:
    'La question centrale {{ofLens}} compte {{length}}\u00a0caractères\u202f; limitez-la à {{limit}}.',
  tooFewPrompts:
    '{{lens}} n’a pas assez de pistes de discussion ({{count}})\u202f; prévoyez-en au moins {{limit}}.',
  tooManyPrompts:
    '{{lens}} a trop de pistes de discussion ({{count}})\u202f; limitez-les à {{limit}}.',
  wrongLevels: '{{lens}} doit avoir cinq niveaux, numérotés de 1 à 5 dans l’ordre.',
} as const satisfies MirrorWithMany<typeof english>
