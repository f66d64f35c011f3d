// The storage glue of the portfolio page, on an in-memory storage.local that behaves like the real
// one (copies values, notifies every listener after each write): damaged data is kept and the list
// healed, a migration is saved back, a newer version is never written over, and two tabs saving at
// once both keep their changes.
import { describe, expect, test } from 'vitest'
import { addClient, STORAGE_KEYS, type Portfolio } from '../../../../src/core/portfolio/index.ts'
import { memoryArea } from '../../../../src/extension/portfolio/storage/area.ts'
import { PortfolioStore, REVISION_KEY, type CrossTabLock, type EditOutcome } from '../../../../src/extension/portfolio/storage/portfolio-store.ts'
import { decodeStored } from '../../../../src/extension/portfolio/storage/encoding.ts'
import { businessIdAt, client, portfolio } from '../../portfolio/helpers.ts'

const now = () => new Date('2026-03-04T08:00:00Z')
/** What the Web Lock does between real tabs: one task at a time. */
function sharedLock(): CrossTabLock {
  let tail: Promise<unknown> = Promise.resolve()
  return (task) => {
    const run = tail.then(task, task)
    tail = run.catch(() => undefined)
    return run
  }
}
/** A stored document, as the page reads it. */
const doc = (area: ReturnType<typeof memoryArea>, key: string) => decodeStored(area.data.get(key)) as Portfolio
const settle = () => new Promise((resolve) => setTimeout(resolve, 5))

function adding(n: number) {
  return (current: Portfolio): EditOutcome<null> => {
    const change = addClient(current, { businessId: businessIdAt(n), name: `Asiakas ${n} Oy` })
    return change.ok ? { ok: true, portfolio: change.portfolio, value: null } : { ok: false, error: change.error }
  }
}

describe('opening', () => {
  test('first run: an empty list, nothing written', async () => {
    const area = memoryArea()
    const state = await new PortfolioStore(area, now).open()
    expect(state).toMatchObject({ writable: true, damaged: false, load: { source: 'empty', problems: [], savedBack: false } })
    expect(state.portfolio.clients).toEqual([])
    expect(area.data.size).toBe(0)
  })

  test('a good list loads as it is, and is not written', async () => {
    const good = portfolio([client(1), client(2)])
    const area = memoryArea({ [STORAGE_KEYS.current]: good })
    const state = await new PortfolioStore(area, now).open()
    expect(state.portfolio).toEqual(good)
    expect(state.load.source).toBe('current')
    expect(area.data.has(REVISION_KEY)).toBe(false)
  })

  test('current damaged: the last good copy is used and saved back; the damaged value is kept for download', async () => {
    const older = portfolio([client(1)])
    const damaged = { version: 2, firm: older.firm, clients: 'half-written' }
    const area = memoryArea({ [STORAGE_KEYS.current]: damaged, [STORAGE_KEYS.lastGood]: older })
    const store = new PortfolioStore(area, now)
    const state = await store.open()
    expect(state).toMatchObject({ damaged: true, load: { source: 'last-good', savedBack: true } })
    expect(state.portfolio.clients).toEqual(older.clients)
    expect(area.data.get(STORAGE_KEYS.damaged)).toEqual({ current: damaged })
    expect(await store.damagedValue()).toEqual({ current: damaged })
    // Healed: the next load is clean, the notice's damaged copy stays until dismissed.
    const again = await new PortfolioStore(area, now).open()
    expect(again).toMatchObject({ damaged: true, load: { source: 'current' } })
    expect(again.portfolio.clients).toEqual(older.clients)
    await store.dismissDamaged()
    expect(area.data.has(STORAGE_KEYS.damaged)).toBe(false)
    expect(store.state.damaged).toBe(false)
  })

  test('text cut off in the middle of a write: the last good copy is used; the text is kept', async () => {
    const older = portfolio([client(1)])
    const cut = JSON.stringify(portfolio([client(1), client(2)])).slice(0, 60)
    const area = memoryArea({ [STORAGE_KEYS.current]: cut, [STORAGE_KEYS.lastGood]: JSON.stringify(older) })
    const store = new PortfolioStore(area, now)
    const state = await store.open()
    expect(state).toMatchObject({ damaged: true, load: { source: 'last-good', savedBack: true } })
    expect(state.portfolio.clients).toEqual(older.clients)
    expect(await store.damagedValue()).toEqual({ current: cut })
  })

  test('the last good copy is not read while the current one loads', async () => {
    const area = memoryArea({ [STORAGE_KEYS.current]: JSON.stringify(portfolio([client(1)])), [STORAGE_KEYS.lastGood]: 'never read' })
    const read: string[] = []
    const get = area.get.bind(area)
    area.get = async (keys) => {
      read.push(...keys)
      return get(keys)
    }
    await new PortfolioStore(area, now).open()
    expect(read).not.toContain(STORAGE_KEYS.lastGood)
  })

  test('both damaged: the intact clients are salvaged, the count of the others reported', async () => {
    const current = { ...portfolio([]), clients: [client(1), { businessId: 'junk' }, client(3)] }
    const area = memoryArea({ [STORAGE_KEYS.current]: current, [STORAGE_KEYS.lastGood]: 'junk' })
    const state = await new PortfolioStore(area, now).open()
    expect(state.load).toMatchObject({ source: 'salvaged-current', droppedClients: 1, savedBack: true })
    expect(state.portfolio.clients.map((c) => c.businessId)).toEqual([businessIdAt(1), businessIdAt(3)])
    expect(area.data.get(STORAGE_KEYS.damaged)).toEqual({ current, lastGood: 'junk' })
  })

  test('an older version is migrated and saved back in the current one', async () => {
    const v1 = { version: 1, firm: { businessId: '0913909-2', services: ['employer'] }, clients: [{ businessId: businessIdAt(1), name: '  Vanha   Oy ' }] }
    const area = memoryArea({ [STORAGE_KEYS.current]: v1 })
    const state = await new PortfolioStore(area, now).open()
    expect(state.load).toMatchObject({ source: 'current', migratedFrom: 1, savedBack: true })
    expect(doc(area, STORAGE_KEYS.current)).toMatchObject({ version: 2, clients: [{ businessId: businessIdAt(1), name: 'Vanha Oy' }] })
  })

  test('data from a newer Valtuusapu: read-only, never written over', async () => {
    const newer = { version: 99, clients: [] }
    const area = memoryArea({ [STORAGE_KEYS.current]: newer })
    const store = new PortfolioStore(area, now)
    expect(await store.open()).toMatchObject({ writable: false })
    const result = await store.update(adding(1))
    expect(result).toMatchObject({ ok: false, saveFailed: { reason: 'read-only' } })
    expect(area.data.get(STORAGE_KEYS.current)).toEqual(newer)
    expect(await store.storedValue()).toEqual(newer)
  })
})

