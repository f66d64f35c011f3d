// CSV/TSV import of clients: a preview of what the file holds, nothing saved. Accepted rows,
// rejected rows (each with a reason code and its row and line), and duplicates (within the file,
// and of clients already stored). The page shows it; applyCsvImport() adds the accepted rows
// when the user confirms.
import { companyNameProblem, normaliseCompanyName } from '../company-name.ts'
import { containsIdentityCode } from '../identity-code.ts'
import type { Client } from '../model.ts'
import { MAX_CLIENTS } from '../model.ts'
import { businessIdRejectReason, readBusinessId, type Normalisation } from './business-id-input.ts'
import { decodeCsvBytes, type CsvEncoding } from './decode.ts'
import { stripFormulaGuard } from './formula-guard.ts'
import { knownHeaderCount, mapColumns, type ColumnMap } from './headers.ts'
import { DELIMITERS, firstRow, parseRows, type CsvRow, type Delimiter } from './rows.ts'

export const MAX_IMPORT_ROWS = MAX_CLIENTS
/** About 20,000 rows of 1,000 characters; a larger "CSV" is something else. */
export const MAX_CSV_CHARS = 20_000_000

export const REJECT_REASONS = [
  'malformed-row',          // a broken quote: the row cannot be read
  'missing-business-id',    // the Y-tunnus cell is empty
  'business-id-format',     // not 7 digits, a hyphen and a check digit, even after normalising
  'business-id-checksum',   // the right shape, but the check digit does not match
  'business-id-unissued',   // the right shape and check digit, but no company has it (0000000-0)
  'identity-code',          // the Y-tunnus or name cell holds what looks like a henkilötunnus
  'name-too-long',          // more than 200 characters
] as const
export type RejectReason = (typeof REJECT_REASONS)[number]

export const FILE_NOTICES = [
  'excel-sep-line',                // a first line "sep=;" (Excel's delimiter hint) was read and skipped
  'no-header-row',                 // no header: the Y-tunnus and name columns were found by content
  'business-id-column-guessed',    // a header row without a known Y-tunnus header: found by content
  'vat-column-used',               // no Y-tunnus column: the Y-tunnus was read from VAT numbers
  'no-name-column',                // clients are imported without names
  'identity-code-column-ignored',  // a henkilötunnus column was left out, not read
  'person-name-column-ignored',    // a contact-person or other person-name column was left out
  'encoding-windows-1252',         // not UTF-8: read as Windows-1252 (Excel's plain "CSV")
  'encoding-utf-16',               // read as UTF-16 (Excel's "Unicode text")
] as const
export type FileNoticeCode = (typeof FILE_NOTICES)[number]

export interface FileNotice {
  code: FileNoticeCode
  /** The header texts the notice is about. */
  columns?: string[]
}

export const FILE_ERRORS = ['empty', 'spreadsheet-not-csv', 'binary', 'too-large', 'too-many-rows', 'no-business-id-column'] as const
export type FileError = (typeof FILE_ERRORS)[number]

export interface RowRef {
  row: number
  line: number
}

export interface AcceptedRow extends RowRef {
  businessId: string
  name?: string
  /** Every repair made to the Y-tunnus cell; none when it was read as written. */
  normalised: Normalisation[]
  /** The Y-tunnus cell as the file has it (clipped), given when a repair was made. */
  original?: string
}

export interface RejectedRow extends RowRef {
  reason: RejectReason
  field?: 'business-id' | 'name'
  /** The offending cell, clipped; never given for `identity-code`. */
  value?: string
}

export interface DuplicateRow extends RowRef {
  businessId: string
  name?: string
  normalised: Normalisation[]
  original?: string
  /** The earlier row of this file, or the stored client, with the same Y-tunnus. */
  of: ({ kind: 'row' } & RowRef) | { kind: 'stored'; name?: string }
  nameDiffers: boolean
}

/**
 * One data row of the file as the import read it: the Y-tunnus and name cells only (no other
 * column is kept), so that a rejected row can be corrected and checked again, or left out.
 * A cell holding what looks like a henkilötunnus is never kept: it is blank, and `identityCodeIn`
 * keeps the row rejected until the user types another value.
 */
export interface SourceRow extends RowRef {
  businessId: string
  name: string
  malformed?: true
  empty?: true
  identityCodeIn?: 'business-id' | 'name'
  /** The user left the row out of the import. */
  leftOut?: true
}

export interface CsvPreview {
  ok: true
  delimiter: Delimiter
  encoding: CsvEncoding
  headerRow: boolean
  columns: { businessId: string; name: string | null; ignored: string[] }
  notices: FileNotice[]
  accepted: AcceptedRow[]
  rejected: RejectedRow[]
  duplicates: DuplicateRow[]
  emptyRows: number
  /** Rows the user left out: with the four counts above they add up to `source.length`. */
  leftOut: RowRef[]
  /** Every data row of the file (header excluded), in file order. */
  source: SourceRow[]
}

export type CsvImport = CsvPreview | { ok: false; error: FileError; headers?: string[] }

