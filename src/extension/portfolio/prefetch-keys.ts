// The keys the page reads first (storage/load-stored.ts with the store's extra keys): what
// prefetch.ts asks for before the page's code has loaded.
export const PREFETCH_KEYS: readonly string[] = ['portfolio', 'portfolio:damaged', 'portfolio:revision']
