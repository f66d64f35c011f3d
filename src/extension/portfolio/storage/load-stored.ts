// Reading the stored portfolio the fast way, for the page and the background alike: the current
// document first, the last good copy only when the current one does not load.
import { loadPortfolio, STORAGE_KEYS, type LoadedPortfolio } from '../../../core/portfolio/storage.ts'
import { decodeStored } from './encoding.ts'

export type GetItems = (keys: string[]) => Promise<Record<string, unknown>>

/** The loaded portfolio, and the raw values of `extraKeys` read along with the current document. */
export async function loadStored(get: GetItems, extraKeys: readonly string[] = []): Promise<{ loaded: LoadedPortfolio; extra: Record<string, unknown> }> {
  const extra = await get([STORAGE_KEYS.current, ...extraKeys])
  const current = extra[STORAGE_KEYS.current] === undefined ? {} : { current: decodeStored(extra[STORAGE_KEYS.current]) }
  let loaded = loadPortfolio(current)
  if (loaded.source !== 'current' && loaded.writable) {
    const lastGood = (await get([STORAGE_KEYS.lastGood]))[STORAGE_KEYS.lastGood]
    if (lastGood !== undefined) loaded = loadPortfolio({ ...current, lastGood: decodeStored(lastGood) })
  }
  return { loaded, extra }
}
