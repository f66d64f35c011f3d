// The Y-tunnus repairs of the client import and the forms (src/core/portfolio/csv/business-id-input.ts,
// listed in src/core/portfolio/README.md): the all-zero number no company has is refused in every
// form it takes, and no repair turns an invalid ID into a valid one by a change the preview does
// not name.
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { isUnissuedBusinessId, normaliseBusinessId } from '../../../src/core/contract/business-id.ts'
import { readBusinessId, type Normalisation } from '../../../src/core/portfolio/csv/business-id-input.ts'
import { previewCsvImport, type CsvPreview } from '../../../src/core/portfolio/csv/import.ts'
import { addClient, checkClientInput } from '../../../src/core/portfolio/clients.ts'
import { parseBusinessId } from '../../../src/extension/popup/guided/business-id.ts'
import { fixture, portfolio, validBusinessIdFrom } from './helpers.ts'

describe('the all-zero Y-tunnus', () => {
  test.each(['0000000-0', '0000000', '00000000', '000000-0', ' 0000000 - 0 ', 'FI00000000', '0000000\u20130'])('%j is refused as unissued, not repaired', (raw) => {
    expect(readBusinessId(raw)).toEqual({ ok: false, problem: 'unissued' })
    expect(normaliseBusinessId(raw)).toBeNull()
  })

  test('it passes the check digit: the refusal is the rule of its own, not the checksum', () => {
    expect(isUnissuedBusinessId('0000000-0')).toBe(true)
    expect(readBusinessId('0000000-5')).toEqual({ ok: false, problem: 'checksum' })
    expect(readBusinessId('0000001-9')).toMatchObject({ ok: true, businessId: '0000001-9' })
  })

  test('the client form refuses it with its own reason', () => {
    expect(checkClientInput({ businessId: '0000000' })).toMatchObject({ ok: false, error: 'business-id-unissued', field: 'business-id' })
    expect(addClient(portfolio([]), { businessId: '0000000-0', name: 'Nolla Oy' })).toMatchObject({ ok: false, error: 'business-id-unissued' })
  })

  test('the popup\'s Y-tunnus fields say that no company has it', () => {
    const t = (key: string) => key
    expect(parseBusinessId('0000000', t as never)).toEqual({ error: 'businessIdUnissued' })
    expect(parseBusinessId('0000000-0', t as never)).toEqual({ error: 'businessIdUnissued' })
    expect(parseBusinessId('0913909-3', t as never)).toEqual({ error: 'businessIdChecksum' })
  })
})

describe('a messy Excel export with zeroed Business IDs (test/fixtures/csv/excel-fi-zero-ids.csv)', () => {
  const result = previewCsvImport(fixture('excel-fi-zero-ids.csv'), [])
  const p = result as CsvPreview
  test('each zero row is rejected with the reason, none counts as a duplicate of another', () => {
    expect(result.ok).toBe(true)
    expect(p.rejected.map((row) => `${row.row}:${row.reason}:${row.value}`)).toEqual([
      '3:business-id-unissued:0000000', '4:business-id-unissued:0000000-0', '5:business-id-unissued:00000000', '11:business-id-checksum:0000000-5',
    ])
    expect(p.duplicates.map((row) => `${row.row}:${row.businessId}:${row.of.kind === 'row' ? row.of.row : 'stored'}`)).toEqual(['7:0913909-2:6', '10:1000007-1:9'])
  })

  test('every repair is named in its row, with the cell as the file has it', () => {
    expect(p.accepted.find((row) => row.row === 6)).toMatchObject({ businessId: '0913909-2', normalised: ['leading-zero-added'], original: '913909-2' })
    expect(p.duplicates.find((row) => row.row === 7)).toMatchObject({ normalised: ['spaces-removed'], original: '0913909 - 2' })
    expect(p.accepted.find((row) => row.row === 2)).toEqual({ row: 2, line: 2, businessId: '1000000-4', name: 'Tilitoimisto Luku Oy', normalised: [] })
  })

  test('the counts add up to the data rows, and the contact person is not read', () => {
    expect(p.accepted.length + p.rejected.length + p.duplicates.length + p.emptyRows).toBe(10)
    expect(JSON.stringify(p)).not.toContain('Maija')
  })
})

