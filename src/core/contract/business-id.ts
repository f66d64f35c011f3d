// Finnish Business ID (Y-tunnus): seven digits, a hyphen, a check digit (mod 11 with weights
// 7,9,10,5,8,4,2; remainder 1 is never issued). The check comes from finnish-business-ids, a
// small, tested library, rather than our own arithmetic.
import { FinnishBusinessIds } from 'finnish-business-ids'

export const BUSINESS_ID_FORMAT = /^\d{7}-\d$/

export type BusinessIdProblem = 'format' | 'checksum'

// The schemas check each Y-tunnus twice (format, then check digit), and a stored client list
// holds the same few thousand again and again: remembered, bounded.
const checked = new Map<string, BusinessIdProblem | null>()
const CHECKED_LIMIT = 50_000

/** Why a string is not a valid Y-tunnus, or null when it is one. */
export function businessIdProblem(value: string): BusinessIdProblem | null {
  // Only strings of a Y-tunnus's length (nine characters) are remembered; nothing else can be one.
  if (value.length !== 9) return 'format'
  let problem = checked.get(value)
  if (problem === undefined) {
    problem = !BUSINESS_ID_FORMAT.test(value) ? 'format' : FinnishBusinessIds.isValidBusinessId(value) ? null : 'checksum'
    if (checked.size >= CHECKED_LIMIT) checked.clear()
    checked.set(value, problem)
  }
  return problem
}

export const isBusinessId = (value: string): boolean => businessIdProblem(value) === null

/**
 * A Y-tunnus is a serial number ("järjestysluku") of seven digits, a hyphen and a check digit
 * (https://www.tuomas.salste.net/doc/tunnus/y-tunnus.html): 0000000-0, serial number zero, passes
 * the check digit but no company has it. It is what a spreadsheet makes of an empty or zeroed cell,
 * so the forms and the client import refuse it. The stored-data schemas do not (nothing already
 * stored is dropped on load), and nothing else is guessed about which numbers are in use: the
 * ranges issued are not published.
 */
export const isUnissuedBusinessId = (id: string): boolean => id.startsWith('0000000-')

/**
 * Accepts the forms people type or paste: surrounding spaces, a missing leading zero
 * ("913909-2"), no hyphen ("09139092") or an en dash. Returns the canonical form, or null (also
 * for 0000000-0, which no company has).
 */
export function normaliseBusinessId(raw: string): string | null {
  const compact = raw.trim().replace(/[\u2010-\u2015\u2212]/g, '-').replace(/\s+/g, '')
  const match = /^(\d{6,7})-?(\d)$/.exec(compact)
  if (!match?.[1] || !match[2]) return null
  const id = `${match[1].padStart(7, '0')}-${match[2]}`
  return isBusinessId(id) && !isUnissuedBusinessId(id) ? id : null
}
