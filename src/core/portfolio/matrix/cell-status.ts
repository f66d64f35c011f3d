// The engine's Result for one client and one service -> the matrix cell's status. The mapping is
// data: one entry per finding id of the contract (src/core/contract/result.ts), checked by a test
// that covers every id. Documented in src/core/portfolio/README.md.
import type { FindingId, Result } from '../../contract/result.ts'
import { BLOCKING_FINDING_IDS } from '../../contract/result.ts'

export const CELL_STATUSES = [
  'expired',               // the covering mandate has ended
  'missing-theme',         // no mandate with the theme: from the client to the firm, or at all
  'wrong-type',            // asiointivaltuus where an edustamisvaltuus is needed, or the reverse
  'restriction-excludes',  // a Y-tunnus or workplace restriction leaves this client out
  'request-pending',       // a mandate request the client has not approved
  'not-yet-valid',         // the covering mandate starts later
  'other-blocker',         // blocked, but not by this client's mandates (identification, Katso, UID, prokurist)
  'ends-soon',             // works, but a mandate it relies on ends within 60 days
  'unknown',               // the engine cannot decide from what is recorded
  'fine',
] as const
export type CellStatus = (typeof CELL_STATUSES)[number]

/** Worst first: the order of CELL_STATUSES. A cell with several blocking findings shows the worst. */
export const STATUS_RANK: Readonly<Record<CellStatus, number>> = Object.fromEntries(CELL_STATUSES.map((status, rank) => [status, rank])) as Record<CellStatus, number>

/** Statuses that mean "cannot access": the "problems only" filter. */
export const PROBLEM_STATUSES: readonly CellStatus[] = ['expired', 'missing-theme', 'wrong-type', 'restriction-excludes', 'request-pending', 'not-yet-valid', 'other-blocker']
export const isProblem = (status: CellStatus): boolean => STATUS_RANK[status] <= STATUS_RANK['other-blocker']

/** null: the finding does not decide the cell (advice and information). */
export const FINDING_CELL_STATUS: Readonly<Record<FindingId, CellStatus | null>> = {
  'not-strongly-identified': 'other-blocker',
  'katso-ended': 'other-blocker',
  'foreign-user-needs-uid': 'other-blocker',
  'no-mandate': 'missing-theme',
  'missing-theme': 'missing-theme',
  'incomes-register-theme': 'missing-theme', // the Incomes Register's theme is held, Kela's is missing
  'needs-asiointivaltuus': 'wrong-type',
  'needs-edustamisvaltuus': 'wrong-type',    // also when the user has no edustamisvaltuus at all
  'register-role-needs-edustamisvaltuus': 'wrong-type',
  'client-mandate-missing': 'missing-theme',
  'restriction-excludes-client': 'restriction-excludes',
  'restriction-excludes-workplace': 'restriction-excludes',
  'mandate-expired': 'expired',
  'mandate-not-yet-valid': 'not-yet-valid',
  'request-pending': 'request-pending',
  'grant-right-only': 'wrong-type',          // a right to grant is not a mandate to act
  'prokurist-limited': 'other-blocker',
  'expires-soon': 'ends-soon',
  'acts-by-register-role': null,
  'grant-via-officer-service': null,
  'kuntayhtyma-mandate-to-person': null,
  'contact-kela-support': null,
  'service-error': null,
}

export const ENDS_SOON_DAYS = 60
const BLOCKING = new Set<string>(BLOCKING_FINDING_IDS)

/**
 * `daysLeft`: days until the mandate chain for this cell ends (matrix/chain-end.ts), when known.
 * - cannot-access: the worst status among the blocking findings (other-blocker if none maps);
 * - can-access: ends-soon when the engine warns (30 days) or the chain ends within 60 days, else fine;
 * - unknown: unknown.
 */
export function cellStatusOf(result: { verdict: Result['verdict']; findings: readonly { id: FindingId }[] }, daysLeft?: number): CellStatus {
  if (result.verdict === 'unknown') return 'unknown'
  if (result.verdict === 'can-access') {
    const warned = result.findings.some((finding) => FINDING_CELL_STATUS[finding.id] === 'ends-soon')
    return warned || (daysLeft !== undefined && daysLeft <= ENDS_SOON_DAYS) ? 'ends-soon' : 'fine'
  }
  let worst: CellStatus = 'other-blocker'
  for (const finding of result.findings) {
    const status = FINDING_CELL_STATUS[finding.id]
    if (BLOCKING.has(finding.id) && status !== null && STATUS_RANK[status] < STATUS_RANK[worst]) worst = status
  }
  return worst
}
