/** French text of the screen shown instead of the app when a newer Vantage saved the data. */
import type { newerData as english } from '../en/newerData'
import type { MirrorWithMany } from '../mirror'

export const newerData = {
  title: 'Ces données ont été enregistrées par une version plus récente de Vantage',
  safe: 'Cette version de Vantage ne les ouvrira pas et ne les modifiera pas : rien n’est perdu.',
  whatToDo:
    'Pour continuer à travailler, réinstallez la version plus récente de Vantage. Vos ateliers sont intacts et toujours là.',
  thisVersion: 'Vous utilisez Vantage {{version}}.',
} as const satisfies MirrorWithMany<typeof english>
