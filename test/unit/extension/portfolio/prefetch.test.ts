// The page's early storage read: public/portfolio-prefetch.js asks for the keys the store reads
// first; the store takes that answer once, and asks storage again after any change.
import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { STORAGE_KEYS } from '../../../../src/core/portfolio/storage.ts'
import { PREFETCH_KEYS } from '../../../../src/extension/portfolio/prefetch-keys.ts'
import { memoryArea } from '../../../../src/extension/portfolio/storage/area.ts'
import { REVISION_KEY } from '../../../../src/extension/portfolio/storage/encoding.ts'
import { prefetchedArea } from '../../../../src/extension/portfolio/storage/prefetched-area.ts'
import { PortfolioStore } from '../../../../src/extension/portfolio/storage/portfolio-store.ts'

describe('the early read', () => {
  test('the script asks for exactly the keys the store reads first', () => {
    const script = readFileSync('public/portfolio-prefetch.js', 'utf8')
    const asked = JSON.parse(/get\((\[[^\]]*\])\)/.exec(script)![1]!.replace(/'/g, '"'))
    expect(asked).toEqual([...PREFETCH_KEYS])
    expect([...PREFETCH_KEYS].sort()).toEqual([STORAGE_KEYS.current, STORAGE_KEYS.damaged, REVISION_KEY].sort())
  })

  test('the store\'s first read is answered from it, later reads from storage', async () => {
    const area = memoryArea({ [STORAGE_KEYS.current]: 'stored' })
    const early = Promise.resolve({ [STORAGE_KEYS.current]: 'early' })
    const wrapped = prefetchedArea(area, early, PREFETCH_KEYS)
    expect(await wrapped.get([STORAGE_KEYS.current, REVISION_KEY])).toEqual({ [STORAGE_KEYS.current]: 'early' })
    expect(await wrapped.get([STORAGE_KEYS.current])).toEqual({ [STORAGE_KEYS.current]: 'stored' })
  })

  test('a change before the answer is used makes it stale: storage is asked again', async () => {
    const area = memoryArea({ [STORAGE_KEYS.current]: 'old' })
    const wrapped = prefetchedArea(area, Promise.resolve({ [STORAGE_KEYS.current]: 'old' }), PREFETCH_KEYS)
    await area.set({ [STORAGE_KEYS.current]: 'new' })
    await new Promise((resolve) => setTimeout(resolve, 5))
    expect(await wrapped.get([STORAGE_KEYS.current])).toEqual({ [STORAGE_KEYS.current]: 'new' })
  })

  test('an early read that failed, or keys it did not ask for, go to storage', async () => {
    const area = memoryArea({ [STORAGE_KEYS.current]: 'stored', [STORAGE_KEYS.lastGood]: 'good' })
    const failed = prefetchedArea(area, Promise.reject(new Error('no')), PREFETCH_KEYS)
    expect(await failed.get([STORAGE_KEYS.current])).toEqual({ [STORAGE_KEYS.current]: 'stored' })
    const other = prefetchedArea(area, Promise.resolve({}), PREFETCH_KEYS)
    expect(await other.get([STORAGE_KEYS.lastGood])).toEqual({ [STORAGE_KEYS.lastGood]: 'good' })
  })

  test('a store over it opens from the early answer', async () => {
    const document = JSON.stringify({ version: 2, firm: { services: [], ownMandates: [] }, clients: [] })
    const area = memoryArea({})
    const store = new PortfolioStore(prefetchedArea(area, Promise.resolve({ [STORAGE_KEYS.current]: document }), PREFETCH_KEYS), () => new Date())
    expect((await store.open()).load.source).toBe('current')
  })
})
