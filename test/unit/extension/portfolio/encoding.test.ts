// The portfolio documents as stored (storage/encoding.ts): packed text names each theme once in a
// table, decodes to exactly the document that was saved, and anything that does not decode is
// kept as text so that the loader reports it as damaged instead of reading something else.
import fc from 'fast-check'
import { isDeepStrictEqual } from 'node:util'
import { describe, expect, test } from 'vitest'
import { helsinkiDate } from '../../../../src/core/portfolio/index.ts'
import { STORAGE_KEYS } from '../../../../src/core/portfolio/storage.ts'
import { decodeStored, encodeWrites, packDocument, THEME_TABLE } from '../../../../src/extension/portfolio/storage/encoding.ts'
import { demoPortfolio } from '../../../e2e/harness/portfolio-data.ts'

const portfolio = demoPortfolio(2000, helsinkiDate(new Date('2026-11-22T10:00:00Z')))

/** JSON trees with `themes` keys at any depth, holding names, other values or nothing. */
const tree = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.string(), fc.integer(), fc.boolean(), fc.constant(null),
    fc.array(tie('node'), { maxLength: 3 }),
    fc.dictionary(fc.constantFrom('themes', 'mandate', 'version', 'encoding', 'document'), tie('node'), { maxKeys: 3, noNullPrototype: true }),
    fc.record({ themes: fc.array(fc.constantFrom('Palkkatietojen ilmoittaminen', 'Työnantajan etuuksien käyttölokitietojen tarkastelu', '', '0', 'ä'), { maxLength: 4 }) }, { noNullPrototype: true }),
  ),
})).node

describe('packed documents', () => {
  test('2,000 clients: the same document back, in well under half the bytes of plain JSON', () => {
    const packed = packDocument(portfolio)
    expect(JSON.parse(packed).encoding).toBe(THEME_TABLE)
    expect(decodeStored(packed)).toEqual(portfolio)
    expect(packed.length).toBeLessThan(0.5 * JSON.stringify(portfolio).length)
  })

  test('any JSON value packs and decodes to itself', () => {
    fc.assert(fc.property(tree, (value) => isDeepStrictEqual(decodeStored(packDocument(value)), value)), { numRuns: 500 })
  })

  test('a themes list that is not all names is stored as plain JSON, not as places in the table', () => {
    const odd = { version: 2, clients: [{ mandates: [{ mandate: { themes: ['Palkkatietojen ilmoittaminen', 0] } }] }] }
    expect(packDocument(odd)).toBe(JSON.stringify(odd))
    expect(decodeStored(packDocument(odd))).toEqual(odd)
  })

  test('plain JSON text written before the table still loads; objects load as they are', () => {
    expect(decodeStored(JSON.stringify(portfolio))).toEqual(portfolio)
    expect(decodeStored(portfolio)).toBe(portfolio)
  })

  test('text that does not decode is kept as text (the loader reports it as damaged)', () => {
    const packed = packDocument(portfolio)
    const table = JSON.parse(packed) as { themes: string[] }
    const outside = packed.replace(/"themes":\[\d+/, `"themes":[${table.themes.length}`)
    expect(outside).not.toBe(packed)
    const damaged = [
      packed.slice(0, packed.length / 2),
      outside,
      packed.replace(/"themes":\[\d+/, '"themes":[0.5'),
      packed.replace(/"themes":\[\d+/, '"themes":["0"'),
      JSON.stringify({ encoding: THEME_TABLE, themes: [1], document: { themes: [0] } }),
    ]
    for (const text of damaged) expect(decodeStored(text)).toBe(text)
  })

  test('encodeWrites packs the two documents and writes anything else as it is', () => {
    const writes = encodeWrites({ [STORAGE_KEYS.current]: portfolio, [STORAGE_KEYS.lastGood]: portfolio, 'portfolio:other': { themes: ['x'] } })
    expect(decodeStored(writes[STORAGE_KEYS.current])).toEqual(portfolio)
    expect(JSON.parse(writes[STORAGE_KEYS.lastGood] as string).encoding).toBe(THEME_TABLE)
    expect(writes['portfolio:other']).toEqual({ themes: ['x'] })
  })
})
