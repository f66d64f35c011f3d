// Adding, editing and deleting clients; recording mandates from Valtuudet pages and by hand; settings.
import { describe, expect, test } from 'vitest'
import { addClient, removeClients, updateClient } from '../../../src/core/portfolio/clients.ts'
import { addManualMandate, recordKey, recordMandatesFromPage, removeMandate, restoreMandate } from '../../../src/core/portfolio/mandates.ts'
import { markMandatesChecked, updateFirm } from '../../../src/core/portfolio/settings.ts'
import { Portfolio } from '../../../src/core/portfolio/model.ts'
import { businessIdAt, client, portfolio } from './helpers.ts'

const FIRM = '0913909-2'

describe('clients', () => {
  test('add: messy Y-tunnus normalised, name normalised, reported', () => {
    const added = addClient(portfolio([]), { businessId: ' 913909 – 2', name: '  Uusi\tAsiakas  Oy ', tags: [' palkat ', 'palkat', ''] })
    expect(added).toEqual({ ok: true, normalised: ['spaces-removed', 'dash-replaced', 'leading-zero-added'], portfolio: portfolio([{ businessId: FIRM, name: 'Uusi Asiakas Oy', tags: ['palkat'], mandates: [] }]) })
  })

  test.each([
    [{ businessId: '' }, 'missing-business-id', 'business-id'],
    [{ businessId: '0913909-3' }, 'business-id-checksum', 'business-id'],
    [{ businessId: 'abc' }, 'business-id-format', 'business-id'],
    [{ businessId: '131052-308T' }, 'identity-code', 'business-id'],
    [{ businessId: FIRM, name: 'Maija 131052-308T' }, 'identity-code', 'name'],
    [{ businessId: FIRM, name: 'x'.repeat(201) }, 'name-too-long', 'name'],
    [{ businessId: FIRM, tags: ['131052-308T'] }, 'identity-code', 'tags'],
    [{ businessId: FIRM, tags: Array.from({ length: 21 }, (_, i) => `t${i}`) }, 'too-many-tags', 'tags'],
  ])('add %j is refused: %s', (input, error, field) => {
    expect(addClient(portfolio([]), input)).toEqual({ ok: false, error, field })
  })

  test('add a duplicate is refused', () => {
    expect(addClient(portfolio([client(1)]), { businessId: businessIdAt(1) })).toEqual({ ok: false, error: 'duplicate', field: 'business-id' })
  })

  test('update keeps the Y-tunnus and mandates; can clear the name', () => {
    const mandates = [{ mandate: { holder: 'my-organisation' as const, type: 'asiointivaltuus' as const, themes: ['T'] }, source: 'manual' as const, recordedOn: '2026-01-01' }]
    const p = portfolio([client(1, { mandates })])
    const renamed = updateClient(p, businessIdAt(1), { name: 'Uusi Nimi Oy', tags: ['a'] })
    expect(renamed.ok && renamed.portfolio.clients[0]).toEqual({ businessId: businessIdAt(1), name: 'Uusi Nimi Oy', tags: ['a'], mandates })
    const cleared = updateClient(p, businessIdAt(1), { name: '' })
    expect(cleared.ok && cleared.portfolio.clients[0]!.name).toBeUndefined()
    expect(updateClient(p, businessIdAt(9), { name: 'x' })).toEqual({ ok: false, error: 'not-found' })
  })

  test('remove', () => {
    expect(removeClients(portfolio([client(1), client(2), client(3)]), [businessIdAt(1), businessIdAt(3)]).clients).toEqual([client(2)])
  })
})

describe('mandates', () => {
  const fromClient1 = { holder: 'my-organisation', mandator: businessIdAt(1), type: 'asiointivaltuus', themes: ['Palvelussuhteeseen liittyvien etuuksien hakeminen'], validUntil: '2027-01-01' }
  const own = { holder: 'me', mandator: FIRM, type: 'edustamisvaltuus', themes: ['Palvelussuhteeseen liittyvien etuuksien hakeminen'], restrictions: { businessIds: [businessIdAt(1)] } }
  const stranger = { holder: 'my-organisation', mandator: businessIdAt(50), type: 'asiointivaltuus', themes: ['X'] }

  test('from a Valtuudet page: each mandate goes to its client or to the user\'s own; unknown mandators are returned; invalid ones skipped', () => {
    const recorded = recordMandatesFromPage(portfolio([client(1), client(2)]), [fromClient1, own, stranger, { holder: 'nobody' }], '2026-03-02')
    expect(recorded.recorded).toEqual({ clients: 1, own: 1 })
    expect(recorded.unassigned).toEqual([stranger])
    const [first, second] = recorded.portfolio.clients
    expect(first).toMatchObject({ mandates: [{ mandate: fromClient1, source: 'valtuudet-page', recordedOn: '2026-03-02' }], mandatesCheckedOn: '2026-03-02' })
    expect(second).toEqual(client(2))
    expect(recorded.portfolio.firm).toMatchObject({ ownMandates: [{ mandate: own, source: 'valtuudet-page' }], ownMandatesCheckedOn: '2026-03-02' })
    expect(Portfolio.safeParse(recorded.portfolio).success).toBe(true)
  })

  test('reading the page again updates the same mandate (new end date) instead of adding a copy', () => {
    const once = recordMandatesFromPage(portfolio([client(1)]), [fromClient1], '2026-03-02').portfolio
    const twice = recordMandatesFromPage(once, [{ ...fromClient1, validUntil: '2031-01-01' }], '2026-04-01').portfolio
    expect(twice.clients[0]!.mandates).toEqual([{ mandate: { ...fromClient1, validUntil: '2031-01-01' }, source: 'valtuudet-page', recordedOn: '2026-04-01' }])
  })

  test('manual entry and removal', () => {
    const p = portfolio([client(1)])
    const added = addManualMandate(p, { client: businessIdAt(1) }, fromClient1, '2026-03-02')
    if (!added.ok) throw new Error(added.error)
    expect(added.portfolio.clients[0]!.mandates).toEqual([{ mandate: fromClient1, source: 'manual', recordedOn: '2026-03-02' }])
    expect(addManualMandate(added.portfolio, { client: businessIdAt(1) }, fromClient1, '2026-03-03')).toEqual({ ok: false, error: 'duplicate' })
    expect(addManualMandate(p, { client: businessIdAt(1) }, { ...fromClient1, validUntil: '2027-02-30' }, '2026-03-02')).toEqual({ ok: false, error: 'invalid-mandate' })
    expect(addManualMandate(p, { client: businessIdAt(9) }, fromClient1, '2026-03-02')).toEqual({ ok: false, error: 'not-found' })
    const ownAdded = addManualMandate(p, 'own', own, '2026-03-02')
    expect(ownAdded.ok && ownAdded.portfolio.firm.ownMandates).toHaveLength(1)
    const entry = added.portfolio.clients[0]!.mandates[0]!
    expect(removeMandate(added.portfolio, { client: businessIdAt(1) }, recordKey(entry)).clients[0]!.mandates).toEqual([])
    expect(ownAdded.ok && removeMandate(ownAdded.portfolio, 'own', recordKey(ownAdded.portfolio.firm.ownMandates[0]!)).firm.ownMandates).toEqual([])
  })
})

