// The mandate reader beyond the fixtures: dates, Business IDs, which lists are read.
import { expect, test } from 'vitest'
import { extractMandates, isoDates, isValtuudetPage, mandateListOf } from '../../../src/core/page/mandates.ts'
import { fixtureDocument } from '../../fixtures/fixture-dom.ts'

const RECEIVED = 'https://www.suomi.fi/valtuudet/saadut'
const list = (rows: string, url = RECEIVED, h1 = 'Saadut valtuudet') =>
  extractMandates(fixtureDocument({ url, html: `<html lang="fi"><body><main><h1>${h1}</h1><ul>${rows}</ul></main></body></html>` }), url)
const row = (lines: string[]) => `<li>${lines.map((l) => `<p>${l}</p>`).join('')}</li>`

test('dates: d.m.yyyy and ISO, only real calendar dates', () => {
  expect(isoDates('1.1.2021 – 31.12.2025')).toEqual(['2021-01-01', '2025-12-31'])
  expect(isoDates('2024-03-15 / 2029-03-14')).toEqual(['2024-03-15', '2029-03-14'])
  expect(isoDates('30.2.2026 and 31.4.2026')).toEqual([])
})

test('only Suomi.fi Valtuudet pages, never the public theme list or help pages', () => {
  expect(isValtuudetPage('https://www.suomi.fi/valtuudet/saadut?x=1')).toBe(true)
  expect(isValtuudetPage('https://www.suomi.fi/fullmakter')).toBe(true)
  expect(isValtuudetPage('https://www.suomi.fi/e-authorizations/received')).toBe(true)
  expect(isValtuudetPage('https://www.suomi.fi/valtuudet/valtuusasiat')).toBe(false)
  expect(isValtuudetPage('https://www.suomi.fi/ohjeet-ja-tuki/valtuudet')).toBe(false)
  expect(isValtuudetPage('https://asiointi.kela.fi/valtuudet')).toBe(false)
})

test('a page without a list heading is not read', () => {
  const doc = fixtureDocument({ url: RECEIVED, html: '<html><body><h1>Etusivu</h1></body></html>' })
  expect(mandateListOf(doc, RECEIVED)).toBeNull()
  expect(extractMandates(doc, RECEIVED)).toBeNull()
})

test('a Business ID with a wrong check digit is not a mandator', () => {
  const result = list(row(['Valtuuttaja: Väärä Oy (5908301-4)', 'Valtuustyyppi: Asiointivaltuus', 'Valtuusasiat: Veroasioiden hoito', 'Voimassaolo: 1.1.2024 – 31.12.2028']))
  expect(result).toEqual({ list: 'received', mandates: [], skipped: { fromPersons: 0, invalid: 0, unreadable: 1 } })
})

test('a mandate without themes is unreadable, not guessed', () => {
  const result = list(row(['Valtuuttaja: Esimerkki Oy (5908301-5)', 'Valtuustyyppi: Asiointivaltuus', 'Voimassaolo: 1.1.2024 – 31.12.2028']))
  expect(result?.skipped.unreadable).toBe(1)
  expect(result?.mandates).toEqual([])
})

test('a single end date, a workplace specifier, and "not valid yet" is still read', () => {
  const result = list(row(['Valtuuttaja: Esimerkki Oy (5908301-5)', 'Valtuustyyppi: Asiointivaltuus', 'Valtuusasiat: Työnantajan työterveyshuollon korvaushakemuksen lähetys',
    'Valtuuden tarkenne: 12', 'Voimassa 31.12.2028 asti', 'Tila: Ei vielä voimassa']))
  expect(result?.mandates).toEqual([{
    holder: 'me', mandator: '5908301-5', type: 'asiointivaltuus', themes: ['Työnantajan työterveyshuollon korvaushakemuksen lähetys'],
    restrictions: { workplaces: ['12'] }, validUntil: '2028-12-31', status: 'valid',
  }])
})

test('"edustajan valtuutusoikeus" is not read as "valtuutusoikeus"', () => {
  const result = list(row(['Valtuuttaja: Esimerkki Oy (5908301-5)', 'Valtuustyyppi: Edustajan valtuutusoikeus', 'Valtuusasiat: Veroasioiden hoito', 'Voimassaolo: 1.1.2024 – 31.12.2028']))
  expect(result?.mandates[0]?.type).toBe('edustajan-valtuutusoikeus')
})
