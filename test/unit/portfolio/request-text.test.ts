// Request texts: the exact theme names from the facts, the firm's Y-tunnus, the client's Y-tunnus
// for the restriction, only the themes still missing, and no personal data.
import { describe, expect, test } from 'vitest'
import { KELA_SERVICE_THEMES } from '../../../src/core/portfolio/kela-themes.ts'
import type { RecordedMandate } from '../../../src/core/portfolio/model.ts'
import { requestTexts } from '../../../src/core/portfolio/request/index.ts'
import { containsIdentityCode } from '../../../src/core/portfolio/identity-code.ts'
import { businessIdAt, client, portfolio } from './helpers.ts'

const FIRM = '0913909-2'
const now = new Date('2026-03-02T07:00:00Z')
const EMPLOYER = KELA_SERVICE_THEMES.employer.themes
const TTH = KELA_SERVICE_THEMES['occupational-health'].themes
const recorded = (mandate: RecordedMandate['mandate']): RecordedMandate => ({ mandate, source: 'valtuudet-page', recordedOn: '2026-03-01' })

function texts(p = portfolio([client(1, { name: 'Asiakas Oy' })], { name: 'Tilitoimisto Numero Oy' }), lang: 'fi' | 'sv' | 'en' = 'fi') {
  const result = requestTexts(p, businessIdAt(1), { lang, now })
  if (!result.ok) throw new Error(result.error)
  return result
}

describe('with nothing recorded, every theme of the selected services is asked', () => {
  test.each(['fi', 'sv', 'en'] as const)('%s', (lang) => {
    const { toClient, toAdministrator } = texts(undefined, lang)
    for (const text of [toClient!, toAdministrator!]) {
      expect(text).toContain(FIRM)
      expect(text).toContain(businessIdAt(1))
      for (const theme of [...EMPLOYER, ...TTH]) {
        // Finnish and English texts give the Finnish name; Swedish the Swedish one where the facts have it.
        expect(text).toContain(lang === 'sv' && theme.sv ? theme.sv : theme.fi)
      }
    }
    const address = { fi: 'https://www.suomi.fi/valtuudet', sv: 'https://www.suomi.fi/fullmakter', en: 'https://www.suomi.fi/e-authorizations' }[lang]
    expect(toClient).toContain(address)
    expect(toAdministrator).toContain(address)
  })

  test('the exact names and types in Finnish', () => {
    const { toClient, toAdministrator } = texts()
    expect(toClient).toContain('Antakaa asiointivaltuus yritykselle Tilitoimisto Numero Oy (Y-tunnus 0913909-2)')
    expect(toClient).toContain('- Palvelussuhteeseen liittyvien etuuksien hakeminen\n')
    expect(toClient).toContain('- Työnantajan työterveyshuollon korvaushakemuksen lähetys\n')
    expect(toClient).toContain('hakusanalla Kela')
    expect(toAdministrator).toContain('edustamisvaltuuden (ei asiointivaltuutta)')
    expect(toAdministrator).toContain(`lisää rajaukseen asiakkaan Y-tunnus ${businessIdAt(1)}`)
  })

  test('Swedish: a theme without a confirmed Swedish name is given in Finnish and marked', () => {
    const { toClient } = texts(undefined, 'sv')
    expect(toClient).toContain('- Ansöka om förmåner i samband med anställningsförhållande\n')
    expect(toClient).toContain('- Palvelussuhteeseen liittyvien etuusmaksutietojen katselu (finskt namn)\n')
    expect(toClient).toContain('ärendefullmakt')
    expect(toClient).toContain('ordet FPA')
  })

  test('no personal data: only company names, Y-tunnukset and fixed text', () => {
    for (const lang of ['fi', 'sv', 'en'] as const) {
      const { toClient, toAdministrator } = texts(undefined, lang)
      for (const text of [toClient!, toAdministrator!]) {
        expect(containsIdentityCode(text)).toBe(false)
        expect(text).not.toMatch(/@|\+358|(?<!\d)0\d{1,2}[ -]\d{3}/) // no e-mail address or phone number
        const ids = text.match(/\d{7}-\d/g) ?? []
        expect(new Set(ids)).toEqual(new Set([FIRM, businessIdAt(1)]))
      }
    }
  })

  test('every theme name in the texts comes from the themes module (none invented)', () => {
    const known = new Set(Object.values(KELA_SERVICE_THEMES).flatMap((entry) => entry.themes.flatMap((theme) => [theme.fi, theme.sv])))
    const p = portfolio([client(1)], { services: ['employer', 'occupational-health', 'kelmu', 'emava', 'pharma-prices', 'rehab-providers'] })
    for (const lang of ['fi', 'sv'] as const) {
      const listed = texts(p, lang).toClient!.split('\n').filter((line) => line.startsWith('- ')).map((line) => line.slice(2).replace(/ \(finskt namn\)$/, ''))
      expect(listed.length).toBeGreaterThan(0)
      for (const name of listed) expect(known, name).toContain(name)
    }
  })
})

