import { describe, expect, test } from 'vitest'
import { csvFileName, exportClientsCsv } from '../../../src/core/portfolio/csv/export.ts'
import { addFormulaGuard, stripFormulaGuard } from '../../../src/core/portfolio/csv/formula-guard.ts'
import { previewCsvImport } from '../../../src/core/portfolio/csv/import.ts'

describe('exportClientsCsv', () => {
  test('Finnish Excel defaults: BOM, semicolons, CRLF, Finnish headers', () => {
    expect(exportClientsCsv([{ businessId: '0913909-2', name: 'Esimerkki Oy' }, { businessId: '1000000-4' }]))
      .toBe('\uFEFFY-tunnus;Nimi\r\n0913909-2;Esimerkki Oy\r\n1000000-4;\r\n')
  })

  test('headers in Swedish and English, other delimiters', () => {
    expect(exportClientsCsv([], { lang: 'sv', delimiter: ',' })).toBe('\uFEFFFO-nummer,Namn\r\n')
    expect(exportClientsCsv([], { lang: 'en', delimiter: '\t' })).toBe('\uFEFFBusiness ID\tName\r\n')
  })

  test.each([
    ['Firma; Oy', '"Firma; Oy"'],
    ['Tilitoimisto "Luku" Oy', '"Tilitoimisto ""Luku"" Oy"'],
    ['Rivi\nkaksi', '"Rivi\nkaksi"'],
    ['Rivi\rkaksi', '"Rivi\rkaksi"'],
    [' reunat ', '" reunat "'],
    ['=HYPERLINK("x")', '"\'=HYPERLINK(""x"")"'],
    ['+358 Oy', "'+358 Oy"],
    ["'=already", "''=already"],
    ['Tavallinen Oy', 'Tavallinen Oy'],
  ])('the cell %j is written as %j', (name, cell) => {
    expect(exportClientsCsv([{ businessId: '0913909-2', name }])).toBe(`\uFEFFY-tunnus;Nimi\r\n0913909-2;${cell}\r\n`)
  })

  test('every header language reads back', () => {
    for (const lang of ['fi', 'sv', 'en'] as const) {
      const result = previewCsvImport(exportClientsCsv([{ businessId: '0913909-2', name: 'A Oy' }], { lang }), [])
      expect(result.ok && result.accepted).toEqual([{ row: 2, line: 2, businessId: '0913909-2', name: 'A Oy', normalised: [] }])
    }
  })

  test('file name', () => {
    expect(csvFileName('2026-11-22')).toBe('valtuusapu-asiakkaat-2026-11-22.csv')
  })
})

test.each(['=1+1', '-x', '@SUM', "'=x", "''+y", 'plain', "'plain", '', "'"])('the formula guard is reversible for %j', (value) => {
  expect(stripFormulaGuard(addFormulaGuard(value))).toBe(value)
})
