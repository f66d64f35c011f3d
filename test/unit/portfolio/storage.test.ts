// Reading the two storage keys and planning a save: damaged data never wipes the list.
import { describe, expect, test } from 'vitest'
import { InvalidPortfolioError, loadPortfolio, planSave, STORAGE_KEYS } from '../../../src/core/portfolio/storage.ts'
import { emptyPortfolio } from '../../../src/core/portfolio/model.ts'
import { client, portfolio } from './helpers.ts'

const good = portfolio([client(1), client(2)])
const older = portfolio([client(1)])
const now = new Date('2026-11-22T08:00:00Z')

describe('loadPortfolio', () => {
  test('first run: nothing stored', () => {
    expect(loadPortfolio({})).toEqual({ portfolio: emptyPortfolio(), source: 'empty', droppedClients: 0, problems: [], writable: true, recoveryWrites: {} })
  })

  test('current is good: it is used, last-good is not consulted', () => {
    expect(loadPortfolio({ current: good, lastGood: 'garbage' })).toMatchObject({ portfolio: good, source: 'current', problems: [], writable: true, recoveryWrites: {} })
  })

  test('current damaged (half-written): the last good copy is used, the damage is reported and kept', () => {
    const damaged = { ...good, clients: [...good.clients, { businessId: '12' }] }
    const loaded = loadPortfolio({ current: damaged, lastGood: older })
    expect(loaded).toMatchObject({ portfolio: older, source: 'last-good', writable: true, recoveryWrites: { [STORAGE_KEYS.damaged]: { current: damaged } } })
    expect(loaded.problems).toMatchObject([{ key: 'current', code: 'invalid', version: 2 }])
    expect(loaded.problems[0]!.issues[0]).toEqual({ path: 'clients[2].businessId', message: 'not a Y-tunnus: expected 7 digits, a hyphen and a check digit, e.g. 0913909-2' })
  })

  test('current missing but last-good there (a lost key): last-good is used', () => {
    expect(loadPortfolio({ lastGood: older })).toMatchObject({ portfolio: older, source: 'last-good', problems: [], recoveryWrites: {} })
  })

  test('both damaged: the clients that still validate in current are salvaged, the rest reported', () => {
    const current = { ...good, clients: [client(1), { businessId: '1000000-5', tags: [], mandates: [] }, client(3), 'junk'] }
    const loaded = loadPortfolio({ current, lastGood: { version: 2 } })
    expect(loaded.source).toBe('salvaged-current')
    expect(loaded.portfolio.clients).toEqual([client(1), client(3)])
    expect(loaded.portfolio.firm).toEqual(good.firm)
    expect(loaded.droppedClients).toBe(2)
    expect(loaded.problems.map((problem) => problem.key)).toEqual(['current', 'lastGood'])
    expect(loaded.recoveryWrites).toEqual({ [STORAGE_KEYS.damaged]: { current, lastGood: { version: 2 } } })
  })

  test('salvage keeps the clients even when the firm settings are broken', () => {
    const current = { ...good, firm: { services: ['nonsense'] } }
    const loaded = loadPortfolio({ current })
    expect(loaded.source).toBe('salvaged-current')
    expect(loaded.portfolio.clients).toEqual(good.clients)
  })

  test('salvage from last-good when current is beyond repair', () => {
    const lastGood = { ...older, clients: [client(1), { nonsense: true }] }
    expect(loadPortfolio({ current: 'not a document', lastGood })).toMatchObject({ source: 'salvaged-last-good', droppedClients: 1, portfolio: { clients: [client(1)] } })
  })

  test('nothing usable anywhere: an empty list, and both damaged values kept for download', () => {
    const loaded = loadPortfolio({ current: 42, lastGood: 'x' })
    expect(loaded).toMatchObject({ source: 'empty', writable: true, recoveryWrites: { [STORAGE_KEYS.damaged]: { current: 42, lastGood: 'x' } } })
  })

  test('data from a newer Valtuusapu is never overwritten: read-only, nothing to write', () => {
    const newer = { version: 99, clients: [{ whatever: 1 }] }
    expect(loadPortfolio({ current: newer, lastGood: older })).toMatchObject({ source: 'empty', writable: false, recoveryWrites: {}, problems: [{ key: 'current', code: 'newer-version', version: 99 }] })
  })

  test('a v1 document migrates on load and says so (the glue saves it back)', () => {
    const loaded = loadPortfolio({ current: { version: 1, firm: { services: ['employer'] }, clients: [{ businessId: '1000000-4', name: 'A Oy' }] } })
    expect(loaded).toMatchObject({ source: 'current', migratedFrom: 1, portfolio: { version: 2, clients: [{ businessId: '1000000-4', name: 'A Oy', tags: [], mandates: [] }] } })
  })
})

describe('planSave', () => {
  test('writes the new document as current and the previous good one as last-good, stamped in Helsinki time', () => {
    const writes = planSave(good, older, now)
    expect(writes).toEqual({ [STORAGE_KEYS.current]: { ...good, savedAt: '2026-11-22T10:00:00+02:00' }, [STORAGE_KEYS.lastGood]: older })
  })

  test('the first save has no previous: both keys get it', () => {
    const writes = planSave(good, null, now)
    expect(writes[STORAGE_KEYS.lastGood]).toEqual(writes[STORAGE_KEYS.current])
  })

  test('refuses to save what it could not read back, naming the field', () => {
    const broken = { ...good, clients: [client(1), client(1)] }
    expect(() => planSave(broken, good, now)).toThrow(InvalidPortfolioError)
    expect(() => planSave(broken, good, now)).toThrow(/clients\[1\]\.businessId: Y-tunnus 1000003-9 is listed twice/)
  })

  test('what is saved loads back identically', () => {
    const writes = planSave(good, older, now)
    expect(loadPortfolio({ current: writes[STORAGE_KEYS.current], lastGood: writes[STORAGE_KEYS.lastGood] })).toMatchObject({ source: 'current', portfolio: writes[STORAGE_KEYS.current] })
  })
})