describe('saving', () => {
  test('one write holds the new list, the previous good one and the revision', async () => {
    const area = memoryArea({ [STORAGE_KEYS.current]: portfolio([client(1)]) })
    const store = new PortfolioStore(area, now, { writer: 'tab-a' })
    await store.open()
    const result = await store.update(adding(2))
    expect(result.ok).toBe(true)
    // The documents are stored as JSON text (encoding.ts).
    expect(typeof area.data.get(STORAGE_KEYS.current)).toBe('string')
    expect(doc(area, STORAGE_KEYS.current).clients).toHaveLength(2)
    expect(doc(area, STORAGE_KEYS.current).savedAt).toBe('2026-03-04T10:00:00+02:00')
    expect(doc(area, STORAGE_KEYS.lastGood).clients).toHaveLength(1)
    expect(area.data.get(REVISION_KEY)).toBe('tab-a:1')
    expect(store.state.portfolio.clients).toHaveLength(2)
  })

  test('a refused edit writes nothing', async () => {
    const area = memoryArea({ [STORAGE_KEYS.current]: portfolio([client(1)]) })
    const store = new PortfolioStore(area, now)
    await store.open()
    expect(await store.update(adding(1))).toEqual({ ok: false, error: 'duplicate' })
    expect(area.data.has(REVISION_KEY)).toBe(false)
  })

  test('a failed write is reported and the list on screen stays what storage holds', async () => {
    const area = memoryArea({ [STORAGE_KEYS.current]: portfolio([client(1)]) })
    const store = new PortfolioStore(area, now)
    await store.open()
    area.failWrites = 'QUOTA_BYTES quota exceeded'
    expect(await store.update(adding(2))).toMatchObject({ ok: false, saveFailed: { reason: 'storage-full', message: 'QUOTA_BYTES quota exceeded' } })
    expect(store.state.portfolio.clients).toHaveLength(1)
    // Any other refusal is named as such, not as a full storage.
    area.failWrites = 'IO error: .../LOCK: Resource temporarily unavailable'
    expect(await store.update(adding(2))).toMatchObject({ ok: false, saveFailed: { reason: 'write-failed' } })
  })
})

describe('two tabs', () => {
  test('a save in one tab shows in the other; the other\'s own saves are not reloaded', async () => {
    const area = memoryArea({ [STORAGE_KEYS.current]: portfolio([client(1)]) })
    const a = new PortfolioStore(area, now, { writer: 'a' })
    const b = new PortfolioStore(area, now, { writer: 'b' })
    await a.open()
    await b.open()
    const seenByB: string[] = []
    const seenByA: string[] = []
    b.subscribe((_, reason) => seenByB.push(reason))
    a.subscribe((_, reason) => seenByA.push(reason))
    await a.update(adding(2))
    await settle()
    expect(b.state.portfolio.clients).toHaveLength(2)
    expect(seenByB).toEqual(['external'])
    expect(seenByA).toEqual(['saved'])
  })

  test('saving at the same time: both changes are kept', async () => {
    const area = memoryArea({ [STORAGE_KEYS.current]: portfolio([client(1)]) })
    const lock = sharedLock()
    const a = new PortfolioStore(area, now, { writer: 'a', lock })
    const b = new PortfolioStore(area, now, { writer: 'b', lock })
    await a.open()
    await b.open()
    // B has not heard of A's save when it starts its own.
    await Promise.all([a.update(adding(2)), b.update(adding(3))])
    await settle()
    const stored = doc(area, STORAGE_KEYS.current)
    expect(stored.clients.map((c) => c.businessId).sort()).toEqual([businessIdAt(1), businessIdAt(2), businessIdAt(3)].sort())
    expect(a.state.portfolio.clients).toHaveLength(3)
    expect(b.state.portfolio.clients).toHaveLength(3)
  })

  test('storage cleared elsewhere: the page follows, to an empty list', async () => {
    const area = memoryArea({ [STORAGE_KEYS.current]: portfolio([client(1)]) })
    const store = new PortfolioStore(area, now)
    await store.open()
    await area.remove([STORAGE_KEYS.current])
    await settle()
    expect(store.state.portfolio.clients).toEqual([])
  })
})