describe('only what is missing is asked', () => {
  const hakeminen = EMPLOYER[0]!.fi
  test('themes the client granted the firm (in force for more than 60 days) are not asked again', () => {
    const p = portfolio([client(1, { mandates: [recorded({ holder: 'my-organisation', mandator: businessIdAt(1), type: 'asiointivaltuus', themes: [hakeminen, ...TTH.map((theme) => theme.fi)], validUntil: '2028-01-01' })] })])
    const result = texts(p)
    expect(result.fromClient.map((theme) => theme.fi)).toEqual(EMPLOYER.slice(1).map((theme) => theme.fi))
    expect(result.toClient).not.toContain(`- ${hakeminen}\n`)
    expect(result.fromAdministrator).toHaveLength(EMPLOYER.length + TTH.length)
  })

  test('a mandate ending within 60 days, pending or expired is asked again (renewal)', () => {
    for (const extra of [{ validUntil: '2026-04-30' }, { validUntil: '2026-03-01' }, { status: 'pending-request' as const }]) {
      const p = portfolio([client(1, { mandates: [recorded({ holder: 'my-organisation', mandator: businessIdAt(1), type: 'asiointivaltuus', themes: [hakeminen], ...extra })] })])
      expect(texts(p).fromClient.map((theme) => theme.fi)).toContain(hakeminen)
    }
  })

  test('the user\'s edustamisvaltuus counts only when its restriction includes the client', () => {
    const own = (businessIds?: string[]) => recorded({ holder: 'me', mandator: FIRM, type: 'edustamisvaltuus', themes: [...EMPLOYER, ...TTH].map((theme) => theme.fi), ...(businessIds ? { restrictions: { businessIds } } : {}) })
    expect(texts(portfolio([client(1)], { ownMandates: [own()] })).toAdministrator).toBeNull()
    expect(texts(portfolio([client(1)], { ownMandates: [own([businessIdAt(1)])] })).toAdministrator).toBeNull()
    expect(texts(portfolio([client(1)], { ownMandates: [own([businessIdAt(7)])] })).fromAdministrator).toHaveLength(EMPLOYER.length + TTH.length)
  })

  test('an asiointivaltuus from the firm does not count as the edustamisvaltuus', () => {
    const wrongType = recorded({ holder: 'me', mandator: FIRM, type: 'asiointivaltuus', themes: EMPLOYER.map((theme) => theme.fi) })
    expect(texts(portfolio([client(1)], { ownMandates: [wrongType], services: ['employer'] })).fromAdministrator).toHaveLength(EMPLOYER.length)
  })

  test('everything granted: no text to send', () => {
    const all = [...EMPLOYER, ...TTH].map((theme) => theme.sv ?? theme.fi)
    const p = portfolio([client(1, { mandates: [recorded({ holder: 'my-organisation', mandator: businessIdAt(1), type: 'asiointivaltuus', themes: all })] })],
      { ownMandates: [recorded({ holder: 'me', mandator: FIRM, type: 'edustamisvaltuus', themes: all })] })
    expect(texts(p)).toMatchObject({ toClient: null, toAdministrator: null, fromClient: [], fromAdministrator: [] })
  })
})

describe('services without confirmed theme names', () => {
  test('KIILA: no name is invented; the text points to Kela\'s page', () => {
    const result = texts(portfolio([client(1)], { services: ['kiila'] }))
    expect(result.fromClient).toEqual([])
    expect(result.toClient).toContain('KIILA-kuntoutuskurssien asiointipalvelu: https://www.kela.fi/tyonantajien-valtuuskoodit')
    expect(result.toClient).not.toContain('Kuntoutuskurssitarpeen ilmoittaminen')
  })
})

test.each([
  ['no firm Y-tunnus', portfolio([client(1)], { businessId: undefined }), 'no-firm-business-id'],
  ['an unknown client', portfolio([client(2)]), 'client-not-found'],
  ['no services', portfolio([client(1)], { services: [] }), 'no-services'],
] as const)('%s', (_, p, error) => {
  const firm = { ...p.firm }
  if (firm.businessId === undefined) delete firm.businessId
  expect(requestTexts({ ...p, firm }, businessIdAt(1), { lang: 'fi', now })).toEqual({ ok: false, error })
})

describe('who can grant, in the text to the client (Suomi.fi: alone, jointly, or by application)', () => {
  test.each([
    ['fi', 'kaupparekisteriin merkityt edustajat yhdessä'], ['sv', 'av de företrädare som antecknats i handelsregistret tillsammans'], ['en', 'jointly by the representatives entered in the Trade Register'],
  ] as const)('%s', (lang, jointly) => {
    const { toClient, toAdministrator } = texts(undefined, lang)
    expect(toClient).toContain(jointly)
    expect(toClient).toContain('https://www.suomi.fi/valtuudet/hakemuksella-valtuuttaminen')
    if (lang === 'sv') expect(toAdministrator).toContain('representantens fullmaktsrätt')
  })
})
