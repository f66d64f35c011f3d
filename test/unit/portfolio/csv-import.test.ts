import { describe, expect, test } from 'vitest'
import type { Lang } from '../../../src/core/contract/ids.ts'
import { FILE_ERRORS, FILE_NOTICES, previewCsvImport, REJECT_REASONS, type CsvImport, type CsvPreview } from '../../../src/core/portfolio/csv/import.ts'
import { HEADER_ALIASES, roleOfHeader } from '../../../src/core/portfolio/csv/headers.ts'
import { NORMALISATIONS } from '../../../src/core/portfolio/csv/business-id-input.ts'
import { FILE_ERROR_TEXTS, FILE_NOTICE_TEXTS, NORMALISATION_TEXTS, REJECT_REASON_TEXTS, rejectedRowText } from '../../../src/core/portfolio/texts.ts'
import { businessIdAt, fixture } from './helpers.ts'

const stored = [{ businessId: '0913909-2', name: 'Esimerkki Oy' }]

function preview(input: Uint8Array | string, existing = stored): CsvPreview {
  const result = previewCsvImport(input, existing)
  if (!result.ok) throw new Error(`expected a preview, got ${result.error}`)
  return result
}

const summary = (p: CsvPreview) => ({
  accepted: p.accepted.map((row) => `${row.row}:${row.businessId}:${row.name ?? ''}`),
  rejected: p.rejected.map((row) => `${row.row}/${row.line}:${row.reason}`),
  duplicates: p.duplicates.map((row) => `${row.row}:${row.businessId}:${row.of.kind}`),
})

