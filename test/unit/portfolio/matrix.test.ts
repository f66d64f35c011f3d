// The matrix model: the case built for each client and service, the one diagnose() call site,
// the chain end for "ends within 60 days", and filters, search, sorting and counts.
import { describe, expect, test } from 'vitest'
import { Case, type Mandate } from '../../../src/core/contract/case.ts'
import type { Result } from '../../../src/core/contract/result.ts'
import { chainEnd } from '../../../src/core/portfolio/matrix/chain-end.ts'
import { buildClientCase, caseMandates } from '../../../src/core/portfolio/matrix/client-case.ts'
import { buildMatrix, type Engine } from '../../../src/core/portfolio/matrix/matrix.ts'
import { countMatrix, matchesSearch, queryMatrix } from '../../../src/core/portfolio/matrix/query.ts'
import type { RecordedMandate } from '../../../src/core/portfolio/model.ts'
import { businessIdAt, client, portfolio, result } from './helpers.ts'

const FIRM = '0913909-2'
const EMPLOYER_THEME = 'Palvelussuhteeseen liittyvien etuuksien hakeminen'
const TTH_THEME = 'Työnantajan työterveyshuollon korvaushakemuksen käsittely'
const now = new Date('2026-03-02T07:00:00Z')
const context = { now, lang: 'fi' as const }
const recorded = (mandate: Mandate): RecordedMandate => ({ mandate, source: 'valtuudet-page', recordedOn: '2026-03-01' })
const fromClient = (n: number, themes: string[], validUntil?: string): RecordedMandate =>
  recorded({ holder: 'my-organisation', mandator: businessIdAt(n), type: 'asiointivaltuus', themes, ...(validUntil ? { validUntil } : {}) })
const ownEdustamis = (themes: string[], businessIds?: string[], validUntil?: string): RecordedMandate =>
  recorded({ holder: 'me', mandator: FIRM, type: 'edustamisvaltuus', themes, ...(businessIds ? { restrictions: { businessIds } } : {}), ...(validUntil ? { validUntil } : {}) })

describe('buildClientCase', () => {
  test('acting for the client, the firm as organisation, the client Y-tunnus, Helsinki time; a valid contract case', () => {
    const firm = portfolio([], { organisationType: 'company', user: { identification: 'strong' }, ownMandates: [ownEdustamis([EMPLOYER_THEME])] }).firm
    const built = buildClientCase(client(1, { mandates: [fromClient(1, [EMPLOYER_THEME])] }), firm, 'employer', context)
    expect(built).toEqual({
      version: 1, now: '2026-03-02T09:00:00+02:00', lang: 'fi', service: 'employer', actingFor: 'client',
      user: { identification: 'strong' },
      organisation: { businessId: FIRM, type: 'company' },
      client: { businessId: businessIdAt(1) },
      mandates: [fromClient(1, [EMPLOYER_THEME]).mandate, ownEdustamis([EMPLOYER_THEME]).mandate],
    })
    expect(Case.safeParse(built).success).toBe(true)
  })

  test('without a firm Y-tunnus the organisation is left out, not invented', () => {
    const built = buildClientCase(client(1), { services: [], ownMandates: [] }, 'kelmu', context)
    expect(built.organisation).toBeUndefined()
    expect(Case.safeParse(built).success).toBe(true)
  })

  test('mandates: absent ("not looked yet") unless both sides are known', () => {
    const firm = (extra = {}) => portfolio([], extra).firm
    expect(caseMandates(client(1), firm())).toBeUndefined()
    expect(caseMandates(client(1, { mandates: [fromClient(1, [EMPLOYER_THEME])] }), firm())).toBeUndefined()
    expect(caseMandates(client(1), firm({ ownMandates: [ownEdustamis([EMPLOYER_THEME])] }))).toBeUndefined()
    // Checked and found none, on both sides: an empty list, so the engine can say what is missing.
    expect(caseMandates(client(1, { mandatesCheckedOn: '2026-03-01' }), firm({ ownMandatesCheckedOn: '2026-03-01' }))).toEqual([])
    // A personal mandate from the client to the user is a complete chain on its own.
    const personal = recorded({ holder: 'me', mandator: businessIdAt(1), type: 'asiointivaltuus', themes: [EMPLOYER_THEME] })
    expect(caseMandates(client(1, { mandates: [personal] }), firm())).toEqual([personal.mandate])
  })

  test('a long Y-tunnus restriction shrinks to what decides this client', () => {
    const ids = Array.from({ length: 3000 }, (_, i) => businessIdAt(i + 10))
    const firm = portfolio([], { ownMandates: [ownEdustamis([EMPLOYER_THEME], [...ids, businessIdAt(1)])], ownMandatesCheckedOn: '2026-03-01' }).firm
    const included = caseMandates(client(1, { mandatesCheckedOn: '2026-03-01' }), firm)!
    expect(included[0]!.restrictions).toEqual({ businessIds: [businessIdAt(1)] })
    const excluded = caseMandates(client(2, { mandatesCheckedOn: '2026-03-01' }), firm)!
    expect(excluded[0]!.restrictions!.businessIds).toHaveLength(1)
    expect(excluded[0]!.restrictions!.businessIds).not.toContain(businessIdAt(2))
  })
})

