// Property tests of the CSV import and export (fast-check): any client list survives export ->
// import, names with quotes, delimiters, line breaks and any Unicode parse back to their stored
// form, and no input makes the import throw.
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { normaliseCompanyName } from '../../../src/core/portfolio/company-name.ts'
import { exportClientsCsv } from '../../../src/core/portfolio/csv/export.ts'
import { previewCsvImport } from '../../../src/core/portfolio/csv/import.ts'
import { stripFormulaGuard } from '../../../src/core/portfolio/csv/formula-guard.ts'
import { businessIdAt } from './helpers.ts'

/** Text full of what breaks CSV: quotes, the three delimiters, CR, LF, apostrophes and formula starts. */
const nasty = fc.string({
  unit: fc.oneof(
    fc.constantFrom('"', ';', ',', '\t', '\r', '\n', "'", '=', '+', '-', '@', ' ', 'ä', 'Ö', 'å', '\u00a0', '\u200b', '\uFEFF'),
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
  ),
  maxLength: 40,
})

const clientList = fc.uniqueArray(fc.nat({ max: 5000 }), { maxLength: 30 }).chain((ids) =>
  fc.tuple(...ids.map((n) => fc.record({ businessId: fc.constant(businessIdAt(n)), name: fc.option(nasty, { nil: undefined }) }))),
)

/** The stored form of a generated client: the name as the portfolio keeps it. */
const storedForm = (client: { businessId: string; name?: string | undefined }) => {
  const name = client.name === undefined ? '' : normaliseCompanyName(client.name)
  return { businessId: client.businessId, ...(name === '' ? {} : { name }) }
}

describe('export -> import', () => {
  test.each([[';'], [','], ['\t']] as const)('gives back every client with delimiter %j', (delimiter) => {
    fc.assert(fc.property(clientList, fc.constantFrom('fi', 'sv', 'en') as fc.Arbitrary<'fi' | 'sv' | 'en'>, (generated, lang) => {
      const clients = generated.map(storedForm).filter((client) => !/\d{6}[-+A-FU-Y]\d{3}/i.test(client.name ?? ''))
      const csv = exportClientsCsv(clients, { lang, delimiter })
      const result = previewCsvImport(csv, [])
      if (clients.length === 0) {
        expect(result.ok).toBe(true)
        return
      }
      if (!result.ok) throw new Error(result.error)
      expect(result.rejected).toEqual([])
      expect(result.duplicates).toEqual([])
      expect(result.accepted.map(({ businessId, name }) => ({ businessId, ...(name === undefined ? {} : { name }) }))).toEqual(clients)
    }), { numRuns: 150 })
  })

  test('also as bytes (the page reads a File), with the BOM', () => {
    fc.assert(fc.property(clientList, (generated) => {
      const clients = generated.map(storedForm).filter((client) => !/\d{6}[-+A-FU-Y]\d{3}/i.test(client.name ?? ''))
      const bytes = new TextEncoder().encode(exportClientsCsv(clients))
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
      const result = previewCsvImport(bytes, [])
      if (!result.ok) return expect(clients).toEqual([])
      expect(result.accepted.map((row) => row.businessId)).toEqual(clients.map((client) => client.businessId))
    }), { numRuns: 60 })
  })

  test('a raw cell with quotes, delimiters and line breaks parses to its normalised form', () => {
    fc.assert(fc.property(nasty, fc.constantFrom(';', ',', '\t'), fc.constantFrom('\n', '\r\n'), (raw, delimiter, newline) => {
      const quoted = `"${raw.replace(/"/g, '""')}"`
      const csv = `Y-tunnus${delimiter}Nimi${newline}${businessIdAt(1)}${delimiter}${quoted}${newline}${businessIdAt(2)}${delimiter}Seuraava Oy${newline}`
      const result = previewCsvImport(csv, [])
      if (!result.ok) throw new Error(result.error)
      const expected = normaliseCompanyName(stripFormulaGuard(raw))
      const identityCode = /\d{6}[-+A-FU-Y]\d{3}/i.test(expected)
      if (!identityCode) expect(result.accepted[0]?.name ?? '').toBe(expected)
      // The next row is never swallowed.
      expect(result.accepted.at(-1)?.businessId).toBe(businessIdAt(2))
    }), { numRuns: 300 })
  })
})

describe('robustness', () => {
  test('any text: never throws, and every row is accounted for', () => {
    fc.assert(fc.property(fc.string({ unit: fc.oneof(fc.constantFrom('"', ';', ',', '\t', '\r', '\n', 'Y-tunnus', 'Nimi', '0913909-2', '010190-123A'), fc.string({ unit: 'binary', maxLength: 3 })), maxLength: 60 }), (text) => {
      const result = previewCsvImport(text, [{ businessId: '0913909-2' }])
      if (result.ok) {
        const rows = [...result.accepted, ...result.rejected, ...result.duplicates].map((row) => row.row)
        expect(new Set(rows).size).toBe(rows.length)
      }
    }), { numRuns: 500 })
  })

  test('any bytes: never throws', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
      expect(() => previewCsvImport(bytes, [])).not.toThrow()
    }), { numRuns: 500 })
  })

  test('a henkilötunnus anywhere in a read cell never reaches the accepted rows', () => {
    const identityCode = fc.tuple(fc.integer({ min: 1, max: 28 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 99 }), fc.constantFrom('-', '+', 'A', 'B', 'Y'), fc.integer({ min: 2, max: 899 }), fc.constantFrom('0', '9', 'A', 'H', 'Y'))
      .map(([d, m, y, sign, n, check]) => `${String(d).padStart(2, '0')}${String(m).padStart(2, '0')}${String(y).padStart(2, '0')}${sign}${String(n).padStart(3, '0')}${check}`)
    fc.assert(fc.property(identityCode, fc.string({ maxLength: 10 }), fc.boolean(), (code, padding, inName) => {
      const cell = `${padding.replace(/[\p{L}\p{N}";,\t\r\n]/gu, ' ')} ${code} `
      const csv = inName ? `Y-tunnus;Nimi\n${businessIdAt(3)};"${cell}"\n` : `Y-tunnus;Nimi\n"${cell}";Firma Oy\n`
      const result = previewCsvImport(csv, [])
      if (!result.ok) throw new Error(result.error)
      expect(result.accepted).toEqual([])
      expect(JSON.stringify(result)).not.toContain(code)
    }), { numRuns: 300 })
  })
})