/** Clip a cell for display in the preview. */
const clip = (value: string) => (value.length > 40 ? `${value.slice(0, 39)}…` : value)

/**
 * Reads a file's bytes or text into a preview. `stored` is the client list as it is now, for
 * duplicates. Never throws, whatever the input.
 */
export function previewCsvImport(input: Uint8Array | string, stored: readonly Pick<Client, 'businessId' | 'name'>[]): CsvImport {
  let text: string
  let encoding: CsvEncoding = 'utf-8'
  if (typeof input === 'string') {
    text = input
  } else {
    const decoded = decodeCsvBytes(input)
    if (!decoded.ok) return { ok: false, error: decoded.error }
    text = decoded.text
    encoding = decoded.encoding
  }
  if (text.length > MAX_CSV_CHARS) return { ok: false, error: 'too-large' }
  const notices: FileNotice[] = []
  if (encoding === 'windows-1252') notices.push({ code: 'encoding-windows-1252' })
  if (encoding.startsWith('utf-16')) notices.push({ code: 'encoding-utf-16' })

  text = text.replace(/^\uFEFF/, '')
  let delimiter: Delimiter | null = null
  const sep = /^"?sep=(.)"?\r?\n/i.exec(text)
  if (sep && (DELIMITERS as readonly string[]).includes(sep[1]!)) {
    delimiter = sep[1] as Delimiter
    text = text.slice(sep[0].length)
    notices.push({ code: 'excel-sep-line' })
  }
  if (text.trim() === '') return { ok: false, error: 'empty' }

  const layout = detectLayout(text, delimiter)
  const { rows, truncated } = parseRows(text, layout.delimiter, MAX_IMPORT_ROWS + (layout.headerRow ? 1 : 0))
  if (truncated) return { ok: false, error: 'too-many-rows' }
  // Excel hides a "sep=" line (its row numbers start after it); a text editor shows it.
  if (sep) for (const row of rows) row.line += 1
  const data = layout.headerRow ? rows.slice(1) : rows
  const headers = layout.headerRow ? (rows[0]?.cells ?? []) : []
  const columns = layout.headerRow ? mapColumns(headers) ?? guessColumns(headers, data, notices) : headerlessColumns(rows[0]?.cells ?? [], notices)
  if (!columns) return { ok: false, error: 'no-business-id-column', headers }
  if (columns.businessIdFrom === 'vat-number') notices.push({ code: 'vat-column-used', columns: [headers[columns.businessId] ?? ''] })
  if (columns.name === null) notices.push({ code: 'no-name-column' })
  if (columns.identityCodeColumns.length) notices.push({ code: 'identity-code-column-ignored', columns: columns.identityCodeColumns })
  if (columns.personNameColumns.length) notices.push({ code: 'person-name-column-ignored', columns: columns.personNameColumns })

  return {
    ok: true,
    delimiter: layout.delimiter,
    encoding,
    headerRow: layout.headerRow,
    columns: {
      businessId: headers[columns.businessId] ?? `${columns.businessId + 1}`,
      name: columns.name === null ? null : (headers[columns.name] ?? `${columns.name + 1}`),
      ignored: columns.ignored,
    },
    notices,
    ...classifySourceRows(data.map((row) => sourceRow(row, columns)), stored),
  }
}

/** The two cells the import reads, with any henkilötunnus dropped on the spot. */
function sourceRow({ row, line, cells, malformed }: CsvRow, columns: ColumnMap): SourceRow {
  const businessId = stripFormulaGuard(cells[columns.businessId] ?? '')
  const name = columns.name === null ? '' : stripFormulaGuard(cells[columns.name] ?? '')
  if (malformed) return { row, line, businessId, name, malformed: true }
  if (cells.every((cell) => cell.trim() === '')) return { row, line, businessId: '', name: '', empty: true }
  return cellsOfRow({ row, line }, businessId, name)
}

/** A row's two cells as read from the file or typed in a correction; a henkilötunnus is dropped. */
export function cellsOfRow(at: RowRef, businessId: string, name: string): SourceRow {
  if (containsIdentityCode(businessId)) return { ...at, businessId: '', name, identityCodeIn: 'business-id' }
  if (containsIdentityCode(name)) return { ...at, businessId, name: '', identityCodeIn: 'name' }
  return { ...at, businessId, name }
}

/**
 * Sorts the rows into accepted, rejected, duplicates, empty and left out; every row lands in
 * exactly one. Run again after each correction (csv/corrections.ts), so duplicates always point
 * to the first row of the file as it now reads.
 */