describe('chainEnd', () => {
  const today = '2026-03-02'
  const client1 = businessIdAt(1)
  test('the chain ends when its first side ends; each side lasts as long as its longest covering mandate', () => {
    const mandates = [
      fromClient(1, [EMPLOYER_THEME], '2026-04-01').mandate,
      fromClient(1, [EMPLOYER_THEME], '2027-01-01').mandate,
      ownEdustamis([EMPLOYER_THEME], undefined, '2026-04-15').mandate,
    ]
    expect(chainEnd(mandates, 'employer', client1, today)).toEqual({ endsOn: '2026-04-15', daysLeft: 44 })
  })

  test('only mandates in force with a theme of the service, for this client, count', () => {
    const mandates = [
      fromClient(1, [TTH_THEME], '2026-03-10').mandate,                                          // another service's theme
      ownEdustamis([EMPLOYER_THEME], [businessIdAt(5)], '2026-03-11').mandate,                   // restricted to another client
      { ...fromClient(1, [EMPLOYER_THEME], '2026-03-12').mandate, status: 'pending-request' as const },
      fromClient(1, [EMPLOYER_THEME], '2026-03-01').mandate,                                     // already ended
      { ...fromClient(1, [EMPLOYER_THEME], '2026-03-20').mandate, validFrom: '2026-03-05' },     // not yet in force
      fromClient(1, ['  palvelussuhteeseen LIITTYVIEN etuuksien hakeminen '], '2026-05-01').mandate, // matches case-insensitively
    ]
    expect(chainEnd(mandates, 'employer', client1, today)).toEqual({ endsOn: '2026-05-01', daysLeft: 60 })
  })

  test('open-ended mandates have no end', () => {
    expect(chainEnd([fromClient(1, [EMPLOYER_THEME]).mandate], 'employer', client1, today)).toBeUndefined()
  })

  test('a theme named in Swedish counts', () => {
    expect(chainEnd([fromClient(1, ['Ansöka om förmåner i samband med anställningsförhållande'], '2026-03-03').mandate], 'employer', client1, today)).toEqual({ endsOn: '2026-03-03', daysLeft: 1 })
  })
})

