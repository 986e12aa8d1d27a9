// The presenter opens any workshop a valid session file may carry: every id the session schema
// accepts is accepted by the presenter's IPC contract (and only those), and comes back whole from
// the presenter's route, which never holds a character a URL or the router would change.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ipcContract } from '@shared/ipc'
import { decodeRouteId, encodeRouteId, presenterRoute } from '@shared/ipc/routeIds'
import { workshopSchema } from '@shared/schema/sessionSchema'
import { workshopIdCandidate } from './workshopIdArbitrary'

const sessionAccepts = (id: string) => workshopSchema.shape.id.safeParse(id).success
const presenterAccepts = (id: unknown) =>
  ipcContract.presenterOpen.args.safeParse([{ workshopId: id }]).success

describe('presenter ids', () => {
  it('are accepted by the presenter contract exactly when a session file may carry them', () => {
    fc.assert(
      fc.property(workshopIdCandidate, (id) => {
        expect(presenterAccepts(id)).toBe(sessionAccepts(id))
      }),
      { numRuns: 1000 },
    )
  })

  it('come back whole from the presenter route, which is plain URL-safe text', () => {
    fc.assert(
      fc.property(workshopIdCandidate.filter(sessionAccepts), (id) => {
        const route = presenterRoute(id)
        expect(route).toMatch(/^\/present\/[A-Za-z0-9_~-]+$/)
        const [, , segment = ''] = route.split('/')
        expect(decodeRouteId(segment)).toBe(id)
      }),
      { numRuns: 1000 },
    )
  })

  it('read as they are when the app made them', () => {
    fc.assert(
      fc.property(fc.uuid(), (id) => {
        expect(presenterRoute(id)).toBe(`/present/${id}`)
      }),
    )
    expect(presenterRoute('w_1-a')).toBe('/present/w_1-a')
  })

  it('keep two ids apart: no two ids share a route', () => {
    fc.assert(
      fc.property(workshopIdCandidate, workshopIdCandidate, (a, b) => {
        if (a !== b) expect(encodeRouteId(a)).not.toBe(encodeRouteId(b))
      }),
    )
  })

  it('refuse segments the encoder never writes', () => {
    for (const segment of ['', 'a%20b', 'a~00', 'a~00e9', 'a/b', 'é', '~~0041']) {
      expect(decodeRouteId(segment), segment).toBeNull()
    }
    expect(decodeRouteId('~0041b')).toBe('Ab')
  })
})
