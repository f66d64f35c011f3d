// Whatever storage or a file holds, reading it never throws and never yields invalid data; and a
// confirmed CSV preview adds exactly its accepted rows.
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { readBackup, BACKUP_FORMAT } from '../../../src/core/portfolio/backup.ts'
import { applyCsvImport } from '../../../src/core/portfolio/csv/apply.ts'
import { previewCsvImport } from '../../../src/core/portfolio/csv/import.ts'
import { Portfolio } from '../../../src/core/portfolio/model.ts'
import { loadPortfolio } from '../../../src/core/portfolio/storage.ts'
import { client, fixture, portfolio } from './helpers.ts'

describe('never throws, never yields invalid data', () => {
  const documentLike = fc.oneof(
    fc.jsonValue(),
    fc.record({ version: fc.constantFrom(1, 2, 3, '2'), firm: fc.jsonValue(), clients: fc.array(fc.oneof(fc.jsonValue(), fc.constant(client(1)), fc.constant({ businessId: '0913909-2', name: 'x' }))) }, { requiredKeys: [] }),
  )

  test('loadPortfolio on any stored values', () => {
    fc.assert(fc.property(fc.option(documentLike, { nil: undefined }), fc.option(documentLike, { nil: undefined }), (current, lastGood) => {
      const loaded = loadPortfolio({ current, lastGood })
      expect(Portfolio.safeParse(loaded.portfolio).success).toBe(true)
    }), { numRuns: 400 })
  })

  test('readBackup on any text', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), documentLike.map((portfolio) => JSON.stringify({ format: BACKUP_FORMAT, portfolio }))), (text) => {
      const read = readBackup(text)
      if (read.ok) expect(Portfolio.safeParse(read.portfolio).success).toBe(true)
    }), { numRuns: 400 })
  })
})

describe('applyCsvImport', () => {
  const stored = portfolio([{ ...client(0), businessId: '0913909-2', name: 'Esimerkki Oy' }])

  test('adds the accepted rows, nothing else; the result validates', () => {
    const preview = previewCsvImport(fixture('excel-fi-bom-semicolon.csv'), stored.clients)
    if (!preview.ok) throw new Error(preview.error)
    const applied = applyCsvImport(stored, preview)
    if (!applied.ok) throw new Error(applied.error)
    expect(applied.added).toBe(7)
    expect(applied.renamed).toBe(0)
    expect(applied.portfolio.clients.map((c) => c.businessId)).toEqual(['0913909-2', ...preview.accepted.map((row) => row.businessId)])
    expect(Portfolio.safeParse(applied.portfolio).success).toBe(true)
  })

  test('with updateStoredNames, a stored client takes the file\'s different name', () => {
    const preview = previewCsvImport(fixture('duplicates.csv'), stored.clients)
    if (!preview.ok) throw new Error(preview.error)
    const kept = applyCsvImport(stored, preview)
    expect(kept.ok && kept.portfolio.clients[0]!.name).toBe('Esimerkki Oy')
    const renamed = applyCsvImport(stored, preview, { updateStoredNames: true })
    expect(renamed.ok && [renamed.portfolio.clients[0]!.name, renamed.renamed]).toEqual(['Esimerkki Oy uusi nimi', 1])
  })

  test('applying the same preview twice adds nothing the second time', () => {
    const preview = previewCsvImport(fixture('swedish-comma.csv'), [])
    if (!preview.ok) throw new Error(preview.error)
    const once = applyCsvImport(stored, preview)
    if (!once.ok) throw new Error(once.error)
    expect(applyCsvImport(once.portfolio, preview)).toMatchObject({ ok: true, added: 0 })
  })

  test('refuses to pass 20,000 clients', () => {
    const full = portfolio(Array.from({ length: 20_000 }, (_, i) => client(i + 100)))
    const preview = previewCsvImport(fixture('swedish-comma.csv'), [])
    if (!preview.ok) throw new Error(preview.error)
    expect(applyCsvImport(full, preview)).toEqual({ ok: false, error: 'too-many-clients' })
  })
})
