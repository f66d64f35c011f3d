// The keys the page reads first (storage/load-stored.ts with the store's extra keys): what
// public/portfolio-prefetch.js asks for before the page's code has loaded.

declare global {
  /** Set by public/portfolio-prefetch.js: storage.local's answer for PREFETCH_KEYS, if it could ask. */
  var __valtuusapuPrefetch: Promise<Record<string, unknown>> | undefined
}
export const PREFETCH_KEYS: readonly string[] = ['portfolio', 'portfolio:damaged', 'portfolio:revision']
