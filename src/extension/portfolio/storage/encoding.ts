// How the portfolio documents sit in storage.local: as JSON text, not as objects. Chromium hands
// a page one 1.2 MB string about four times faster than the same document as an object tree
// (2,000 clients: 15-25 ms against 55-100 ms, measured in the extension page), and the page's
// first screen has 200 ms in all. The text is the same versioned document the core validates;
// values stored as objects (by an earlier build, or by hand) still load.
import { STORAGE_KEYS } from '../../../core/portfolio/storage.ts'

/** Who wrote the stored document last and how many times: `<writer>:<n>`. Written with every save. */
export const REVISION_KEY = 'portfolio:revision'

const DOCUMENT_KEYS: readonly string[] = [STORAGE_KEYS.current, STORAGE_KEYS.lastGood]

/** planSave's writes as stored: the documents as JSON text, anything else as it is. */
export function encodeWrites(writes: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(writes).map(([key, value]) => [key, DOCUMENT_KEYS.includes(key) ? JSON.stringify(value) : value]))
}

/**
 * A stored document value, ready for loadPortfolio: JSON text parsed, an object as it is. Text
 * that does not parse (cut off mid-write, edited by hand) is returned as it is, so the loader
 * reports it as damaged and it is kept for download.
 */
export function decodeStored(value: unknown): unknown {
  if (typeof value !== 'string') return value
  try {
    return JSON.parse(value)
  } catch {
    return value
  }
}
