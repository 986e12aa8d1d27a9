import fc from 'fast-check'
import { beforeEach, describe, expect, it } from 'vitest'
import {
  consensusId,
  ratingId,
  type MaturityLevel,
  type Participant,
  type RatingValue,
  type Workshop,
} from '@shared/domain'
import {
  InvalidScoreError,
  type Repositories,
  type VantageDatabase,
} from '../../../../../renderer/src/db'
import type { RatingInput } from '../../../../../renderer/src/db/repositories/ratingRepository'
import { useRepositoryFixture } from './fixture'
import { snapshot, type TestRecords } from '../../helpers'

const fixture = useRepositoryFixture()
let db: VantageDatabase
let records: TestRecords
let repos: Repositories
let workshop: Workshop
let ana: Participant

beforeEach(async () => {
  ;({ db, records, repos, workshop } = fixture)
  ana = await repos.participants.add(workshop.id, 'Ana')
})

function input(overrides: Partial<RatingInput> = {}): RatingInput {
  return {
    workshopId: workshop.id,
    participantId: ana.id,
    lensId: 'strategy',
    state: 'current',
    value: 3,
    ...overrides,
  }
}

const IMPOSSIBLE_SCORES: unknown[] = [0, 6, 2.5, NaN, '3', null, undefined, -1, Infinity, '', {}]

describe('ratingRepository.set', () => {
  it('stores a rating under the deterministic id of participant, lens and state', async () => {
    const time = records.advance()
    const rating = await repos.ratings.set(input({ note: 'first' }))

    expect(rating).toEqual({
      id: ratingId(ana.id, 'strategy', 'current'),
      workshopId: workshop.id,
      participantId: ana.id,
      lensId: 'strategy',
      state: 'current',
      value: 3,
      note: 'first',
      updatedAt: time,
    })
    expect(await db.ratings.get(rating.id)).toEqual(rating)
  })

  it('upserts: setting again replaces the value instead of adding a second rating', async () => {
    await repos.ratings.set(input({ value: 2 }))
    await repos.ratings.set(input({ value: 5 }))

    const all = await repos.ratings.listForWorkshop(workshop.id)
    expect(all).toHaveLength(1)
    expect(all[0]?.value).toBe(5)
  })

  it('keeps the earlier note when no note is given, and replaces it when one is', async () => {
    await repos.ratings.set(input({ value: 2, note: 'Too many priorities' }))
    const kept = await repos.ratings.set(input({ value: 4 }))
    expect(kept.note).toBe('Too many priorities')
    expect((await db.ratings.get(kept.id))?.note).toBe('Too many priorities')

    const cleared = await repos.ratings.set(input({ value: 4, note: '' }))
    expect(cleared.note).toBe('')
  })

  it('starts with an empty note', async () => {
    expect((await repos.ratings.set(input())).note).toBe('')
  })

  it('keeps current and target, and different lenses, apart', async () => {
    await repos.ratings.set(input({ state: 'current', value: 2 }))
    await repos.ratings.set(input({ state: 'target', value: 4 }))
    await repos.ratings.set(input({ lensId: 'delivery', value: 1 }))

    expect(await db.ratings.count()).toBe(3)
  })

  it('accepts every maturity level and "unsure"', async () => {
    const values: RatingValue[] = [1, 2, 3, 4, 5, 'unsure']
    for (const value of values) {
      await repos.ratings.set(input({ value }))
      expect((await db.ratings.get(ratingId(ana.id, 'strategy', 'current')))?.value).toBe(value)
    }
  })

  it.each(IMPOSSIBLE_SCORES.map((value) => [String(value), value]))(
    'refuses %s with InvalidScoreError and writes nothing',
    async (_label, value) => {
      await repos.ratings.set(input({ value: 2, note: 'keep me' }))
      const before = await snapshot(db)
      records.advance()

      await expect(
        repos.ratings.set(input({ value: value as RatingValue, note: 'overwritten?' })),
      ).rejects.toBeInstanceOf(InvalidScoreError)

      expect(await snapshot(db)).toEqual(before)
    },
  )

  it('refuses any value that is not 1..5 or "unsure", for every input (property)', async () => {
    await repos.ratings.set(input({ value: 2 }))
    const before = await snapshot(db)
    const impossible = fc
      .anything()
      .filter(
        (v) => v !== 'unsure' && !(Number.isInteger(v) && (v as number) >= 1 && (v as number) <= 5),
      )

    await fc.assert(
      fc.asyncProperty(impossible, async (value) => {
        await expect(
          repos.ratings.set(input({ value: value as RatingValue })),
        ).rejects.toBeInstanceOf(InvalidScoreError)
      }),
      { numRuns: 60 },
    )
    expect(await snapshot(db)).toEqual(before)
  })

  it('refuses a value whose toString is hostile, with a message all the same', async () => {
    await expect(
      repos.ratings.set(input({ value: { toString: 0 } as unknown as RatingValue })),
    ).rejects.toThrow('got something of type object')
  })

  it('marks the workshop as edited', async () => {
    const time = records.advance(10_000)
    await repos.ratings.set(input())
    expect((await db.workshops.get(workshop.id))?.updatedAt).toBe(time)
  })
})

describe('ratingRepository.clear', () => {
  it('deletes just that rating and marks the workshop as edited', async () => {
    await repos.ratings.set(input({ state: 'current' }))
    const target = await repos.ratings.set(input({ state: 'target' }))
    const time = records.advance()

    await repos.ratings.clear(workshop.id, ana.id, 'strategy', 'current')

    expect(await repos.ratings.listForWorkshop(workshop.id)).toEqual([target])
    expect((await db.workshops.get(workshop.id))?.updatedAt).toBe(time)
  })
})

describe('ratingRepository.setConsensus', () => {
  it.each([1, 2, 3, 4, 5] as const)('accepts %i under the deterministic id', async (value) => {
    const time = records.advance()
    const consensus = await repos.ratings.setConsensus(workshop.id, 'delivery', 'target', value)

    expect(consensus).toEqual({
      id: consensusId(workshop.id, 'delivery', 'target'),
      workshopId: workshop.id,
      lensId: 'delivery',
      state: 'target',
      value,
      revealed: false,
      updatedAt: time,
    })
    expect(await repos.ratings.listConsensus(workshop.id)).toEqual([consensus])
    expect((await db.workshops.get(workshop.id))?.updatedAt).toBe(time)
  })

  it('accepts null to take an agreement back, replacing the earlier value', async () => {
    await repos.ratings.setConsensus(workshop.id, 'strategy', 'current', 4)
    await repos.ratings.setConsensus(workshop.id, 'strategy', 'current', null)

    const all = await repos.ratings.listConsensus(workshop.id)
    expect(all).toHaveLength(1)
    expect(all[0]?.value).toBeNull()
  })

  it.each([0, 6, 2.5, NaN, '3', 'unsure', undefined, -0.5].map((v) => [String(v), v]))(
    'refuses %s with InvalidScoreError and writes nothing',
    async (_label, value) => {
      await repos.ratings.setConsensus(workshop.id, 'strategy', 'current', 2)
      const before = await snapshot(db)
      records.advance()

      await expect(
        repos.ratings.setConsensus(workshop.id, 'strategy', 'current', value as MaturityLevel),
      ).rejects.toBeInstanceOf(InvalidScoreError)

      expect(await snapshot(db)).toEqual(before)
    },
  )
})
