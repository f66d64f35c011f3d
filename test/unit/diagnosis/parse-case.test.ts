// parseCase: the Case, or every problem as "field.path: what is wrong" (the CLI and the popup's
// "paste a case" both show these).
import { describe, expect, test } from 'vitest'
import { formatPath, parseCase, parseCaseText } from '../../../src/core/diagnosis/index.ts'

const mandate = { holder: 'me', mandator: '0913909-2', type: 'asiointivaltuus', themes: ['Palvelussuhteeseen liittyvien etuuksien hakeminen'] }
const errorsOf = (raw: unknown) => {
  const result = parseCase(raw)
  return result.ok ? [] : result.errors
}

describe('parseCase', () => {
  test('accepts a valid case and returns it', () => {
    const raw = { version: 1, lang: 'sv', mandates: [mandate] }
    expect(parseCase(raw)).toEqual({ ok: true, case: raw })
  })
  test('names the path of a bad Y-tunnus check digit', () => {
    expect(errorsOf({ version: 1, mandates: [mandate, { ...mandate, mandator: '0913909-3' }] })).toEqual(['mandates[1].mandator: Y-tunnus check digit does not match'])
  })
  test('a malformed Y-tunnus is a format problem, not a checksum one', () => {
    expect(errorsOf({ version: 1, client: { businessId: '913909-2' } })).toEqual(['client.businessId: not a Y-tunnus: expected 7 digits, a hyphen and a check digit, e.g. 0913909-2'])
  })
  test('lists the allowed values of an unknown enum value', () => {
    expect(errorsOf({ version: 1, user: { registerRole: 'chairman' } })).toEqual([
      'user.registerRole: unknown value "chairman"; expected one of: ceo, deputy-ceo, board-chair, trader, liquidator, prokurist, none',
    ])
  })
  test('rejects impossible dates and instants without an offset', () => {
    expect(errorsOf({ version: 1, now: '2026-03-02T09:00:00', mandates: [{ ...mandate, validFrom: '2026-13-01' }] })).toEqual([
      'now: expected a date and time with an offset, e.g. 2026-11-22T10:00:00+02:00',
      'mandates[0].validFrom: not a real calendar date',
    ])
  })
  test('reports missing required fields, wrong types and unknown fields', () => {
    expect(errorsOf({ lang: 'fi', mandates: [{ holder: 'me', type: 'asiointivaltuus' }], actingfor: 'own' })).toEqual([
      'version: required field is missing',
      'mandates[0].themes: required field is missing',
      'actingfor: unknown field',
    ])
    expect(errorsOf({ version: 1, mandates: 'none' })).toEqual(['mandates: expected array, got the text "none"'])
    expect(errorsOf([])).toEqual(['case: expected object, got a list'])
    expect(errorsOf({ version: 2 })).toEqual(['version: expected 1, got number 2'])
  })
  test('empty theme names are rejected', () => {
    expect(errorsOf({ version: 1, mandates: [{ ...mandate, themes: [''] }] })).toEqual(['mandates[0].themes[0]: must not be empty'])
  })
})

describe('parseCaseText', () => {
  test('reports broken JSON as a problem of the whole case', () => {
    const result = parseCaseText('{"version": 1,')
    expect(result.ok).toBe(false)
    expect(result.ok ? [] : result.errors[0]).toMatch(/^case: broken JSON: /)
  })
  test('parses and validates text', () => {
    expect(parseCaseText('{"version": 1}')).toEqual({ ok: true, case: { version: 1 } })
  })
})

test('formatPath', () => {
  expect(formatPath([])).toBe('case')
  expect(formatPath(['mandates', 2, 'restrictions', 'businessIds', 0])).toBe('mandates[2].restrictions.businessIds[0]')
})
