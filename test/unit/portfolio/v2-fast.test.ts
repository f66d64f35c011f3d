// The fast check of a v2 document (schema/v2-fast.ts) against the schema it stands in for
// (schema/v2.ts): on generated documents, valid and broken in every field, it accepts exactly
// what the schema accepts, and what it accepts is what the schema would give back.
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { IDENTIFICATIONS, IDENTITY_CODES, MANDATE_HOLDERS, MANDATE_STATUSES, MANDATE_TYPES, ORGANISATION_TYPES, REGISTER_ROLES } from '../../../src/core/contract/case.ts'
import { SERVICE_IDS } from '../../../src/core/contract/ids.ts'
import { parseDocument } from '../../../src/core/portfolio/schema/versioned.ts'
import { isCertainlyValidV2 } from '../../../src/core/portfolio/schema/v2-fast.ts'
import { MANDATE_SOURCES, PortfolioV2 } from '../../../src/core/portfolio/schema/v2.ts'
import { demoPortfolio } from '../../e2e/harness/portfolio-data.ts'
import { businessIdAt } from './helpers.ts'

/** Mostly `valid`, now and then one of `invalid`: most documents are valid, many are broken once. */
const mostly = <T>(valid: fc.Arbitrary<T>, ...invalid: unknown[]): fc.Arbitrary<T | unknown> =>
  fc.oneof({ weight: 60, arbitrary: valid }, { weight: 1, arbitrary: fc.constantFrom(...invalid) })
/** An optional field: absent, or present (and mostly valid). */
const field = (valid: fc.Arbitrary<unknown>) => fc.option(valid, { nil: undefined })
const record = (fields: Record<string, fc.Arbitrary<unknown>>, required: string[]) =>
  fc.tuple(fc.record(fields, { requiredKeys: required }), fc.integer({ min: 0, max: 80 })).map(([value, extra]) =>
    // Now and then a field the schema does not know (strict objects refuse it).
    extra === 0 ? { ...value, unknownField: 1 } : Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)))

const businessId = mostly(fc.integer({ min: 0, max: 400 }).map(businessIdAt), '0913909-3', '913909-2', 9139092, '', null)
const isoDate = mostly(fc.constantFrom('2026-03-01', '2027-12-31', '2028-02-29', '2030-06-15'), '2027-02-29', '2026-3-1', '2026-03-01T00:00:00Z', 20260301)
const isoDateTime = mostly(fc.constantFrom('2026-11-22T10:00:00+02:00', '2026-11-22T08:00:00Z', '2026-11-22T08:00:00.123Z'), '2026-11-22T10:00:00', '2026-11-22 10:00:00Z', '2026-13-22T10:00:00Z')
const name = mostly(fc.constantFrom('Esimerkki Oy', 'Ääkkönen & Örn Ky', 'Oy Ab', 'x'.repeat(200)), 'x'.repeat(201), ' Padded Oy', 'Two  Spaces Oy', 'Hetu 131052-308T Tmi', '', 'Line\nbreak Oy', 42)
const tag = mostly(fc.constantFrom('palkat', 'Turku', 't'.repeat(40)), 't'.repeat(41), ' palkat', '131052-308T', '', 7)
const theme = mostly(fc.constantFrom('Palvelussuhteeseen liittyvien etuuksien hakeminen', 'Palkkatietojen ilmoittaminen', 'x', 't'.repeat(300)), '', 't'.repeat(301), 3)
const workplace = mostly(fc.constantFrom('1', '12', 'w'.repeat(64)), '', 'w'.repeat(65), 12)
const oneOf = (values: readonly string[]) => mostly(fc.constantFrom(...values), 'nonsense', '', null)