export function classifySourceRows(source: SourceRow[], stored: readonly Pick<Client, 'businessId' | 'name'>[]): Omit<CsvPreview, 'ok' | 'delimiter' | 'encoding' | 'headerRow' | 'columns' | 'notices'> {
  const accepted: AcceptedRow[] = []
  const rejected: RejectedRow[] = []
  const duplicates: DuplicateRow[] = []
  const leftOut: RowRef[] = []
  let emptyRows = 0
  const storedById = new Map(stored.map((client) => [client.businessId, client]))
  const firstRows = new Map<string, RowRef & { name?: string }>()
  for (const { row, line, businessId: rawId, name: rawName, malformed, empty, identityCodeIn, leftOut: isLeftOut } of source) {
    const at = { row, line }
    if (isLeftOut) {
      leftOut.push(at)
      continue
    }
    if (malformed) {
      rejected.push({ ...at, reason: 'malformed-row' })
      continue
    }
    if (empty) {
      emptyRows++
      continue
    }
    if (identityCodeIn) {
      rejected.push({ ...at, reason: 'identity-code', field: identityCodeIn })
      continue
    }
    const id = readBusinessId(rawId)
    if (!id.ok) {
      rejected.push({ ...at, reason: businessIdRejectReason(id.problem), field: 'business-id', ...(id.problem === 'empty' ? {} : { value: clip(rawId.trim()) }) })
      continue
    }
    const normalisedName = normaliseCompanyName(rawName)
    if (companyNameProblem(normalisedName) === 'too-long') {
      rejected.push({ ...at, reason: 'name-too-long', field: 'name', value: clip(normalisedName) })
      continue
    }
    const name = normalisedName === '' ? undefined : normalisedName
    const client = { businessId: id.businessId, ...(name === undefined ? {} : { name }) }
    const repairs = { normalised: id.normalised, ...(id.normalised.length > 0 ? { original: clip(rawId.trim()) } : {}) }
    const earlier = firstRows.get(id.businessId)
    if (earlier) {
      duplicates.push({ ...at, ...client, ...repairs, of: { kind: 'row', row: earlier.row, line: earlier.line }, nameDiffers: earlier.name !== name })
      continue
    }
    firstRows.set(id.businessId, { ...at, ...(name === undefined ? {} : { name }) })
    const storedClient = storedById.get(id.businessId)
    if (storedClient) {
      duplicates.push({ ...at, ...client, ...repairs, of: { kind: 'stored', ...(storedClient.name === undefined ? {} : { name: storedClient.name }) }, nameDiffers: name !== undefined && storedClient.name !== name })
      continue
    }
    accepted.push({ ...at, ...client, ...repairs })
  }
  return { accepted, rejected, duplicates, emptyRows, leftOut, source }
}

/**
 * The delimiter, and whether row 1 is a header. The delimiter that makes the most cells of row 1
 * known headers wins; a file without known headers is headerless when row 1 holds a valid
 * Y-tunnus; otherwise the delimiter that splits row 1 into the most cells.
 */
function detectLayout(text: string, given: Delimiter | null): { delimiter: Delimiter; headerRow: boolean } {
  const candidates = given ? [given] : DELIMITERS
  const firstRows = candidates.map((delimiter) => ({ delimiter, cells: firstRow(text, delimiter) }))
  const scored = firstRows.map((candidate) => ({ ...candidate, known: knownHeaderCount(candidate.cells) }))
  const best = scored.reduce((a, b) => (b.known > a.known ? b : a))
  if (best.known > 0) return { delimiter: best.delimiter, headerRow: true }
  const withId = firstRows.filter(({ cells }) => cells.some((cell) => readBusinessId(stripFormulaGuard(cell)).ok))
  const pool = withId.length > 0 ? withId : firstRows
  const widest = pool.reduce((a, b) => (b.cells.length > a.cells.length ? b : a))
  return { delimiter: widest.delimiter, headerRow: withId.length === 0 }
}

/** A header row without a known Y-tunnus header: the column where most of the first rows read as one. */
function guessColumns(headers: readonly string[], data: readonly CsvRow[], notices: FileNotice[]): ColumnMap | null {
  const sample = data.filter((row) => !row.malformed && row.cells.some((cell) => cell.trim() !== '')).slice(0, 50)
  const hits = headers.map((_, column) => sample.filter((row) => readBusinessId(stripFormulaGuard(row.cells[column] ?? '')).ok).length)
  const top = Math.max(0, ...hits)
  if (top === 0 || top * 2 < sample.length) return null
  const businessId = hits.indexOf(top)
  // Known headers still name the other columns (e.g. "Nimi"), with the guessed column as Y-tunnus.
  const named = mapColumns(headers.map((header, column) => (column === businessId ? 'Y-tunnus' : header)))
  if (!named) return null
  notices.push({ code: 'business-id-column-guessed', columns: [headers[businessId] ?? ''] })
  return named
}

/** No header row: row 1's first valid Y-tunnus cell, and its first other cell with a letter as the name. */
function headerlessColumns(cells: readonly string[], notices: FileNotice[]): ColumnMap | null {
  const businessId = cells.findIndex((cell) => readBusinessId(stripFormulaGuard(cell)).ok)
  if (businessId < 0) return null
  const name = cells.findIndex((cell, column) => column !== businessId && /\p{L}/u.test(cell) && !containsIdentityCode(cell))
  notices.push({ code: 'no-header-row' })
  return { businessId, businessIdFrom: 'business-id', name: name < 0 ? null : name, ignored: [], identityCodeColumns: [], personNameColumns: [] }
}
