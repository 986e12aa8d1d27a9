import { Dexie } from 'dexie'
import { describe, expect, it } from 'vitest'
import { InvalidScoreError } from '../../../../renderer/src/db'
import { storageRefusalOf } from '../../../../renderer/src/db/storageRefusal'

const domError = (name: string) => new DOMException('the browser said no', name)

describe('storageRefusalOf', () => {
  it('calls a full disk full, however deep Dexie wrapped it', () => {
    expect(storageRefusalOf(domError('QuotaExceededError'))).toBe('full')
    expect(storageRefusalOf(new Dexie.QuotaExceededError('quota'))).toBe('full')
    expect(storageRefusalOf(new Dexie.AbortError('aborted', domError('QuotaExceededError')))).toBe(
      'full',
    )
  })

  it('calls a storage that will not take writes unavailable', () => {
    expect(storageRefusalOf(new Dexie.AbortError('aborted'))).toBe('unavailable')
    expect(storageRefusalOf(new Dexie.DatabaseClosedError())).toBe('unavailable')
    expect(storageRefusalOf(new Dexie.OpenFailedError('open', domError('UnknownError')))).toBe(
      'unavailable',
    )
    expect(storageRefusalOf(domError('UnknownError'))).toBe('unavailable')
  })

  it('does not call a write that is wrong in itself a refusal', () => {
    expect(storageRefusalOf(new InvalidScoreError(9))).toBeNull()
    expect(storageRefusalOf(new Dexie.ConstraintError('key exists'))).toBeNull()
    expect(storageRefusalOf(domError('DataCloneError'))).toBeNull()
    expect(storageRefusalOf(new Error('disk full'))).toBeNull()
    expect(storageRefusalOf('QuotaExceededError')).toBeNull()
    expect(storageRefusalOf(undefined)).toBeNull()
  })

  it('stops on an error that names itself as its own cause', () => {
    const looping = new Error('loop') as Error & { inner?: unknown }
    looping.inner = looping
    expect(storageRefusalOf(looping)).toBeNull()
  })
})
