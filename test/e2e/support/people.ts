/** A leadership team for the browser tests: realistic names, accents included. */
export const PEOPLE = [
  'Amara Okafor',
  'Jonas Weber',
  'Priya Raman',
  'Tomás Herrera',
  'Mei Lin',
  'Oskar Lindqvist',
]
