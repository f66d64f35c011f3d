// CSV text -> rows with their record number and the line they start on. papaparse does the
// parsing (quotes, doubled quotes, delimiters and line breaks inside quoted fields, CRLF or LF).
// What it cannot do is recover from a broken quote: an unterminated quoted field swallows the rest
// of the file. So a row with a quote error is reported as malformed and parsing resumes on the
// next physical line, so that one stray quote costs one row, not the file.
import Papa from 'papaparse'

export interface CsvRow {
  /** The record number, header = 1: the row number Excel shows for it. */
  row: number
  /** The physical line it starts on (differs from `row` after a quoted line break). */
  line: number
  cells: string[]
  malformed: boolean
}

export const DELIMITERS = [';', '\t', ','] as const
export type Delimiter = (typeof DELIMITERS)[number]

/** The first row's cells with this delimiter. */
export function firstRow(text: string, delimiter: Delimiter): string[] {
  let cells: string[] = []
  Papa.parse(text, { delimiter, preview: 1, step: (result) => { cells = result.data } })
  return cells
}

/** Every row; stops early (and says so) after `maxRows` rows. */
export function parseRows(text: string, delimiter: Delimiter, maxRows: number): { rows: CsvRow[]; truncated: boolean } {
  const rows: CsvRow[] = []
  const newline = text.includes('\n') ? '\n' : '\r'
  let offset = 0
  let line = 1
  let truncated = false
  while (offset < text.length) {
    let brokenAt = -1
    let consumed = 0
    Papa.parse(offset === 0 ? text : text.slice(offset), {
      delimiter,
      step: (result, parser) => {
        const start = offset + consumed
        const startLine = line
        consumed = result.meta.cursor
        line += count(text, newline, start, offset + consumed)
        const malformed = result.errors.some((error) => error.type === 'Quotes')
        rows.push({ row: rows.length + 1, line: startLine, cells: malformed ? [] : result.data, malformed })
        // One row of slack: a final empty "row" (see below) must not count.
        if (rows.length > maxRows + 1) {
          truncated = true
          parser.abort()
        } else if (malformed) {
          brokenAt = start
          line = startLine
          parser.abort()
        }
      },
    })
    if (brokenAt < 0 || truncated) break
    const next = text.indexOf(newline, brokenAt)
    if (next < 0) break
    offset = next + 1
    line += 1
  }
  // A file that ends with a line break ends with an empty "row" that no spreadsheet shows.
  const last = rows.at(-1)
  if (!truncated && last && !last.malformed && last.cells.length === 1 && last.cells[0] === '') rows.pop()
  return { rows, truncated: truncated || rows.length > maxRows }
}

function count(text: string, char: string, from: number, to: number): number {
  let n = 0
  for (let i = text.indexOf(char, from); i >= 0 && i < to; i = text.indexOf(char, i + 1)) n++
  return n
}
