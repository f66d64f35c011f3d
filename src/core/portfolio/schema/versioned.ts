// One versioned portfolio document (stored or from a backup) -> the current model. Pure: the
// caller hands in whatever storage or a file held. Knows every old version (schema/migrations.ts)
// and refuses, without touching anything, a version newer than this build.
import { fieldIssues, type FieldIssue } from './field-issues.ts'
import { CURRENT_VERSION, migrateToCurrent, schemaOf } from './migrations.ts'
import { isCertainlyValidV2 } from './v2-fast.ts'
import { Portfolio } from '../model.ts'

export type DocumentProblemCode =
  | 'not-an-object'     // not a JSON object at all (a string, an array, null)
  | 'no-version'        // an object without a whole-number `version`
  | 'newer-version'     // written by a newer Valtuusapu: never overwrite it
  | 'unknown-version'   // a version that never existed
  | 'invalid'           // the right version, but fields are wrong (see issues)

export interface DocumentProblem {
  code: DocumentProblemCode
  version?: number
  issues: FieldIssue[]
}

export type ParsedDocument =
  | { ok: true; portfolio: Portfolio; migratedFrom?: number }
  | { ok: false; problem: DocumentProblem }

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

export function parseDocument(raw: unknown): ParsedDocument {
  if (!isRecord(raw)) return { ok: false, problem: { code: 'not-an-object', issues: [] } }
  const version = raw['version']
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    return { ok: false, problem: { code: 'no-version', issues: [{ path: 'version', message: 'expected a whole number' }] } }
  }
  if (version > CURRENT_VERSION) return { ok: false, problem: { code: 'newer-version', version, issues: [] } }
  // The current version's documents (every stored list) pass a fast check first; what it does
  // not accept goes through the schema, which decides and says what is wrong.
  if (version === 2 && CURRENT_VERSION === 2 && isCertainlyValidV2(raw)) return { ok: true, portfolio: raw as Portfolio }
  const schema = schemaOf(version)
  if (!schema) return { ok: false, problem: { code: 'unknown-version', version, issues: [] } }
  const parsed = schema.safeParse(raw)
  if (!parsed.success) return { ok: false, problem: { code: 'invalid', version, issues: fieldIssues(parsed.error) } }
  if (version === CURRENT_VERSION) return { ok: true, portfolio: parsed.data as Portfolio }
  const migrated = Portfolio.safeParse(migrateToCurrent(version, parsed.data))
  // A migration that yields invalid data is a bug; report it as such rather than lose the data.
  if (!migrated.success) return { ok: false, problem: { code: 'invalid', version, issues: fieldIssues(migrated.error) } }
  return { ok: true, portfolio: migrated.data, migratedFrom: version }
}

/**
 * What can be kept from a document that does not validate as a whole: its clients that validate
 * one by one, and its firm settings if they validate. Null when nothing usable is there (wrong
 * version, or not even a list of clients).
 */
export function salvageDocument(raw: unknown): { portfolio: Portfolio; droppedClients: number } | null {
  if (!isRecord(raw) || !Array.isArray(raw['clients'])) return null
  const version = raw['version']
  if (typeof version !== 'number' || !schemaOf(version)) return null
  const firm = parseDocument({ ...raw, clients: [] })
  const kept: unknown[] = []
  const seen = new Set<unknown>()
  for (const client of raw['clients'] as unknown[]) {
    const alone = parseDocument({ ...raw, ...(firm.ok ? {} : { firm: emptyFirmOf(version) }), clients: [client] })
    const id = isRecord(client) ? client['businessId'] : undefined
    if (alone.ok && !seen.has(id)) {
      kept.push(client)
      seen.add(id)
    }
  }
  const base = firm.ok ? raw : { ...raw, firm: emptyFirmOf(version) }
  const result = parseDocument({ ...base, clients: kept })
  if (!result.ok) return null
  return { portfolio: result.portfolio, droppedClients: (raw['clients'] as unknown[]).length - kept.length }
}

/** The smallest valid `firm` of each version, for salvaging clients when the firm part is broken. */
function emptyFirmOf(version: number): unknown {
  return version === 1 ? { services: [] } : { services: [], ownMandates: [] }
}