const mandate = record({
  holder: oneOf(MANDATE_HOLDERS),
  mandator: field(businessId),
  type: oneOf(MANDATE_TYPES),
  themes: mostly(fc.array(theme, { maxLength: 3 }), 'a theme', Array.from({ length: 201 }, () => 't')),
  restrictions: field(record({
    businessIds: field(mostly(fc.array(businessId, { maxLength: 4 }), '1234567-1')),
    workplaces: field(mostly(fc.array(workplace, { maxLength: 3 }), 'w')),
  }, [])),
  validFrom: field(isoDate),
  validUntil: field(isoDate),
  status: field(oneOf(MANDATE_STATUSES)),
}, ['holder', 'type', 'themes'])

const recorded = record({ mandate: mostly(mandate, null, 'mandate'), source: oneOf(MANDATE_SOURCES), recordedOn: isoDate }, ['mandate', 'source', 'recordedOn'])
const mandates = mostly(fc.array(recorded, { maxLength: 3 }), {}, 'none')

const client = record({
  businessId,
  name: field(name),
  tags: mostly(fc.array(tag, { maxLength: 3 }), 'palkat', Array.from({ length: 21 }, (_, i) => `t${i}`)),
  mandates,
  mandatesCheckedOn: field(isoDate),
}, ['businessId', 'tags', 'mandates'])

const firm = record({
  businessId: field(businessId),
  name: field(name),
  organisationType: field(oneOf(ORGANISATION_TYPES)),
  services: mostly(fc.uniqueArray(fc.constantFrom(...SERVICE_IDS), { maxLength: SERVICE_IDS.length }), ['employer', 'employer'], ['nonsense'], 'employer'),
  user: field(record({ identification: field(oneOf(IDENTIFICATIONS)), identityCode: field(oneOf(IDENTITY_CODES)), registerRole: field(oneOf(REGISTER_ROLES)) }, [])),
  ownMandates: mandates,
  ownMandatesCheckedOn: field(isoDate),
}, ['services', 'ownMandates'])

const document = record({
  version: mostly(fc.constant(2), 1, '2', 3),
  savedAt: field(isoDateTime),
  firm: mostly(firm, null, []),
  // Clients drawn from a small pool of Y-tunnukset now and then repeat one (refused).
  clients: mostly(fc.array(client, { maxLength: 6 }), 'clients', null),
}, ['version', 'firm', 'clients'])

describe('isCertainlyValidV2', () => {
  test('accepts exactly what the v2 schema accepts, on generated documents', () => {
    let valid = 0
    let invalid = 0
    fc.assert(fc.property(document, (doc) => {
      const parsed = PortfolioV2.safeParse(doc)
      expect(isCertainlyValidV2(doc)).toBe(parsed.success)
      if (parsed.success) {
        valid++
        // What it accepts is what the schema gives back: the document itself.
        expect(parsed.data).toEqual(doc)
      } else invalid++
    }), { numRuns: 3000 })
    // Both sides are well represented.
    expect(valid).toBeGreaterThan(300)
    expect(invalid).toBeGreaterThan(300)
  })

  test('a list of 2,000 clients with every kind of mandate passes, and parseDocument gives it back unchanged', () => {
    const doc = JSON.parse(JSON.stringify({ ...demoPortfolio(2000, '2026-03-02'), savedAt: '2026-03-02T09:00:00+02:00' })) as unknown
    expect(isCertainlyValidV2(doc)).toBe(true)
    expect(PortfolioV2.safeParse(doc).success).toBe(true)
    expect(parseDocument(doc)).toEqual({ ok: true, portfolio: doc })
  })

  test('an optional field present as undefined is left to the schema (which accepts it)', () => {
    const doc = { version: 2, firm: { services: [], ownMandates: [] }, clients: [{ businessId: businessIdAt(1), name: undefined, tags: [], mandates: [] }] }
    expect(isCertainlyValidV2(doc)).toBe(false)
    expect(parseDocument(doc).ok).toBe(true)
  })

  test('not an object, or another version: no', () => {
    for (const doc of [null, 'text', [], 2, { version: 1, firm: { services: [] }, clients: [] }]) expect(isCertainlyValidV2(doc)).toBe(false)
  })
})
