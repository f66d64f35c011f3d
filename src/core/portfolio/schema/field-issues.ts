// zod/mini ships no message locale ("Invalid input" for everything), so this turns its issues
// into messages that name the field and say what was expected: "clients[12].businessId: Y-tunnus
// check digit does not match". Used for stored documents and backup files alike.
import type * as z from 'zod/mini'

export interface FieldIssue {
  /** Where, e.g. `clients[12].businessId`; empty for the document itself. */
  path: string
  message: string
}

export function fieldPath(path: readonly PropertyKey[]): string {
  let out = ''
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : `${out ? '.' : ''}${String(key)}`
  return out
}

type Issue = z.core.$ZodIssue

function describe(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected}`
    case 'invalid_value':
      return `expected one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}`
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')}`
    case 'too_big':
      return `too long or too large (at most ${String(issue.maximum)})`
    case 'too_small':
      return `too short or too small (at least ${String(issue.minimum)})`
    case 'invalid_format':
      return issue.message && issue.message !== 'Invalid input' ? issue.message : `not in the expected format (${issue.format})`
    default:
      return issue.message && issue.message !== 'Invalid input' ? issue.message : 'invalid value'
  }
}

/** At most `limit` issues: a badly damaged file would otherwise list thousands. */
export function fieldIssues(error: { issues: readonly Issue[] }, limit = 20): FieldIssue[] {
  return error.issues.slice(0, limit).map((issue) => ({ path: fieldPath(issue.path), message: describe(issue) }))
}

export function formatFieldIssue(issue: FieldIssue): string {
  return issue.path ? `${issue.path}: ${issue.message}` : issue.message
}