describe('buildMatrix', () => {
  const clients = [
    client(1, { name: 'Ääri Oy', mandates: [fromClient(1, [EMPLOYER_THEME, TTH_THEME], '2026-04-01')] }),
    client(2, { name: 'Beta Oy', mandatesCheckedOn: '2026-03-01' }),
    client(3, { name: 'Alfa Oy', tags: ['Turku'] }),
  ]
  const p = portfolio(clients, { ownMandates: [ownEdustamis([EMPLOYER_THEME, TTH_THEME])] })
  const engine: Engine = (input) => {
    if (input.client?.businessId === businessIdAt(1)) return result('can-access')
    if (input.client?.businessId === businessIdAt(2)) return input.service === 'employer' ? result('cannot-access', ['client-mandate-missing']) : result('cannot-access', ['mandate-expired'])
    return result('unknown')
  }

  test('a row per client, a cell per service, with statuses, findings and chain ends', () => {
    const model = buildMatrix(p, context, engine)
    expect(model.services).toEqual(['employer', 'occupational-health'])
    expect(model.today).toBe('2026-03-02')
    expect(model.rows.map((row) => [row.name, row.worst, row.cells.map((cell) => cell.status)])).toEqual([
      ['Ääri Oy', 'ends-soon', ['ends-soon', 'ends-soon']],
      ['Beta Oy', 'expired', ['missing-theme', 'expired']],
      ['Alfa Oy', 'unknown', ['unknown', 'unknown']],
    ])
    expect(model.rows[0]).toMatchObject({ endsOn: '2026-04-01', daysLeft: 30 })
    expect(model.rows[1]!.cells[0]!.findings).toEqual(['client-mandate-missing'])
  })

  test('every case the engine sees is a valid contract case', () => {
    const seen: unknown[] = []
    buildMatrix(p, context, (input) => {
      seen.push(input)
      return result('unknown')
    })
    expect(seen).toHaveLength(6)
    for (const input of seen) expect(Case.safeParse(input).success).toBe(true)
  })

  test('an engine that throws makes that cell unknown, not the page', () => {
    const model = buildMatrix(p, context, (input) => {
      if (input.service === 'occupational-health') throw new Error('bug')
      return result('can-access')
    })
    expect(model.rows[2]!.cells).toMatchObject([{ status: 'fine' }, { status: 'unknown', engineError: true }])
  })

  test('the default engine is diagnose() from src/core/diagnosis', () => {
    const model = buildMatrix(p, context)
    expect(model.rows.map((row) => [row.name, row.cells.map((cell) => [cell.status, cell.findings])])).toEqual([
      // Client mandate ends 2026-04-01, 30 days after "now": the engine warns, the chain holds.
      ['Ääri Oy', [['ends-soon', ['expires-soon']], ['ends-soon', ['expires-soon']]]],
      // Checked, and the client has given the firm nothing.
      ['Beta Oy', [['missing-theme', ['client-mandate-missing']], ['missing-theme', ['client-mandate-missing']]]],
      // Never checked: the engine cannot tell.
      ['Alfa Oy', [['unknown', []], ['unknown', []]]],
    ])
  })

  test('no services selected: rows without cells, status unknown', () => {
    const model = buildMatrix(portfolio(clients, { services: [] }), context, engine)
    expect(model.rows.map((row) => [row.cells.length, row.worst])).toEqual([[0, 'unknown'], [0, 'unknown'], [0, 'unknown']])
  })

  describe('query and counts', () => {
    const model = buildMatrix(p, context, engine)
    const names = (rows: { name?: string }[]) => rows.map((row) => row.name)

    test('filters', () => {
      expect(names(queryMatrix(model.rows, { filter: 'problems' }))).toEqual(['Beta Oy'])
      expect(names(queryMatrix(model.rows, { filter: 'ending-soon' }))).toEqual(['Ääri Oy'])
      expect(names(queryMatrix(model.rows, { filter: 'unknown' }))).toEqual(['Alfa Oy'])
      expect(queryMatrix(model.rows, { filter: 'all' })).toHaveLength(3)
    })

    test('search: case- and diacritic-insensitive name, tags, Y-tunnus with or without hyphen', () => {
      expect(names(queryMatrix(model.rows, { search: 'AARI' }))).toEqual(['Ääri Oy'])
      expect(names(queryMatrix(model.rows, { search: 'äri' }))).toEqual(['Ääri Oy'])
      expect(names(queryMatrix(model.rows, { search: 'turku' }))).toEqual(['Alfa Oy'])
      const id = businessIdAt(2)
      for (const search of [id, id.replace('-', ''), id.slice(3), id.replace('-', '').slice(4), ` ${id} `]) expect(names(queryMatrix(model.rows, { search }))).toEqual(['Beta Oy'])
      expect(queryMatrix(model.rows, { search: 'nothing like it' })).toEqual([])
      expect(matchesSearch(model.rows[0]!, '')).toBe(true)
    })

    test('sorting: names by Finnish collation (Ä after Z), by status worst first, by end date, descending', () => {
      expect(names(queryMatrix(model.rows, { sort: 'name' }))).toEqual(['Alfa Oy', 'Beta Oy', 'Ääri Oy'])
      expect(names(queryMatrix(model.rows, { sort: 'name', lang: 'en' }))).toEqual(['Ääri Oy', 'Alfa Oy', 'Beta Oy'])
      expect(names(queryMatrix(model.rows, { sort: 'name', descending: true }))).toEqual(['Ääri Oy', 'Beta Oy', 'Alfa Oy'])
      expect(names(queryMatrix(model.rows, { sort: 'status' }))).toEqual(['Beta Oy', 'Ääri Oy', 'Alfa Oy'])
      expect(names(queryMatrix(model.rows, { sort: 'ends-on' }))).toEqual(['Ääri Oy', 'Alfa Oy', 'Beta Oy'])
      expect(names(queryMatrix(model.rows, { sort: 'business-id' }))).toEqual(['Ääri Oy', 'Beta Oy', 'Alfa Oy'])
    })

    test('the query does not reorder the model', () => {
      const before = model.rows.map((row) => row.businessId)
      queryMatrix(model.rows, { sort: 'name', descending: true })
      expect(model.rows.map((row) => row.businessId)).toEqual(before)
    })

    test('counts', () => {
      const counts = countMatrix(model.rows, model.services)
      expect(counts.clients).toBe(3)
      expect(counts.rowsWithProblems).toBe(1)
      expect(counts.rowsEndingSoon).toBe(1)
      expect(counts.rowsByWorst).toMatchObject({ expired: 1, 'ends-soon': 1, unknown: 1, fine: 0 })
      expect(counts.cells.employer).toMatchObject({ 'ends-soon': 1, 'missing-theme': 1, unknown: 1 })
      expect(counts.cells['occupational-health']).toMatchObject({ 'ends-soon': 1, expired: 1, unknown: 1 })
    })
  })
})

test('a hand-built Result type-checks against the contract', () => {
  const r: Result = result('cannot-access', ['missing-theme'])
  expect(r.findings[0]!.id).toBe('missing-theme')
})
