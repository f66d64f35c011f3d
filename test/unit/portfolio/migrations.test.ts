// Every stored version loads: a v1 document migrates to the current version, the chain covers
// every version below the current one, and a migrated document validates.
import { describe, expect, test } from 'vitest'
import { parseDocument } from '../../../src/core/portfolio/schema/versioned.ts'
import { CURRENT_VERSION, schemaOf } from '../../../src/core/portfolio/schema/migrations.ts'
import { Portfolio } from '../../../src/core/portfolio/model.ts'

const v1 = {
  version: 1,
  firm: { businessId: '0913909-2', services: ['employer', 'kelmu', 'employer'] },
  clients: [
    { businessId: '1000000-4', name: '  Esimerkki\n Oy ' },
    { businessId: '1000007-1', name: '' },
    { businessId: '1000000-4', name: 'Kaksoiskappale Oy' },
    { businessId: '1000007-1', name: 'Nimi löytyi Oy' },
    { businessId: '1000014-3', name: 'Matti 131052-308T' },
  ],
}

describe('migration chain', () => {
  test('every version from 1 to the current one has a schema (no gap in the chain)', () => {
    for (let version = 1; version <= CURRENT_VERSION; version++) expect(schemaOf(version), `version ${version}`).toBeDefined()
    expect(schemaOf(CURRENT_VERSION + 1)).toBeUndefined()
  })

  test('v1 -> v2: names normalised, duplicates merged (first name wins, a missing one is filled), a henkilötunnus name dropped but the client kept', () => {
    const parsed = parseDocument(v1)
    expect(parsed).toEqual({
      ok: true,
      migratedFrom: 1,
      portfolio: {
        version: 2,
        firm: { businessId: '0913909-2', services: ['employer', 'kelmu'], ownMandates: [] },
        clients: [
          { businessId: '1000000-4', name: 'Esimerkki Oy', tags: [], mandates: [] },
          { businessId: '1000007-1', name: 'Nimi löytyi Oy', tags: [], mandates: [] },
          { businessId: '1000014-3', tags: [], mandates: [] },
        ],
      },
    })
    expect(parsed.ok && Portfolio.safeParse(parsed.portfolio).success).toBe(true)
  })

  test('a v1 document without a firm Y-tunnus', () => {
    const parsed = parseDocument({ version: 1, firm: { services: [] }, clients: [] })
    expect(parsed).toEqual({ ok: true, migratedFrom: 1, portfolio: { version: 2, firm: { services: [], ownMandates: [] }, clients: [] } })
  })

  test('an invalid v1 document is reported in v1 terms, naming the field', () => {
    const parsed = parseDocument({ ...v1, clients: [{ businessId: '1000000-5', name: 'x' }] })
    expect(parsed).toEqual({ ok: false, problem: { code: 'invalid', version: 1, issues: [{ path: 'clients[0].businessId', message: 'Y-tunnus check digit does not match' }] } })
  })

  test('a current document passes through unchanged', () => {
    const doc = { version: 2, firm: { services: ['employer'], ownMandates: [] }, clients: [{ businessId: '1000000-4', tags: ['palkat'], mandates: [] }] }
    expect(parseDocument(doc)).toEqual({ ok: true, portfolio: doc })
  })

  test.each([
    ['a newer version', { version: CURRENT_VERSION + 1, anything: true }, { code: 'newer-version', version: CURRENT_VERSION + 1, issues: [] }],
    ['version 0', { version: 0 }, { code: 'unknown-version', version: 0, issues: [] }],
    ['no version', { clients: [] }, { code: 'no-version', issues: [{ path: 'version', message: 'expected a whole number' }] }],
    ['a string', 'portfolio', { code: 'not-an-object', issues: [] }],
    ['an array', [], { code: 'not-an-object', issues: [] }],
    ['null', null, { code: 'not-an-object', issues: [] }],
  ])('%s is refused', (_, raw, problem) => {
    expect(parseDocument(raw)).toEqual({ ok: false, problem })
  })
})
