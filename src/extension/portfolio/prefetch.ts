// The page's first module (index.html loads it before main.tsx): it asks storage.local for the
// list at once, while the browser is still compiling and running the rest of the page's code
// (2,000 clients: the answer takes about 20 ms). `chrome.storage` is promise-based in MV3 in
// Chrome and Firefox. main.tsx hands the answer to the store (storage/prefetched-area.ts).
import { PREFETCH_KEYS } from './prefetch-keys.ts'

declare global {
  var __valtuusapuPrefetch: Promise<Record<string, unknown>> | undefined
}

const storage = (globalThis as unknown as { chrome?: { storage?: { local?: { get(keys: string[]): Promise<Record<string, unknown>> } } } }).chrome?.storage?.local
globalThis.__valtuusapuPrefetch = storage?.get([...PREFETCH_KEYS])