describe('messy real-world files (test/fixtures/csv)', () => {
  test('Excel (fi): BOM, semicolons, CRLF, quotes, a line break in a name, messy Y-tunnukset', () => {
    const p = preview(fixture('excel-fi-bom-semicolon.csv'))
    expect(p.delimiter).toBe(';')
    expect(p.columns).toEqual({ businessId: 'Y-tunnus', name: 'Nimi', ignored: ['Osoite', 'Postinumero'] })
    expect(summary(p)).toEqual({
      accepted: [
        '3:1000000-4:Tilitoimisto "Luku" Oy', '4:1000007-1:Rakennus; Putki ja Sähkö Ky', '5:1000014-3:Monirivinen Nimi Oy',
        '6:1000021-5:Välilyönti Oy', '7:1000028-2:Ajatusviiva Oy', '8:0123456-2:Nollaton Oy', '13:1000042-6:Åbo Bygg Ab',
      ],
      // The quoted line break in row 5 puts every later row one line further down.
      rejected: ['9/10:business-id-checksum', '10/11:missing-business-id', '11/12:business-id-format'],
      duplicates: ['2:0913909-2:stored'],
    })
    expect(p.accepted.map((row) => row.normalised)).toEqual([[], [], [], ['spaces-removed'], ['dash-replaced'], ['leading-zero-added'], []])
    expect(p.emptyRows).toBe(1)
    expect(p.rejected[0]).toMatchObject({ field: 'business-id', value: '1000035-5' })
  })

  test('Procountor-like customer register: extra columns and a contact person column are not read', () => {
    const p = preview(fixture('procountor-like.csv'))
    expect(summary(p)).toEqual({
      accepted: ['2:1000049-3:Kahvila Kuppi Oy', '3:1000056-5:Puutarha Vihreä Tmi', '4:1000063-7:Konepaja Rauta Oy'],
      rejected: ['5/5:missing-business-id'],
      duplicates: [],
    })
    expect(p.notices).toEqual([{ code: 'person-name-column-ignored', columns: ['Yhteyshenkilö'] }])
    expect(JSON.stringify(p)).not.toMatch(/Maija|Pekka|@example/)
  })

  test('Netvisor-like export: commas, every field quoted, a Y-tunnus without hyphen; the VAT column is not used when a Y-tunnus column exists', () => {
    const p = preview(fixture('netvisor-like.csv'))
    expect(p.delimiter).toBe(',')
    expect(summary(p)).toEqual({
      accepted: ['2:1000070-9:Oy Firma, Helsinki Ab', '3:1000077-6:Kuljetus "Nopea" Oy', '4:1000084-8:Leipomo Ruis Oy'],
      rejected: ['5/5:missing-business-id'],
      duplicates: [],
    })
    expect(p.accepted[1]!.normalised).toEqual(['hyphen-added'])
  })

  test('English TSV: tabs, a tab inside a quoted field, semicolons and commas inside names', () => {
    const p = preview(fixture('english.tsv'))
    expect(p.delimiter).toBe('\t')
    expect(p.columns.businessId).toBe('Business ID')
    expect(summary(p).accepted).toEqual(['2:1000098-7:Northern Lights Ltd', '3:1000105-8:Harbour Logistics Oy', '4:1000119-7:Quay; Comma, and "Quote" Oy'])
  })

  test('Swedish headers with commas', () => {
    const p = preview(fixture('swedish-comma.csv'))
    expect(p.columns).toMatchObject({ businessId: 'FO-nummer', name: 'Företagets namn' })
    expect(summary(p).accepted).toEqual(['2:1000126-9:Skärgårdens Båt Ab', '3:1000133-0:Kust, Hav & Co Kb', '4:1000140-2:Österbotten Trä Ab'])
  })

  test('only a VAT number column: the Y-tunnus is read from it and the notice says so', () => {
    const p = preview(fixture('vat-only.csv'))
    expect(summary(p).accepted).toEqual(['2:1000154-1:Verokone Oy', '3:1000161-3:Välilyönnit Oy'])
    expect(p.accepted[1]!.normalised).toEqual(['spaces-removed', 'vat-prefix-removed'])
    expect(p.notices).toEqual([{ code: 'vat-column-used', columns: ['ALV-tunnus'] }])
  })

  test('duplicates within the file and against stored clients, with whether the name differs', () => {
    const p = preview(fixture('duplicates.csv'))
    expect(summary(p).accepted).toEqual(['2:1000168-0:Kaksonen Oy', '3:1000175-2:Yksi Oy'])
    expect(p.duplicates.map(({ row, of, nameDiffers }) => ({ row, of, nameDiffers }))).toEqual([
      { row: 4, of: { kind: 'row', row: 2, line: 2 }, nameDiffers: false },
      { row: 5, of: { kind: 'row', row: 2, line: 2 }, nameDiffers: true },
      { row: 6, of: { kind: 'stored', name: 'Esimerkki Oy' }, nameDiffers: true },
    ])
  })

  test('broken rows: a stray quote costs one row, not the rest of the file; Excel sep= line', () => {
    const p = preview(fixture('broken-rows.csv'))
    expect(p.notices).toEqual([{ code: 'excel-sep-line' }])
    expect(summary(p)).toEqual({
      accepted: ['2:1000182-4:Ehjä Oy', '4:1000196-3:Jatkuu Oy', '7:0204523-7:Viimeinen Oy'],
      // Excel hides the sep= line, so rows count from the header; lines count it.
      rejected: ['3/4:malformed-row', '5/6:name-too-long', '6/7:business-id-format'],
      duplicates: [],
    })
  })

  test('henkilötunnus: the column is never read, a cell holding one rejects its row, and no code reaches the preview', () => {
    const p = preview(fixture('henkilotunnus-column.csv'))
    expect(summary(p)).toEqual({
      accepted: ['2:0765432-2:Turvallinen Oy', '5:1000000-4:Tmi Rauha'],
      rejected: ['3/3:identity-code', '4/4:identity-code'],
      duplicates: [],
    })
    expect(p.rejected.map((row) => row.field)).toEqual(['business-id', 'name'])
    expect(p.notices).toEqual([
      { code: 'identity-code-column-ignored', columns: ['Henkilötunnus'] },
      { code: 'person-name-column-ignored', columns: ['Yhteyshenkilö'] },
    ])
    const everything = JSON.stringify(p)
    expect(everything).not.toMatch(/131052|010190|Matti/)
  })

  test('Excel plain CSV in Windows-1252 and Excel Unicode text (UTF-16 LE, tabs)', () => {
    const ansi = preview(fixture('excel-windows-1252.csv'), [])
    expect(ansi.encoding).toBe('windows-1252')
    expect(summary(ansi).accepted).toEqual(['2:0913909-2:Äänekosken Sähkö Oy', '3:1000007-1:Örö Åland Ab'])
    const utf16 = preview(fixture('excel-unicode-text.txt'), [])
    expect(utf16.encoding).toBe('utf-16le')
    expect(summary(utf16).accepted).toEqual(['2:0913909-2:Unicode Öljy Oy', '3:1000014-3:Sisältää sarkaimen Oy'])
  })

  test('a file without a header row: columns found by content', () => {
    const p = preview(fixture('headerless.csv'), [])
    expect(p.headerRow).toBe(false)
    expect(p.notices).toEqual([{ code: 'no-header-row' }])
    expect(summary(p).accepted).toEqual(['1:0913909-2:Esimerkki Oy', '2:1000000-4:Toinen Oy'])
  })
})

