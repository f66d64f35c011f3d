// A full backup of the portfolio as a JSON file, and bringing one back. The file wraps a versioned
// portfolio document, so a backup made by an older Valtuusapu migrates like stored data. Reading
// a file never changes anything: the page shows what the file holds, then the user chooses to
// merge it into the list or, after confirming, to replace the list with it.
import { parseDocument, type DocumentProblem } from './schema/versioned.ts'
import { MAX_CLIENTS, MAX_MANDATES_PER_CLIENT, MAX_TAGS, Portfolio, type Client, type Firm, type RecordedMandate } from './model.ts'
import { helsinkiDate, helsinkiDateTime } from './dates.ts'

export const BACKUP_FORMAT = 'valtuusapu-portfolio-backup'
/** Far above 20,000 clients with mandates; refuses a wrong multi-gigabyte file before parsing it. */
export const MAX_BACKUP_CHARS = 50_000_000

export function exportBackup(portfolio: Portfolio, now: Date): string {
  return `${JSON.stringify({ format: BACKUP_FORMAT, exportedAt: helsinkiDateTime(now), portfolio }, null, 1)}\n`
}

export function backupFileName(now: Date): string {
  return `valtuusapu-portfolio-${helsinkiDate(now)}.json`
}

export type BackupErrorCode = 'too-large' | 'not-json' | 'not-a-backup' | DocumentProblem['code']

export interface BackupError {
  code: BackupErrorCode
  /** For `not-json`: the parser's own message (it names the position). */
  detail?: string
  version?: number
  issues: DocumentProblem['issues']
}

export type ReadBackup = { ok: true; portfolio: Portfolio; migratedFrom?: number } | { ok: false; error: BackupError }

export function readBackup(text: string): ReadBackup {
  if (text.length > MAX_BACKUP_CHARS) return { ok: false, error: { code: 'too-large', issues: [] } }
  let raw: unknown
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch (error) {
    return { ok: false, error: { code: 'not-json', detail: error instanceof Error ? error.message : String(error), issues: [] } }
  }
  if (typeof raw !== 'object' || raw === null || (raw as Record<string, unknown>)['format'] !== BACKUP_FORMAT) {
    return { ok: false, error: { code: 'not-a-backup', issues: [{ path: 'format', message: `expected "${BACKUP_FORMAT}"` }] } }
  }
  const parsed = parseDocument((raw as Record<string, unknown>)['portfolio'])
  if (!parsed.ok) {
    const issues = parsed.problem.issues.map((issue) => ({ ...issue, path: issue.path ? `portfolio.${issue.path}` : 'portfolio' }))
    return { ok: false, error: { ...parsed.problem, issues } }
  }
  return parsed
}

export interface MergeSummary {
  /** Clients only in the backup: added. */
  added: number
  /** Clients in both that gain something (a missing name, tags, mandates). */
  updated: number
  unchanged: number
  /** Clients in both whose names differ: the stored name is kept. */
  nameConflicts: { businessId: string; stored: string; backup: string }[]
}

export type BackupChoice = { mode: 'merge' } | { mode: 'replace'; confirmed: true }

export type AppliedBackup =
  | { ok: true; portfolio: Portfolio; summary: MergeSummary }
  | { ok: false; error: 'too-many-clients' | 'replace-not-confirmed' }

/**
 * Merge: the stored list wins where both have a value; the backup adds clients, and adds the
 * names, tags and mandates the stored list lacks. Replace: the backup as it is, only with
 * `confirmed: true` (the page asks first).
 */
export function applyBackup(stored: Portfolio, backup: Portfolio, choice: BackupChoice): AppliedBackup {
  const summary = previewBackup(stored, backup)
  if (choice.mode === 'replace') {
    if ((choice as { confirmed?: unknown }).confirmed !== true) return { ok: false, error: 'replace-not-confirmed' }
    return { ok: true, portfolio: backup, summary }
  }
  if (stored.clients.length + summary.added > MAX_CLIENTS) return { ok: false, error: 'too-many-clients' }
  const fromBackup = new Map(backup.clients.map((client) => [client.businessId, client]))
  const storedIds = new Set(stored.clients.map((client) => client.businessId))
  const clients = [
    ...stored.clients.map((client) => {
      const other = fromBackup.get(client.businessId)
      return other ? mergeClient(client, other) : client
    }),
    ...backup.clients.filter((client) => !storedIds.has(client.businessId)),
  ]
  return { ok: true, portfolio: { ...stored, firm: mergeFirm(stored.firm, backup.firm), clients }, summary }
}

/** What a merge would do, for the page to show before the user chooses. */
export function previewBackup(stored: Portfolio, backup: Portfolio): MergeSummary {
  const byId = new Map(stored.clients.map((client) => [client.businessId, client]))
  const summary: MergeSummary = { added: 0, updated: 0, unchanged: 0, nameConflicts: [] }
  for (const client of backup.clients) {
    const mine = byId.get(client.businessId)
    if (!mine) {
      summary.added++
      continue
    }
    if (mine.name !== undefined && client.name !== undefined && mine.name !== client.name) {
      summary.nameConflicts.push({ businessId: client.businessId, stored: mine.name, backup: client.name })
    }
    if (JSON.stringify(mergeClient(mine, client)) === JSON.stringify(mine)) summary.unchanged++
    else summary.updated++
  }
  return summary
}

function mergeClient(mine: Client, other: Client): Client {
  const name = mine.name ?? other.name
  const checkedOn = latest(mine.mandatesCheckedOn, other.mandatesCheckedOn)
  return {
    businessId: mine.businessId,
    ...(name === undefined ? {} : { name }),
    tags: union(mine.tags, other.tags, (tag) => tag).slice(0, MAX_TAGS),
    mandates: union(mine.mandates, other.mandates, mandateKey).slice(0, MAX_MANDATES_PER_CLIENT),
    ...(checkedOn === undefined ? {} : { mandatesCheckedOn: checkedOn }),
  }
}

function mergeFirm(mine: Firm, other: Firm): Firm {
  const checkedOn = latest(mine.ownMandatesCheckedOn, other.ownMandatesCheckedOn)
  const merged: Firm = {
    ...other,
    ...dropUndefined(mine),
    services: mine.services.length > 0 ? mine.services : other.services,
    ownMandates: union(mine.ownMandates, other.ownMandates, mandateKey).slice(0, MAX_MANDATES_PER_CLIENT),
  }
  delete merged.ownMandatesCheckedOn
  return checkedOn === undefined ? merged : { ...merged, ownMandatesCheckedOn: checkedOn }
}

/** The same mandate recorded twice: same content, wherever and whenever it was recorded. */
export function mandateKey(recorded: RecordedMandate): string {
  const { mandate } = recorded
  return JSON.stringify([mandate.holder, mandate.mandator ?? null, mandate.type, [...mandate.themes].sort(),
    mandate.restrictions?.businessIds ? [...mandate.restrictions.businessIds].sort() : null,
    mandate.restrictions?.workplaces ? [...mandate.restrictions.workplaces].sort() : null,
    mandate.validFrom ?? null, mandate.validUntil ?? null, mandate.status ?? null])
}

function union<T>(first: readonly T[], second: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set(first.map(key))
  return [...first, ...second.filter((item) => !seen.has(key(item)) && seen.add(key(item)))]
}

function latest(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined) return b
  if (b === undefined) return a
  return a > b ? a : b
}

function dropUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>
}