describe('removing a mandate by identity, not position', () => {
  const themes = (n: number) => [`Teema ${n}`]
  const three = () => {
    let p = portfolio([client(1)])
    for (const n of [1, 2, 3]) {
      const added = addManualMandate(p, { client: businessIdAt(1) }, { holder: 'my-organisation', mandator: businessIdAt(1), type: 'asiointivaltuus', themes: themes(n) }, '2026-03-02')
      if (!added.ok) throw new Error(added.error)
      p = added.portfolio
    }
    return p
  }
  const themesOf = (p: ReturnType<typeof portfolio>) => p.clients[0]!.mandates.map((m) => m.mandate.themes[0])

  test('a double-click (the same removal applied twice) removes that mandate only', () => {
    const p = three()
    const key = recordKey(p.clients[0]!.mandates[1]!)
    const once = removeMandate(p, { client: businessIdAt(1) }, key)
    const twice = removeMandate(once, { client: businessIdAt(1) }, key)
    expect(themesOf(once)).toEqual(['Teema 1', 'Teema 3'])
    expect(twice).toBe(once)
  })

  test('two tabs removing the same mandate: the second finds nothing and changes nothing', () => {
    const p = three()
    const key = recordKey(p.clients[0]!.mandates[0]!)
    const afterFirstTab = removeMandate(p, { client: businessIdAt(1) }, key)
    expect(themesOf(removeMandate(afterFirstTab, { client: businessIdAt(1) }, key))).toEqual(['Teema 2', 'Teema 3'])
  })

  test('undo puts the mandate back at its place, once', () => {
    const p = three()
    const entry = p.clients[0]!.mandates[1]!
    const removed = removeMandate(p, { client: businessIdAt(1) }, recordKey(entry))
    const restored = restoreMandate(removed, { client: businessIdAt(1) }, entry, 1)
    expect(themesOf(restored)).toEqual(['Teema 1', 'Teema 2', 'Teema 3'])
    expect(restoreMandate(restored, { client: businessIdAt(1) }, entry, 1)).toBe(restored)
  })
})

describe('settings', () => {
  test('update the firm, validated, naming the field', () => {
    const p = portfolio([])
    expect(updateFirm(p, { name: 'Tilitoimisto Oy', services: ['kelmu'] })).toMatchObject({ ok: true, portfolio: { firm: { name: 'Tilitoimisto Oy', services: ['kelmu'] } } })
    expect(updateFirm(p, { businessId: '0913909-3' })).toEqual({ ok: false, issues: [{ path: 'firm.businessId', message: 'Y-tunnus check digit does not match' }] })
    expect(updateFirm(p, { services: ['employer', 'employer'] })).toEqual({ ok: false, issues: [{ path: 'firm.services', message: 'a service is listed twice' }] })
    const cleared = updateFirm(p, { businessId: undefined })
    expect(cleared.ok && 'businessId' in cleared.portfolio.firm).toBe(false)
  })

  test('what the user tells about themself is kept, but never a name', () => {
    const p = portfolio([])
    expect(updateFirm(p, { user: { identification: 'strong', registerRole: 'none' } }).ok).toBe(true)
    expect(updateFirm(p, { user: { name: 'Maija' } as never })).toEqual({ ok: false, issues: [{ path: 'firm.user', message: 'unknown field name' }] })
  })

  test('mark mandates checked (none found) for a client or for the user', () => {
    const p = portfolio([client(1), client(2)])
    expect(markMandatesChecked(p, { client: businessIdAt(2) }, '2026-03-02').clients.map((c) => c.mandatesCheckedOn)).toEqual([undefined, '2026-03-02'])
    expect(markMandatesChecked(p, 'own', '2026-03-02').firm.ownMandatesCheckedOn).toBe('2026-03-02')
  })
})
