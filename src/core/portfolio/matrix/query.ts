// Filter, search, sort and count the matrix rows: pure functions over the model, quick enough to
// run on every keystroke for 2,000 clients (bench/portfolio.bench.ts).
import type { Lang, ServiceId } from '../../contract/ids.ts'
import { foldText } from '../fold.ts'
import { CELL_STATUSES, isProblem, STATUS_RANK, type CellStatus } from './cell-status.ts'
import type { MatrixRow } from './matrix.ts'

export const MATRIX_FILTERS = [
  'all',
  'problems',     // a row with any cell that cannot access
  'ending-soon',  // a row with a cell that ends within 60 days
  'unknown',      // a row with any cell the engine could not decide
] as const
export type MatrixFilter = (typeof MATRIX_FILTERS)[number]

export const SORT_KEYS = ['name', 'business-id', 'status', 'ends-on'] as const
export type SortKey = (typeof SORT_KEYS)[number]

export interface MatrixQuery {
  search?: string
  filter?: MatrixFilter
  sort?: SortKey
  descending?: boolean
  /** The collation of names (fi and sv sort å, ä and ö after z). */
  lang?: Lang
}

const FILTERS: Readonly<Record<MatrixFilter, (row: MatrixRow) => boolean>> = {
  all: () => true,
  problems: (row) => isProblem(row.worst),
  'ending-soon': (row) => row.cells.some((cell) => cell.status === 'ends-soon'),
  unknown: (row) => row.cells.some((cell) => cell.status === 'unknown'),
}

const collators = new Map<Lang, Intl.Collator>()
function collator(lang: Lang): Intl.Collator {
  let found = collators.get(lang)
  if (!found) collators.set(lang, (found = new Intl.Collator(lang, { sensitivity: 'base', numeric: true })))
  return found
}

/**
 * A search matches the folded name or tags ("yhtio" finds "Yhtiö"), or the Y-tunnus with or
 * without its hyphen ("0913909", "09139092", "0913909-2").
 */
export function matchesSearch(row: MatrixRow, search: string): boolean {
  return searchMatcher(search)(row)
}

/** The search folded once, for a whole list (folding per row costs more than the match). */
function searchMatcher(search: string): (row: MatrixRow) => boolean {
  const folded = foldText(search)
  if (folded === '') return () => true
  const digits = folded.replace(/[\s-]/g, '')
  const byDigits = /^\d+$/.test(digits)
  return (row) => row.searchText.includes(folded) || row.businessId.includes(folded) || (byDigits && row.businessId.replace('-', '').includes(digits))
}

export function queryMatrix(rows: readonly MatrixRow[], query: MatrixQuery = {}): MatrixRow[] {
  const keep = FILTERS[query.filter ?? 'all']
  const matches = searchMatcher(query.search ?? '')
  const found = rows.filter((row) => keep(row) && matches(row))
  const names = collator(query.lang ?? 'fi')
  const byName = (a: MatrixRow, b: MatrixRow) => names.compare(a.name ?? a.businessId, b.name ?? b.businessId) || a.businessId.localeCompare(b.businessId)
  const primary: Record<SortKey, (a: MatrixRow, b: MatrixRow) => number> = {
    name: () => 0,
    'business-id': (a, b) => a.businessId.localeCompare(b.businessId),
    status: (a, b) => STATUS_RANK[a.worst] - STATUS_RANK[b.worst],
    // Rows without an end date last.
    'ends-on': (a, b) => (a.endsOn ?? '9999').localeCompare(b.endsOn ?? '9999'),
  }
  const first = primary[query.sort ?? 'name']
  const sign = query.descending ? -1 : 1
  return found.sort((a, b) => sign * (first(a, b) || byName(a, b)))
}

export interface MatrixCounts {
  clients: number
  /** Rows whose worst status is each status. */
  rowsByWorst: Record<CellStatus, number>
  /** Cells per service and status. */
  cells: Partial<Record<ServiceId, Record<CellStatus, number>>>
  rowsWithProblems: number
  rowsEndingSoon: number
}

const zeroes = () => Object.fromEntries(CELL_STATUSES.map((status) => [status, 0])) as Record<CellStatus, number>

export function countMatrix(rows: readonly MatrixRow[], services: readonly ServiceId[]): MatrixCounts {
  const counts: MatrixCounts = { clients: rows.length, rowsByWorst: zeroes(), cells: {}, rowsWithProblems: 0, rowsEndingSoon: 0 }
  for (const service of services) counts.cells[service] = zeroes()
  for (const row of rows) {
    counts.rowsByWorst[row.worst]++
    if (FILTERS.problems(row)) counts.rowsWithProblems++
    if (FILTERS['ending-soon'](row)) counts.rowsEndingSoon++
    for (const cell of row.cells) counts.cells[cell.service]![cell.status]++
  }
  return counts
}
