// Clients -> CSV for Excel: UTF-8 with a BOM (without it Excel reads the file as Windows-1252 and
// garbles ä and ö), `;` by default (Finnish Excel's list separator), CRLF line ends and RFC 4180
// quoting. Columns: the Y-tunnus and the name, with headers in the user's language that the
// import reads back.
import type { Lang } from '../../contract/ids.ts'
import type { Client } from '../model.ts'
import { addFormulaGuard } from './formula-guard.ts'
import type { Delimiter } from './rows.ts'

export const CSV_HEADERS: Readonly<Record<Lang, readonly [string, string]>> = {
  fi: ['Y-tunnus', 'Nimi'],
  sv: ['FO-nummer', 'Namn'],
  en: ['Business ID', 'Name'],
}

/**
 * One cell, guarded (formula-guard.ts) and quoted when it holds either separator (the reader's
 * spreadsheet may use the other one), a quote, a line break, a tab or surrounding spaces.
 */
function cell(value: string, delimiter: Delimiter): string {
  const guarded = addFormulaGuard(value)
  return guarded.includes(delimiter) || /[;,"\r\n\t]/.test(guarded) || guarded !== guarded.trim()
    ? `"${guarded.replace(/"/g, '""')}"`
    : guarded
}

export function exportClientsCsv(clients: readonly Pick<Client, 'businessId' | 'name'>[], options: { lang?: Lang; delimiter?: Delimiter } = {}): string {
  const delimiter = options.delimiter ?? ';'
  const lines = [CSV_HEADERS[options.lang ?? 'fi'].map((header) => cell(header, delimiter)).join(delimiter)]
  for (const client of clients) lines.push([client.businessId, client.name ?? ''].map((value) => cell(value, delimiter)).join(delimiter))
  return `\uFEFF${lines.join('\r\n')}\r\n`
}

export function csvFileName(date: string): string {
  return `valtuusapu-asiakkaat-${date}.csv`
}
