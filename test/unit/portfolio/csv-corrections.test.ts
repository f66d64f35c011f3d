// Correcting the import preview in place (src/core/portfolio/csv/corrections.ts): a rejected row
// corrected is checked as if the file had held it, a row can be left out and put back, and on
// every messy fixture, and after any sequence of changes, accepted + rejected + duplicates + empty
// + left out is the file's data rows.
import { readdirSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { correctRow, leaveOutRow, previewTotal, putBackRow, rowStanding } from '../../../src/core/portfolio/csv/corrections.ts'
import { previewCsvImport, type CsvPreview } from '../../../src/core/portfolio/csv/import.ts'
import { fixture } from './helpers.ts'

const stored = [{ businessId: '0913909-2', name: 'Esimerkki Oy' }]
const FIXTURES = readdirSync('test/fixtures/csv')

function preview(name: string, existing: typeof stored = []): CsvPreview {
  const result = previewCsvImport(fixture(name), existing)
  if (!result.ok) throw new Error(`${name}: ${result.error}`)
  return result
}

describe.each(FIXTURES)('%s', (name) => {
  test('every data row is counted once: the counts add up to the rows, numbered without a gap', () => {
    const p = preview(name, stored)
    const first = p.headerRow ? 2 : 1
    expect(p.source.map((row) => row.row)).toEqual(p.source.map((_, i) => first + i))
    expect(previewTotal(p)).toBe(p.source.length)
    const rows = [...p.accepted, ...p.rejected, ...p.duplicates, ...p.leftOut].map((row) => row.row)
    expect(new Set(rows).size).toBe(rows.length)
    expect(p.source.filter((row) => row.empty).length).toBe(p.emptyRows)
  })

  test('any sequence of corrections, leavings out and puttings back keeps the sum', () => {
    const start = preview(name, stored)
    const rowNumbers = start.source.map((row) => row.row)
    const action = fc.record({
      kind: fc.constantFrom('correct', 'leave-out', 'put-back'),
      row: fc.constantFrom(...rowNumbers),
      businessId: fc.oneof(fc.constantFrom('1000000-4', '0913909-2', '0000000', '', '131052-308T', '1000007-1'), fc.string({ maxLength: 10 })),
      name: fc.oneof(fc.constant('Korjattu Oy'), fc.string({ maxLength: 10 })),
    })
    fc.assert(fc.property(fc.array(action, { maxLength: 8 }), (actions) => {
      let p = start
      for (const a of actions) {
        p = a.kind === 'correct' ? correctRow(p, a.row, a, stored) : a.kind === 'leave-out' ? leaveOutRow(p, a.row, stored) : putBackRow(p, a.row, stored)
        expect(previewTotal(p)).toBe(start.source.length)
        expect(JSON.stringify(p)).not.toContain('131052-308T')
      }
    }), { numRuns: 60 })
  })
})

describe('correcting rows of the zero-ID export (excel-fi-zero-ids.csv)', () => {
  const start = preview('excel-fi-zero-ids.csv')

  test('a corrected Y-tunnus is checked at once and the row is accepted', () => {
    const p = correctRow(start, 3, { businessId: '1000014-3', name: 'Nollarivi Oy' }, [])
    expect(rowStanding(p, 3)).toBe('accepted')
    expect(p.accepted.find((row) => row.row === 3)).toMatchObject({ businessId: '1000014-3', name: 'Nollarivi Oy', normalised: [] })
    expect(p.rejected.map((row) => row.row)).toEqual([4, 5, 11])
  })

  test('a correction that is still wrong stays rejected, with the new reason', () => {
    const p = correctRow(start, 3, { businessId: '1000014-4', name: 'Nollarivi Oy' }, [])
    expect(p.rejected.find((row) => row.row === 3)).toMatchObject({ reason: 'business-id-checksum', value: '1000014-4' })
  })

  test('a corrected row can become a duplicate, or make a later row one, as if the file said so', () => {
    const same = correctRow(start, 3, { businessId: '1000000-4', name: 'Tilitoimisto Luku Oy' }, [])
    expect(same.duplicates.find((row) => row.row === 3)?.of).toEqual({ kind: 'row', row: 2, line: 2 })
    const earlier = correctRow(start, 3, { businessId: '1000007-1', name: 'Rakennus Oy' }, [])
    expect(earlier.accepted.find((row) => row.row === 3)?.businessId).toBe('1000007-1')
    expect(earlier.duplicates.filter((row) => row.businessId === '1000007-1').map((row) => row.row)).toEqual([9, 10])
  })

  test('a repair is named in a corrected row as in a row from the file', () => {
    const p = correctRow(start, 3, { businessId: '100014-3', name: '' }, [])
    expect(p.rejected.find((row) => row.row === 3)?.reason).toBe('business-id-checksum')
    const repaired = correctRow(start, 3, { businessId: '1000014 3', name: '' }, [])
    expect(repaired.accepted.find((row) => row.row === 3)).toMatchObject({ businessId: '1000014-3', normalised: ['spaces-removed', 'hyphen-added'], original: '1000014 3' })
  })

  test('a row left out is counted as such and can be put back', () => {
    const out = leaveOutRow(start, 4, [])
    expect(out.leftOut).toEqual([{ row: 4, line: 4 }])
    expect(rowStanding(out, 4)).toBe('left-out')
    expect(previewTotal(out)).toBe(10)
    const back = putBackRow(out, 4, [])
    expect(back.rejected.find((row) => row.row === 4)?.reason).toBe('business-id-unissued')
    expect(back.leftOut).toEqual([])
  })

  test('typing a henkilötunnus keeps the row rejected, and the code is not kept', () => {
    const p = correctRow(start, 3, { businessId: '1000014-3', name: 'Matti 131052-308T' }, [])
    expect(p.rejected.find((row) => row.row === 3)).toMatchObject({ reason: 'identity-code', field: 'name' })
    expect(JSON.stringify(p)).not.toContain('131052-308T')
  })
})
