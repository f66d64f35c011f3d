// Corrections in the import preview, before anything is saved: the user edits a rejected row's
// Y-tunnus or name and sees it checked again, or leaves a row out (and can put it back). Each
// change gives a new preview of the whole file, classified again (classifySourceRows), so a
// corrected row can become a duplicate, or make a later row one, exactly as if the file had
// said so; and the counts always add up to the file's data rows.
import type { Client } from '../model.ts'
import { cellsOfRow, classifySourceRows, type CsvPreview, type SourceRow } from './import.ts'

type Stored = readonly Pick<Client, 'businessId' | 'name'>[]

function withRow(preview: CsvPreview, row: number, change: (source: SourceRow) => SourceRow, stored: Stored): CsvPreview {
  const index = preview.source.findIndex((source) => source.row === row)
  if (index < 0) return preview
  const source = preview.source.slice()
  source[index] = change(source[index]!)
  return { ...preview, ...classifySourceRows(source, stored) }
}

/** The row as the user corrected it: both cells as typed, checked as if the file held them. */
export function correctRow(preview: CsvPreview, row: number, cells: { businessId: string; name: string }, stored: Stored): CsvPreview {
  return withRow(preview, row, (source) => cellsOfRow({ row: source.row, line: source.line }, cells.businessId, cells.name), stored)
}

export function leaveOutRow(preview: CsvPreview, row: number, stored: Stored): CsvPreview {
  return withRow(preview, row, (source) => ({ ...source, leftOut: true }), stored)
}

export function putBackRow(preview: CsvPreview, row: number, stored: Stored): CsvPreview {
  return withRow(preview, row, ({ leftOut: _, ...source }) => source, stored)
}

/** Where a row stands in a preview: what the page announces after a correction. */
export type RowStanding = 'accepted' | 'rejected' | 'duplicate' | 'empty' | 'left-out'

export function rowStanding(preview: CsvPreview, row: number): RowStanding {
  if (preview.accepted.some((entry) => entry.row === row)) return 'accepted'
  if (preview.rejected.some((entry) => entry.row === row)) return 'rejected'
  if (preview.duplicates.some((entry) => entry.row === row)) return 'duplicate'
  if (preview.leftOut.some((entry) => entry.row === row)) return 'left-out'
  return 'empty'
}

/** accepted + rejected + duplicates + empty + left out: always the file's data rows. */
export function previewTotal(preview: CsvPreview): number {
  return preview.accepted.length + preview.rejected.length + preview.duplicates.length + preview.emptyRows + preview.leftOut.length
}
