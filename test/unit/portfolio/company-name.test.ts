// isNormalisedCompanyName's shortcut for plain names (company-name.ts) never disagrees with
// normalising the name and comparing.
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { isNormalisedCompanyName, normaliseCompanyName } from '../../../src/core/portfolio/company-name.ts'

const byNormalising = (name: string) => name.length > 0 && normaliseCompanyName(name) === name

/** Characters around the shortcut's edges: controls, spaces of every kind, format characters, Latin-1, combining marks, surrogates. */
const tricky = fc.constantFrom(
  'a', 'Z', '0', ' ', '  ', '\t', '\n', '\r', '\u0000', '\u001F', '\u007F', '\u0085', '\u009F', '\u00A0', '\u00A1', '\u00AD', '\u00AE',
  'ä', 'Ö', 'å', 'ÿ', '\u0308', 'a\u0308', '\u200B', '\uFEFF', '\u2028', '\u3000', '\u212B', 'Ω', 'Ω', '\uD800', '\uDC00', '😀', '&', '-', '.',
)

describe('isNormalisedCompanyName', () => {
  test('agrees with normalising and comparing, on names built from tricky characters', () => {
    fc.assert(fc.property(fc.array(tricky, { maxLength: 8 }).map((parts) => parts.join('')), (name) => isNormalisedCompanyName(name) === byNormalising(name)), { numRuns: 5000 })
  })

  test('agrees on any string', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 30 }), (name) => isNormalisedCompanyName(name) === byNormalising(name)), { numRuns: 5000 })
  })

  test.each(['Esimerkki Oy', 'Ääkkönen & Örn Ky', 'Café Ab', 'A'])('%j is normalised', (name) => expect(isNormalisedCompanyName(name)).toBe(true))
  test.each(['', ' Esimerkki Oy', 'Esimerkki  Oy', 'Esimerkki Oy ', 'Esi\u00ADmerkki', 'A\u00A0B', 'Cafe\u0301', 'A\tB'])('%j is not', (name) => expect(isNormalisedCompanyName(name)).toBe(false))
})
