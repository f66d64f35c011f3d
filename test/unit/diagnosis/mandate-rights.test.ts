// Which mandate type can grant which (Suomi.fi, "Mitä eroa on eri valtuustyypeillä?"; DVV,
// virkailijavaltuuttamispalvelu): a valtuutusoikeus grants asiointivaltuudet only, an edustajan
// valtuutusoikeus edustamisvaltuudet. The findings name the exact right to ask for, in fi, sv and
// en, and say "grant it to yourself" only where the held right grants the needed type and a source
// says its holder may.
import { describe, expect, test } from 'vitest'
import type { Case, Mandate } from '../../../src/core/contract/case.ts'
import type { Lang } from '../../../src/core/contract/ids.ts'
import { diagnose } from '../../../src/core/diagnosis/index.ts'
import { MANDATE_TYPE_FACTS, rightToGrant } from '../../../src/core/knowledge/index.ts'

const THEME = 'Palvelussuhteeseen liittyvien etuuksien hakeminen'
const FIRM = '0913909-2'
const CLIENT = '9603082-8'

function caseOf(lang: Lang, actingFor: 'own' | 'client', mandates: Mandate[], type: NonNullable<Case['organisation']>['type'] = 'company'): Case {
  return {
    version: 1, now: '2026-03-02T09:00:00+02:00', lang, service: 'employer', task: THEME,
    user: { identification: 'strong', identityCode: 'finnish', registerRole: 'none' },
    actingFor, organisation: { businessId: FIRM, type }, ...(actingFor === 'client' ? { client: { businessId: CLIENT } } : {}), mandates,
  }
}
const fromClient: Mandate = { holder: 'my-organisation', mandator: CLIENT, type: 'asiointivaltuus', themes: [THEME] }
const right = (type: Mandate['type']): Mandate => ({ holder: 'me', mandator: FIRM, type, themes: [THEME] })

function finding(input: Case, id: string) {
  const found = diagnose(input).findings.find((f) => f.id === id)
  if (!found) throw new Error(`${id} did not fire`)
  return { ...found, text: [found.title, found.explanation, ...found.steps].join(' ') }
}

test('the knowledge base: each right grants one type, and only the valtuutusoikeus is said to grant to its holder', () => {
  expect(rightToGrant('asiointivaltuus')).toBe('valtuutusoikeus')
  expect(rightToGrant('edustamisvaltuus')).toBe('edustajan-valtuutusoikeus')
  expect(MANDATE_TYPE_FACTS.valtuutusoikeus.selfGrant).toBe('confirmed')
  expect(MANDATE_TYPE_FACTS['edustajan-valtuutusoikeus'].selfGrant).toBe('not-stated')
})

describe('grant-right-only', () => {
  const SELF = { fi: 'Voit antaa sen itsellesi.', sv: 'Du kan ge den till dig själv.', en: 'You can grant it to yourself.' }
  test.each(['fi', 'sv', 'en'] as const)('%s: own matters with a valtuutusoikeus: grant yourself the asiointivaltuus', (lang) => {
    const f = finding(caseOf(lang, 'own', [right('valtuutusoikeus')]), 'grant-right-only')
    expect(f.text).toContain(SELF[lang])
    expect(f.fixedBy).toBe('me')
  })

  test.each([
    ['fi', 'henkilö, jolla on ”edustajan valtuutusoikeus”', 'vain ”asiointivaltuus”-tyyppisiä'],
    ['sv', 'en person som har representantens fullmaktsrätt', 'bara fullmakter av typen ärendefullmakt'],
    ['en', "a person with a representative's right to grant a mandate", 'only mandates of the type mandate for transactions'],
  ] as const)('%s: a client task with a valtuutusoikeus: it cannot grant an edustamisvaltuus; ask a holder of edustajan valtuutusoikeus', (lang, ask, only) => {
    const f = finding(caseOf(lang, 'client', [fromClient, right('valtuutusoikeus')]), 'grant-right-only')
    expect(f.text).toContain(ask)
    expect(f.text).toContain(only)
    expect(f.text).not.toContain(SELF[lang])
    expect(f.fixedBy).toBe('organisation-admin')
  })

  test.each([
    ['fi', 'voiko sen antaa itselleen, ohje ei kerro'],
    ['sv', 'om hen kan ge en till sig själv säger anvisningen inte'],
    ['en', 'whether they can grant one to themself, the instructions do not say'],
  ] as const)('%s: a client task with an edustajan valtuutusoikeus: the source does not say it can be granted to oneself', (lang, unstated) => {
    const f = finding(caseOf(lang, 'client', [fromClient, right('edustajan-valtuutusoikeus')]), 'grant-right-only')
    expect(f.text).toContain(unstated)
    expect(f.text).not.toContain(SELF[lang])
  })
})

