// The CSV export never hands a spreadsheet a formula, whichever separator the spreadsheet splits
// the lines on (Finnish Excel ";", English Excel ","), and the guard is undone exactly on import.
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { exportClientsCsv } from '../../../src/core/portfolio/csv/export.ts'
import { addFormulaGuard, stripFormulaGuard } from '../../../src/core/portfolio/csv/formula-guard.ts'
import { previewCsvImport } from '../../../src/core/portfolio/csv/import.ts'

const TRIGGER = /^[=+\-@\t\r]/

/** The fields a spreadsheet sees when it splits a line on `separator`, honouring quotes only at a field's start (RFC 4180). */
function fieldsAsSpreadsheetReads(line: string, separator: string): string[] {
  const fields: string[] = []
  let i = 0
  while (i <= line.length) {
    if (line[i] === '"') {
      let value = ''
      i++
      while (i < line.length) {
        if (line[i] === '"' && line[i + 1] === '"') { value += '"'; i += 2 } else if (line[i] === '"') { i++; break } else value += line[i++]
      }
      const end = line.indexOf(separator, i)
      fields.push(value + (end < 0 ? line.slice(i) : line.slice(i, end)))
      i = end < 0 ? line.length + 1 : end + 1
    } else {
      const end = line.indexOf(separator, i)
      fields.push(end < 0 ? line.slice(i) : line.slice(i, end))
      i = end < 0 ? line.length + 1 : end + 1
    }
  }
  return fields
}

/** Excel trims nothing before deciding, but a cell " =1" is text; count spaces as harmless, as the guard does. */
const startsFormula = (field: string) => TRIGGER.test(field.replace(/^ +/, ''))

const nameParts = fc.constantFrom('Kahvila Kuppi', '=1+1', '+358', '-5', '@SUM(A1)', '\t=2', ' =3', "'=4", ',', ';', '"', ' ', 'Oy', "''+1", '\r=5')
const names = fc.array(nameParts, { minLength: 1, maxLength: 6 }).map((parts) => parts.join(''))

describe('the export', () => {
  test('"Kahvila Kuppi,=1+1" is quoted and guarded: no cell starts a formula with "," or ";" as the separator', () => {
    const csv = exportClientsCsv([{ businessId: '0913909-2', name: 'Kahvila Kuppi,=1+1' }], { delimiter: ';' })
    const line = csv.split('\r\n')[1]!
    expect(line).toBe(`0913909-2;"Kahvila Kuppi,'=1+1"`)
    for (const separator of [';', ',']) expect(fieldsAsSpreadsheetReads(line, separator).filter(startsFormula)).toEqual([])
  })

  test.each([[';'], [','], ['\t']] as const)('no generated name makes a formula cell, whatever separator reads a file written with %j', (delimiter) => {
    fc.assert(fc.property(names, (name) => {
      const csv = exportClientsCsv([{ businessId: '0913909-2', name }], { delimiter })
      // A line break inside a quoted name is one record: read the record, not the physical lines.
      const record = csv.replace(/^\uFEFF[^\r]*\r\n/, '').replace(/\r\n$/, '')
      for (const separator of [';', ',', '\t']) {
        for (const physical of record.split(/\r\n|\r|\n/)) expect(fieldsAsSpreadsheetReads(physical, separator).filter(startsFormula), `${JSON.stringify(record)} split on ${JSON.stringify(separator)}`).toEqual([])
      }
      // And the import gives the name back.
      const read = previewCsvImport(csv, [])
      if (!read.ok) throw new Error(read.error)
      expect(read.accepted[0]?.name ?? '').toBe(name.replace(/\s+/g, ' ').trim())
    }), { numRuns: 400 })
  })
})

test('the guard is undone exactly, for every string', () => {
  fc.assert(fc.property(fc.string({ unit: fc.constantFrom('=', '+', '-', '@', '\t', '\r', "'", ' ', ';', ',', 'a', '"') }), (text) => {
    expect(stripFormulaGuard(addFormulaGuard(text))).toBe(text)
  }), { numRuns: 2000 })
})
