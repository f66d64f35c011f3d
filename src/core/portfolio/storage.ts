// The portfolio in storage.local, as pure decisions the page's glue carries out. Two keys:
// `current` (what the page last saved) and `lastGood` (the document saved before it). Saving
// writes the new document to `current` and moves the previous good one to `lastGood`, in one
// storage.local.set call. Reading prefers `current`; when it is damaged (a half-written or
// hand-edited value, a bug in some version) the list comes from `lastGood`, then from whatever
// clients can be salvaged, and the damaged value is kept under `damaged` so nothing is lost
// without the user knowing. Data from a newer Valtuusapu is never overwritten.
import { parseDocument, salvageDocument, type DocumentProblem } from './schema/versioned.ts'
import { emptyPortfolio, Portfolio } from './model.ts'
import { fieldIssues, formatFieldIssue } from './schema/field-issues.ts'
import { helsinkiDateTime } from './dates.ts'

export const STORAGE_KEYS = {
  current: 'portfolio',
  lastGood: 'portfolio:last-good',
  damaged: 'portfolio:damaged',
} as const

export type LoadSource =
  | 'current'            // all well
  | 'last-good'          // `current` was missing or damaged; the previous save was used
  | 'salvaged-current'   // both damaged; the clients that still validate in `current`
  | 'salvaged-last-good' // the same from `lastGood`
  | 'empty'              // nothing stored (first run), or nothing usable

export interface StoredProblem extends DocumentProblem {
  key: 'current' | 'lastGood'
}

export interface LoadedPortfolio {
  portfolio: Portfolio
  source: LoadSource
  /** Set when the data came from an older schema version; the glue saves it back in the new one. */
  migratedFrom?: number
  /** Clients left out by a salvage. */
  droppedClients: number
  problems: StoredProblem[]
  /**
   * False when `current` holds data from a newer Valtuusapu: the page shows it read-only and
   * never saves, so that updating the extension again brings it all back.
   */
  writable: boolean
  /**
   * What to write at once, before anything else: the damaged values, as `{current?, lastGood?}`
   * under STORAGE_KEYS.damaged, kept for the user to download (phase 2 offers it) until they
   * dismiss the notice.
   */
  recoveryWrites: Record<string, unknown>
}

export function loadPortfolio(stored: { current?: unknown; lastGood?: unknown }): LoadedPortfolio {
  const problems: StoredProblem[] = []
  const current = stored.current === undefined ? null : parseDocument(stored.current)
  if (current?.ok) {
    return { portfolio: current.portfolio, source: 'current', ...migrated(current.migratedFrom), droppedClients: 0, problems, writable: true, recoveryWrites: {} }
  }
  if (current && !current.ok) {
    problems.push({ key: 'current', ...current.problem })
    if (current.problem.code === 'newer-version') {
      return { portfolio: emptyPortfolio(), source: 'empty', droppedClients: 0, problems, writable: false, recoveryWrites: {} }
    }
  }
  const lastGood = stored.lastGood === undefined ? null : parseDocument(stored.lastGood)
  if (lastGood?.ok) {
    const recoveryWrites = current ? { [STORAGE_KEYS.damaged]: { current: stored.current } } : {}
    return { portfolio: lastGood.portfolio, source: 'last-good', ...migrated(lastGood.migratedFrom), droppedClients: 0, problems, writable: true, recoveryWrites }
  }
  if (lastGood && !lastGood.ok) problems.push({ key: 'lastGood', ...lastGood.problem })
  const damaged: Record<string, unknown> = {}
  if (current) damaged['current'] = stored.current
  if (lastGood) damaged['lastGood'] = stored.lastGood
  const recoveryWrites = Object.keys(damaged).length > 0 ? { [STORAGE_KEYS.damaged]: damaged } : {}
  for (const [key, source] of [['current', 'salvaged-current'], ['lastGood', 'salvaged-last-good']] as const) {
    const salvaged = stored[key] === undefined ? null : salvageDocument(stored[key])
    if (salvaged) {
      return { portfolio: salvaged.portfolio, source, droppedClients: salvaged.droppedClients, problems, writable: true, recoveryWrites }
    }
  }
  return { portfolio: emptyPortfolio(), source: 'empty', droppedClients: 0, problems, writable: true, recoveryWrites }
}

const migrated = (from: number | undefined) => (from === undefined ? {} : { migratedFrom: from })

export class InvalidPortfolioError extends Error {}

/**
 * The writes for one save: `next` stamped with `now` as `current`, and `previous` (the last
 * document known good: the one loaded or last saved) as `lastGood`. Throws InvalidPortfolioError
 * when `next` does not validate: the page must never store what it could not read back.
 */
export function planSave(next: Portfolio, previous: Portfolio | null, now: Date): Record<string, unknown> {
  const document = { ...next, savedAt: helsinkiDateTime(now) }
  const checked = Portfolio.safeParse(document)
  if (!checked.success) {
    throw new InvalidPortfolioError(`refusing to save an invalid portfolio: ${fieldIssues(checked.error, 3).map(formatFieldIssue).join('; ')}`)
  }
  return { [STORAGE_KEYS.current]: checked.data, [STORAGE_KEYS.lastGood]: previous ?? checked.data }
}
