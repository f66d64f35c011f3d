// The mapping from the engine's findings to the matrix cell status, tested with hand-built
// results for every finding id of the contract.
import { describe, expect, test } from 'vitest'
import { BLOCKING_FINDING_IDS, FINDING_IDS, OTHER_FINDING_IDS, type FindingId } from '../../../src/core/contract/result.ts'
import { CELL_STATUSES, cellStatusOf, FINDING_CELL_STATUS, isProblem, PROBLEM_STATUSES, type CellStatus } from '../../../src/core/portfolio/matrix/cell-status.ts'
import { CELL_STATUS_TEXTS } from '../../../src/core/portfolio/texts.ts'
import { result } from './helpers.ts'

/** What each finding id means for a cell, restated here so that a change of the table shows up. */
const EXPECTED: Record<FindingId, CellStatus | null> = {
  'not-strongly-identified': 'other-blocker', 'katso-ended': 'other-blocker', 'foreign-user-needs-uid': 'other-blocker',
  'no-mandate': 'missing-theme', 'missing-theme': 'missing-theme', 'incomes-register-theme': 'missing-theme',
  'needs-asiointivaltuus': 'wrong-type', 'needs-edustamisvaltuus': 'wrong-type', 'register-role-needs-edustamisvaltuus': 'wrong-type',
  'client-mandate-missing': 'missing-theme', 'restriction-excludes-client': 'restriction-excludes', 'restriction-excludes-workplace': 'restriction-excludes',
  'mandate-expired': 'expired', 'mandate-not-yet-valid': 'not-yet-valid', 'request-pending': 'request-pending', 'grant-right-only': 'wrong-type',
  'prokurist-limited': 'other-blocker',
  'expires-soon': 'ends-soon', 'acts-by-register-role': null, 'grant-via-officer-service': null, 'kuntayhtyma-mandate-to-person': null,
  'contact-kela-support': null, 'service-error': null,
}

describe('every finding id of the contract', () => {
  test('has a mapping entry, and no entry is for an id the contract lacks', () => {
    expect(Object.keys(FINDING_CELL_STATUS).sort()).toEqual([...FINDING_IDS].sort())
    expect(FINDING_CELL_STATUS).toEqual(EXPECTED)
  })

  test.each(BLOCKING_FINDING_IDS.map((id) => [id]))('blocking %s alone gives its status', (id) => {
    expect(cellStatusOf(result('cannot-access', [id]))).toBe(EXPECTED[id])
    expect(isProblem(EXPECTED[id]!)).toBe(true)
  })

  test.each(OTHER_FINDING_IDS.map((id) => [id]))('non-blocking %s with can-access', (id) => {
    const expected = id === 'expires-soon' ? 'ends-soon' : 'fine'
    expect(cellStatusOf(result('can-access', [id], id === 'expires-soon' ? 'warning' : 'info'))).toBe(expected)
  })

  test.each(OTHER_FINDING_IDS.map((id) => [id]))('non-blocking %s does not decide a cannot-access cell', (id) => {
    expect(cellStatusOf(result('cannot-access', ['client-mandate-missing', id]))).toBe('missing-theme')
  })

  test.each(FINDING_IDS.map((id) => [id]))('an unknown verdict stays unknown, even with %s', (id) => {
    expect(cellStatusOf(result('unknown', [id]))).toBe('unknown')
  })
})

describe('verdicts', () => {
  test('can-access without findings is fine; with a chain ending within 60 days, ends-soon', () => {
    expect(cellStatusOf(result('can-access'))).toBe('fine')
    expect(cellStatusOf(result('can-access'), 61)).toBe('fine')
    expect(cellStatusOf(result('can-access'), 60)).toBe('ends-soon')
    expect(cellStatusOf(result('can-access'), 0)).toBe('ends-soon')
  })

  test('cannot-access without a mapped finding is other-blocker, never fine', () => {
    expect(cellStatusOf(result('cannot-access'))).toBe('other-blocker')
  })

  test('several blocking findings: the worst status shows', () => {
    expect(cellStatusOf(result('cannot-access', ['needs-edustamisvaltuus', 'mandate-expired']))).toBe('expired')
    expect(cellStatusOf(result('cannot-access', ['not-strongly-identified', 'restriction-excludes-client']))).toBe('restriction-excludes')
    expect(cellStatusOf(result('cannot-access', ['request-pending', 'client-mandate-missing']))).toBe('missing-theme')
  })

  test('problems are exactly the blocking statuses', () => {
    expect(CELL_STATUSES.filter(isProblem)).toEqual(PROBLEM_STATUSES)
  })

  test('every status has a label in fi, sv and en', () => {
    for (const status of CELL_STATUSES) for (const lang of ['fi', 'sv', 'en'] as const) expect(CELL_STATUS_TEXTS[status][lang]).toMatch(/\S/)
  })
})