describe('grant-via-officer-service names the right that grants what is missing', () => {
  test.each([
    ['fi', '”edustajan valtuutusoikeus”'], ['sv', 'representantens fullmaktsrätt'], ['en', "representative's right to grant a mandate"],
  ] as const)('%s: an employee of a kuntayhtymä without an edustamisvaltuus: the edustajan valtuutusoikeus', (lang, named) => {
    const f = finding(caseOf(lang, 'client', [fromClient], 'joint-municipal-authority'), 'grant-via-officer-service')
    expect(f.text).toContain(named)
  })

  test.each([
    ['fi', '”valtuutusoikeus”', 'edustajan'], ['sv', 'fullmaktsrätt (valtuutusoikeus)', 'representantens'], ['en', 'right to grant a mandate (valtuutusoikeus)', "representative's right"],
  ] as const)('%s: own matters with no mandate: the valtuutusoikeus', (lang, named, not) => {
    const f = finding(caseOf(lang, 'own', [], 'municipality'), 'grant-via-officer-service')
    expect(f.text).toContain(named)
    expect(f.text).not.toContain(not)
  })
})

test.each([
  ['fi', 'valtuutusoikeuden saanut antaa'], ['sv', 'den som har fullmaktsrätt där ger'], ['en', 'mandate administrator then grants'],
] as const)('%s: kuntayhtyma-mandate-to-person no longer says a valtuutusoikeus holder grants edustamisvaltuudet', (lang, wrong) => {
  const f = finding(caseOf(lang, 'client', [{ holder: 'me', mandator: CLIENT, type: 'asiointivaltuus', themes: [THEME] }], 'joint-municipal-authority'), 'kuntayhtyma-mandate-to-person')
  expect(f.text).not.toContain(wrong)
  expect(f.text).toMatch(/edustajan valtuutusoikeus|representantens fullmaktsrätt|representative's right to grant a mandate/)
})

describe('a theme or a specifier is never "added" to a mandate already given: a new mandate is asked for', () => {
  const NEW = { fi: 'uusi', sv: 'ny', en: 'new mandate' }
  const ADD = { fi: /lisäämään/, sv: /lägga till/, en: /to add /i }
  test.each(['fi', 'sv', 'en'] as const)('%s: missing-theme', (lang) => {
    const f = finding(caseOf(lang, 'own', [{ holder: 'me', mandator: FIRM, type: 'asiointivaltuus', themes: ['Etuustietojen katselu ja maksuvaatimusten rekisteröinti'] }]), 'missing-theme')
    expect(f.steps.join(' ')).toContain(NEW[lang])
    expect(f.text).not.toMatch(ADD[lang])
  })

  test.each(['fi', 'sv', 'en'] as const)('%s: restriction-excludes-client', (lang) => {
    const f = finding(caseOf(lang, 'client', [fromClient, { holder: 'me', mandator: FIRM, type: 'edustamisvaltuus', themes: [THEME], restrictions: { businessIds: ['1000000-4'] } }]), 'restriction-excludes-client')
    expect(f.steps.join(' ')).toContain(NEW[lang])
    expect(f.text).not.toMatch(ADD[lang])
  })
})

describe('"no reminder" is said of mandates organisations granted, and a mandate is granted anew, never renewed', () => {
  const ended = (validUntil: string): Mandate => ({ holder: 'me', mandator: FIRM, type: 'asiointivaltuus', themes: [THEME], validUntil })
  test.each([
    ['fi', 'Organisaation antaman valtuuden päättymisestä Suomi.fi ei muistuta', 'Suomi.fi-viesteihin'],
    ['sv', 'fullmakt som en organisation gett upphör', 'Suomi.fi-meddelanden'],
    ['en', 'mandate granted by an organisation ends', 'Suomi.fi Messages'],
  ] as const)('%s: mandate-expired and expires-soon', (lang, organisation, messages) => {
    const expired = finding(caseOf(lang, 'own', [ended('2026-01-31')]), 'mandate-expired')
    expect(expired.text).toContain(organisation)
    expect(expired.text).toContain(messages)
    const soon = finding(caseOf(lang, 'own', [ended('2026-03-20')]), 'expires-soon')
    expect(soon.text).toContain(organisation)
    expect(soon.text).not.toMatch(/uusimaan|förnya|renew/)
  })
})

test.each([
  ['fi', '31.1.2021', '31.8.2021', 'se päivä ei koske Kelaa'],
  ['sv', '31.1.2021', '31.8.2021', 'det datumet gäller inte FPA'],
  ['en', '31 January 2021', '31 August 2021', "that date is not Kela's"],
] as const)('%s: katso-ended gives Kela\'s own dates, and the Incomes Register\'s later end as not Kela\'s', (lang, kela, incomes, notKela) => {
  const input = caseOf(lang, 'own', [])
  input.user = { identification: 'katso', identityCode: 'finnish', registerRole: 'none' }
  const f = finding(input, 'katso-ended')
  expect(f.text).toContain(kela)
  expect(f.text).toContain(incomes)
  expect(f.text).toContain(notKela)
  expect(f.text).not.toMatch(/31\.12\.2020|31 December 2020/)
})

test.each([
  ['fi', 'valtuuksia Kela ei voi antaa eikä korjata'], ['sv', 'fullmakter kan FPA varken ge eller rätta'], ['en', 'Kela cannot grant or fix mandates'],
] as const)('%s: contact-kela-support says what Kela cannot do', (lang, cannot) => {
  const input = caseOf(lang, 'own', [{ holder: 'me', mandator: FIRM, type: 'asiointivaltuus', themes: [THEME] }])
  input.page = { kind: 'no-access' }
  const f = finding(input, 'contact-kela-support')
  expect(f.text).toContain(cannot)
})

test.each([
  ['fi', 'vain organisaation nimenkirjoittaja, edustajan valtuutusoikeuden haltija'],
  ['sv', 'ser bara organisationens namntecknare'],
  ['en', "Only your organisation's signatory"],
] as const)('%s: the step that checks the organisation\'s received mandates says who can see them', (lang, who) => {
  const f = finding(caseOf(lang, 'client', [right('edustamisvaltuus')]), 'client-mandate-missing')
  expect(f.text).toContain(who)
})

test.each([
  ['fi', 'DVV:n mukaan se ei ole vahva tunnistus'], ['sv', 'enligt MDB inte är stark autentisering'], ['en', 'DVV says it is not strong identification'],
] as const)('%s: not-strongly-identified says the sources disagree on the Finnish Authenticator', (lang, disagree) => {
  const input = caseOf(lang, 'own', [])
  input.user = { identification: 'weak', identityCode: 'none', registerRole: 'none' }
  expect(finding(input, 'not-strongly-identified').text).toContain(disagree)
})

test.each([
  ['fi', 'Suomi.fi ei lähetä pyynnöstä viestiä'], ['sv', 'Suomi.fi skickar inget meddelande om begäran'], ['en', 'Suomi.fi sends no message about a request'],
] as const)('%s: request-pending says Suomi.fi sends no message, and where the approver sees the request', (lang, noMessage) => {
  const f = finding(caseOf(lang, 'own', [{ holder: 'me', mandator: FIRM, type: 'asiointivaltuus', themes: [THEME], status: 'pending-request' }]), 'request-pending')
  expect(f.text).toContain(noMessage)
})
