/**
 * Two workshops of one leadership team, as session files with known numbers, built from the
 * realistic six-lens fixture: an autumn workshop (agreed scores only) and the spring workshop that
 * follows it (five people, every rating revealed). The compare spec derives what a facilitator
 * must see from these numbers by hand, so the expectations in the spec are the check.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

type Doc = Record<string, unknown> & {
  workshop: Record<string, unknown> & { id: string; agenda: { lensId: string }[] }
  participants: { id: string; name: string }[]
}

const FIXTURE = resolve(
  import.meta.dirname,
  '../../fixtures/sessions/valid-six-lens-workshop.vantage',
)

/** The fixture's lenses in agenda order, with their titles as the app shows them. */
export const LENSES = {
  alignment: 'Alignment',
  'organisational-design': 'Organisational design',
  'product-team': 'The product team',
  'value-creation': 'Value creation process',
  'cross-functional-integration': 'Cross-functional integration',
  leadership: 'Leadership',
} as const
type LensId = keyof typeof LENSES
type Level = 1 | 2 | 3 | 4 | 5
type Scores = Record<LensId, [Level | null, Level | null]>

export const SPRING = 'Spring leadership offsite'
export const AUTUMN = 'Autumn leadership offsite'

/** Agreed [today, target] per lens in spring. */
export const SPRING_AGREED: Scores = {
  alignment: [2, 4],
  'organisational-design': [3, 4],
  'product-team': [1, 4],
  'value-creation': [2, 5],
  'cross-functional-integration': [3, 3],
  leadership: [2, 4],
}

/** Agreed [today, target] per lens in autumn; cross-functional integration was never agreed. */
export const AUTUMN_AGREED: Scores = {
  alignment: [1, 4],
  'organisational-design': [3, 4],
  'product-team': [2, 4],
  'value-creation': [2, 4],
  'cross-functional-integration': [null, null],
  leadership: [1, 3],
}

/** Each of the five people's [today, target] per lens, in the order of the participant list. */
const SPRING_RATINGS: Record<LensId, [Level, Level][]> = {
  alignment: [
    [1, 4],
    [2, 4],
    [2, 4],
    [3, 4],
    [2, 4],
  ],
  'organisational-design': [
    [3, 5],
    [4, 4],
    [3, 4],
    [4, 4],
    [3, 4],
  ],
  'product-team': [
    [1, 4],
    [1, 4],
    [1, 4],
    [1, 4],
    [1, 4],
  ],
  'value-creation': [
    [2, 5],
    [2, 5],
    [2, 5],
    [2, 5],
    [5, 5],
  ],
  'cross-functional-integration': [
    [3, 3],
    [3, 3],
    [3, 3],
    [3, 3],
    [3, 3],
  ],
  leadership: [
    [2, 4],
    [2, 4],
    [3, 4],
    [2, 5],
    [2, 4],
  ],
}

const STATES = ['current', 'target'] as const

function load(): Doc {
  return JSON.parse(readFileSync(FIXTURE, 'utf8')) as Doc
}

function consensus(workshopId: string, agreed: Scores, revealed: boolean) {
  return Object.entries(agreed).flatMap(([lensId, values]) =>
    STATES.map((state, i) => ({
      id: `${workshopId}:${lensId}:${state}`,
      workshopId,
      lensId,
      revealed,
      state,
      updatedAt: 1741941900000,
      value: values[i] ?? null,
    })),
  )
}

function withWorkshop(doc: Doc, fields: Record<string, unknown>) {
  return { ...doc, workshop: { ...doc.workshop, ...fields } }
}

/** The autumn workshop: a different workshop of the same team, with its agreed scores only. */
function autumn(): Doc {
  const id = '5e1a2b3c-0000-4000-8000-00000000a070'
  const doc = withWorkshop(load(), { id, title: AUTUMN, date: '2025-10-02', earlier: null })
  return {
    ...doc,
    participants: [],
    ratings: [],
    cards: [],
    gapNotes: [],
    bets: [],
    votes: [],
    // Its maps would still name the spring workshop's id, which a session file may not.
    mapElements: [],
    consensus: consensus(id, AUTUMN_AGREED, true),
  } as Doc
}

/** The spring workshop: five people, every rating revealed, the agreed scores above. */
function spring(): Doc {
  const base = load()
  const doc = withWorkshop(base, { title: SPRING, date: '2026-03-12', earlier: null })
  const people = doc.participants.slice(0, 5)
  const ratings = Object.entries(SPRING_RATINGS).flatMap(([lensId, rows]) =>
    rows.flatMap((values, person) =>
      STATES.map((state, i) => ({
        id: `${people[person]!.id}:${lensId}:${state}`,
        workshopId: doc.workshop.id,
        lensId,
        note: '',
        participantId: people[person]!.id,
        state,
        updatedAt: 1741941000000,
        value: values[i],
      })),
    ),
  )
  return {
    ...doc,
    participants: people,
    ratings,
    consensus: consensus(doc.workshop.id, SPRING_AGREED, true),
  } as Doc
}

/** The names of the five people in the spring room, in their order. */
export function springPeople(): string[] {
  return load()
    .participants.slice(0, 5)
    .map((p) => p.name)
}

/** Writes both session files into `folder` and returns their paths. */
export function writeCompareFiles(folder: string): { autumn: string; spring: string } {
  const paths = { autumn: join(folder, 'autumn.vantage'), spring: join(folder, 'spring.vantage') }
  writeFileSync(paths.autumn, JSON.stringify(autumn(), null, 2))
  writeFileSync(paths.spring, JSON.stringify(spring(), null, 2))
  return paths
}

/** The spring workshop before any bet was made: its agreed gaps wait to become bets. */
export function writeSpringWithoutBets(folder: string): string {
  const path = join(folder, 'spring-no-bets.vantage')
  writeFileSync(path, JSON.stringify({ ...spring(), bets: [], votes: [] }, null, 2))
  return path
}
