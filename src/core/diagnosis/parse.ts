// Validating a case at the boundary (CLI, the popup's "paste a case", imported files): either the
// Case, or every problem as "field.path: what is wrong". Nothing is guessed or coerced.
// zod/mini ships no message locale, so the messages are written here from the issue codes.
import { Case } from '../contract/case.ts'

export type ParseResult = { ok: true; case: Case } | { ok: false; errors: string[] }

interface Issue {
  code: string
  path: PropertyKey[]
  message: string
  expected?: string
  values?: unknown[]
  keys?: string[]
  maximum?: number | bigint
  minimum?: number | bigint
  origin?: string
}

/** `mandates[1].mandator` from ['mandates', 1, 'mandator']. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = ''
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : `${out ? '.' : ''}${String(part)}`
  return out || 'case'
}

function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  let value = raw
  for (const part of path) {
    if (value === null || typeof value !== 'object') return undefined
    value = (value as Record<PropertyKey, unknown>)[part]
  }
  return value
}

function describe(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'a list'
  return typeof value === 'string' ? `the text ${JSON.stringify(value)}` : `${typeof value} ${JSON.stringify(value)}`
}

function message(issue: Issue, raw: unknown): string {
  const value = valueAt(raw, issue.path)
  if (value === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_value')) return 'required field is missing'
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected}, got ${describe(value)}`
    case 'invalid_value': {
      const values = issue.values ?? []
      if (values.length === 1) return `expected ${JSON.stringify(values[0])}, got ${describe(value)}`
      return `unknown value ${JSON.stringify(value)}; expected one of: ${values.join(', ')}`
    }
    case 'too_big':
      return issue.origin === 'string' ? `too long: at most ${issue.maximum} characters` : `too many: at most ${issue.maximum}`
    case 'too_small':
      return issue.origin === 'string' ? (issue.minimum === 1 ? 'must not be empty' : `too short: at least ${issue.minimum} characters`) : `too few: at least ${issue.minimum}`
    default:
      return issue.message
  }
}

/** Validate an already parsed JSON value as a case (contract §1). */
export function parseCase(raw: unknown): ParseResult {
  const result = Case.safeParse(raw)
  if (result.success) return { ok: true, case: result.data }
  const errors: string[] = []
  const seen = new Set<string>()
  for (const issue of result.error.issues as unknown as Issue[]) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys ?? []) errors.push(`${formatPath([...issue.path, key])}: unknown field`)
      continue
    }
    const path = formatPath(issue.path)
    if (seen.has(path)) continue // one problem per field: the first is the one to fix
    seen.add(path)
    errors.push(`${path}: ${message(issue, raw)}`)
  }
  return { ok: false, errors }
}

/** Parse JSON text and validate it; broken JSON is reported like any other problem. */
export function parseCaseText(text: string): ParseResult {
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch (error) {
    return { ok: false, errors: [`case: broken JSON: ${(error as Error).message}`] }
  }
  return parseCase(raw)
}