/**
 * Applies the named repairs, and only those, to a raw cell the way a person would by hand. A
 * repair the reader made without naming it leaves this result different from the reader's.
 */
function applyNamedRepairs(raw: string, repairs: readonly Normalisation[]): string {
  let value = raw.trim()
  if (repairs.includes('spaces-removed')) value = value.replace(/\s+/g, '')
  if (repairs.includes('vat-prefix-removed')) value = value.replace(/^FI(\d{7})(\d)$/i, '$1-$2')
  if (repairs.includes('dash-replaced')) value = value.replace(/[\u2010-\u2015\u2212]/g, '-')
  if (repairs.includes('hyphen-added')) value = value.replace(/^(\d+)(\d)$/, '$1-$2')
  if (repairs.includes('leading-zero-added')) value = `0${value}`
  return value
}

/** Valid IDs, and the mangled forms people and spreadsheets make of them. */
const validId = fc.integer({ min: 1, max: 3_500_000 }).map(validBusinessIdFrom)
const leadingZeroId = fc.integer({ min: 1, max: 999_990 }).map(validBusinessIdFrom)
const cell = fc.oneof(
  validId,
  validId.map((id) => id.replace('-', '')),
  leadingZeroId.map((id) => id.slice(1)),
  leadingZeroId.map((id) => id.slice(1).replace('-', '')),
  validId.map((id) => id.replace('-', '\u2013')),
  validId.map((id) => `FI${id.replace('-', '')}`),
  fc.tuple(validId, fc.nat({ max: 8 })).map(([id, at]) => `${id.slice(0, at)} ${id.slice(at)}`),
  fc.stringMatching(/^[0-9FI \-\u2013]{0,12}$/),
  fc.string({ maxLength: 12 }),
)

describe('no repair the user does not see', () => {
  test('the named repairs, applied by hand to the cell, give exactly the ID read', () => {
    fc.assert(fc.property(cell, (raw) => {
      const read = readBusinessId(raw)
      if (!read.ok) return
      expect(applyNamedRepairs(raw, read.normalised)).toBe(read.businessId)
    }), { numRuns: 5000 })
  })

  test('a cell read with no repair named is the ID exactly as written', () => {
    fc.assert(fc.property(cell, (raw) => {
      const read = readBusinessId(raw)
      if (read.ok && read.normalised.length === 0) expect(raw.trim()).toBe(read.businessId)
    }), { numRuns: 5000 })
  })

  test('no repair changes a digit: a valid ID with one digit changed is never read as valid by a repair', () => {
    fc.assert(fc.property(validId, fc.nat({ max: 7 }), fc.integer({ min: 1, max: 9 }), (id, position, delta) => {
      const digits = id.replace('-', '')
      const changed = digits.slice(0, position) + ((Number(digits[position]) + delta) % 10) + digits.slice(position + 1)
      const read = readBusinessId(`${changed.slice(0, 7)}-${changed.slice(7)}`)
      // A changed digit either fails the check digit, or is another valid ID read as written.
      if (read.ok) expect(read.normalised).toEqual([])
    }), { numRuns: 2000 })
  })

  test('the cell the preview shows beside a repaired row is the cell in the file', () => {
    fc.assert(fc.property(fc.array(cell, { maxLength: 20 }), (cells) => {
      const csv = `Y-tunnus;Nimi\r\n${cells.map((raw, i) => `${raw.replace(/[;"\r\n]/g, '')};Yritys ${i} Oy`).join('\r\n')}`
      const result = previewCsvImport(csv, [])
      if (!result.ok) return
      for (const row of [...result.accepted, ...result.duplicates]) {
        if (row.normalised.length > 0) expect(applyNamedRepairs(row.original ?? '', row.normalised)).toBe(row.businessId)
        else expect(row.original).toBeUndefined()
      }
    }), { numRuns: 500 })
  })
})