describe('headers', () => {
  test.each([
    ['Y-tunnus', 'business-id'], ['y tunnus', 'business-id'], ['YTUNNUS', 'business-id'], ['FO-nummer', 'business-id'], ['fo nummer', 'business-id'],
    ['Business ID', 'business-id'], ['BUSINESS-ID', 'business-id'], ['Yritys- ja yhteisötunnus', 'business-id'], ['yritys ja yhteisotunnus', 'business-id'],
    ['Nimi', 'name'], ['NIMI', 'name'], ['Namn', 'name'], ['Name', 'name'], ['Yrityksen nimi', 'name'], ['Företagets namn', 'name'], ['foretagets namn', 'name'],
    ['Henkilötunnus', 'identity-code'], ['HETU', 'identity-code'], ['Personbeteckning', 'identity-code'],
    ['Yhteyshenkilö', 'person-name'], ['Kontaktperson', 'person-name'], ['Contact person', 'person-name'],
    ['ALV-tunnus', 'vat-number'], ['Asiakasnumero', null], ['Osoite', null],
  ])('%s -> %s', (header, role) => {
    expect(roleOfHeader(header)).toBe(role)
  })

  test('no alias belongs to two roles', () => {
    const all = Object.values(HEADER_ALIASES).flat().map((alias) => roleOfHeader(alias))
    const byAlias = Object.entries(HEADER_ALIASES).flatMap(([role, aliases]) => aliases.map(() => role))
    expect(all).toEqual(byAlias)
  })

  test('the most specific name header wins over "Nimi", whatever the column order', () => {
    const p = preview(`Nimi;Y-tunnus;Yrityksen nimi\nMaija;${businessIdAt(1)};Firma Oy\n`, [])
    expect(p.columns.name).toBe('Yrityksen nimi')
    expect(p.accepted[0]!.name).toBe('Firma Oy')
  })

  test('a header row without a known Y-tunnus header: the column is found by content', () => {
    const p = preview(`Tunnus;Nimi\n${businessIdAt(1)};A Oy\n${businessIdAt(2)};B Oy\n`, [])
    expect(p.notices).toEqual([{ code: 'business-id-column-guessed', columns: ['Tunnus'] }])
    expect(p.accepted).toHaveLength(2)
  })
})

describe('file errors', () => {
  test.each<[string, Uint8Array | string, string]>([
    ['an empty file', '', 'empty'],
    ['only a BOM and blank lines', '\uFEFF\r\n\r\n', 'empty'],
    ['an .xlsx workbook', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 'spreadsheet-not-csv'],
    ['an old .xls workbook', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1]), 'spreadsheet-not-csv'],
    ['binary data', new Uint8Array([1, 2, 0, 4]), 'binary'],
    ['no Y-tunnus column', 'Nimi;Osoite\nFirma Oy;Katu 1\n', 'no-business-id-column'],
  ])('%s', (_, input, error) => {
    expect(previewCsvImport(input, [])).toMatchObject({ ok: false, error })
  })

  test('the headers found are returned with no-business-id-column, for the message', () => {
    expect(previewCsvImport('Nimi;Osoite\nFirma Oy;Katu 1\n', [])).toEqual({ ok: false, error: 'no-business-id-column', headers: ['Nimi', 'Osoite'] })
  })

  test('more than 20,000 rows', () => {
    const rows = Array.from({ length: 20_001 }, (_, i) => `${businessIdAt(i)};N`)
    expect(previewCsvImport(`Y-tunnus;Nimi\n${rows.join('\n')}\n`, [])).toEqual({ ok: false, error: 'too-many-rows' })
    expect(previewCsvImport(`Y-tunnus;Nimi\n${rows.slice(1).join('\n')}\n`, []).ok).toBe(true)
  })
})

describe('texts', () => {
  const langs: Lang[] = ['fi', 'sv', 'en']
  test.each([
    ['reject reasons', REJECT_REASONS, REJECT_REASON_TEXTS],
    ['file notices', FILE_NOTICES, FILE_NOTICE_TEXTS],
    ['file errors', FILE_ERRORS, FILE_ERROR_TEXTS],
    ['normalisations', NORMALISATIONS, NORMALISATION_TEXTS],
  ] as const)('every code of %s has a text in fi, sv and en', (_, codes, texts) => {
    for (const code of codes) for (const lang of langs) expect((texts as Record<string, Record<Lang, string>>)[code]?.[lang], `${code} ${lang}`).toMatch(/\S/)
    expect(Object.keys(texts).sort()).toEqual([...codes].sort())
  })

  test('a rejected row reads with its row number and value', () => {
    const row = { row: 9, line: 10, reason: 'business-id-checksum', field: 'business-id', value: '1000035-5' } as const
    expect(rejectedRowText(row, 'fi')).toBe('Rivi 9: Y-tunnuksen tarkistusnumero ei täsmää: tunnuksessa on kirjoitusvirhe. (1000035-5)')
    expect(rejectedRowText(row, 'sv')).toMatch(/^Rad 9: /)
    expect(rejectedRowText(row, 'en')).toMatch(/^Row 9: /)
  })
})

test('a preview result is plain data (structured-clone safe, for messages)', () => {
  const result: CsvImport = previewCsvImport(fixture('excel-fi-bom-semicolon.csv'), stored)
  expect(structuredClone(result)).toEqual(result)
})
