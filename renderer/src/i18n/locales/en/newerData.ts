/** English text of the screen shown instead of the app when a newer Vantage saved the data. */
export const newerData = {
  title: 'This data was saved by a newer version of Vantage',
  safe: 'This version of Vantage will not open it or change it, so nothing is lost.',
  whatToDo:
    'To keep working, install the newer version of Vantage again. Your workshops are untouched and all still there.',
  thisVersion: 'This is Vantage {{version}}.',
}
