// The user confirmed a CSV preview: add its accepted rows to the portfolio, and, when asked, take
// the file's names for stored clients whose name differs or is missing.
import { MAX_CLIENTS, type Client, type Portfolio } from '../model.ts'
import type { CsvPreview } from './import.ts'

export type AppliedCsvImport =
  | { ok: true; portfolio: Portfolio; added: number; renamed: number }
  | { ok: false; error: 'too-many-clients' }

export function applyCsvImport(portfolio: Portfolio, preview: CsvPreview, options: { updateStoredNames?: boolean } = {}): AppliedCsvImport {
  const existing = new Set(portfolio.clients.map((client) => client.businessId))
  const additions: Client[] = preview.accepted
    .filter((row) => !existing.has(row.businessId))
    .map((row) => ({ businessId: row.businessId, ...(row.name === undefined ? {} : { name: row.name }), tags: [], mandates: [] }))
  if (portfolio.clients.length + additions.length > MAX_CLIENTS) return { ok: false, error: 'too-many-clients' }
  const names = new Map<string, string>()
  if (options.updateStoredNames) {
    for (const row of preview.duplicates) {
      if (row.of.kind === 'stored' && row.nameDiffers && row.name !== undefined) names.set(row.businessId, row.name)
    }
  }
  let renamed = 0
  const clients = portfolio.clients.map((client) => {
    const name = names.get(client.businessId)
    if (name === undefined || name === client.name) return client
    renamed++
    return { ...client, name }
  })
  return { ok: true, portfolio: { ...portfolio, clients: [...clients, ...additions] }, added: additions.length, renamed }
}
