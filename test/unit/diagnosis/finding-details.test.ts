// Details the scenario format does not express: who fixes an occurrence, how sure it is, and
// that the texts name the exact themes, dates and places, in the case's language.
import { describe, expect, test } from 'vitest'
import type { Case } from '../../../src/core/contract/case.ts'
import type { Finding } from '../../../src/core/contract/result.ts'
import { diagnose, parseCase } from '../../../src/core/diagnosis/index.ts'
import { loadExamples, loadScenarios } from './scenario-files.ts'

const all = [...loadScenarios(), ...loadExamples()]
function caseOf(fileStart: string, patch: Partial<Case> = {}): Case {
  const scenario = all.find((s) => s.file.startsWith(fileStart) || s.file.includes(fileStart))
  if (!scenario) throw new Error(`no scenario ${fileStart}`)
  const parsed = parseCase(scenario.case)
  if (!parsed.ok) throw new Error(parsed.errors.join('; '))
  return { ...parsed.case, ...patch }
}
function finding(c: Case, id: string): Finding {
  const found = diagnose(c).findings.find((f) => f.id === id)
  if (!found) throw new Error(`${id} did not fire`)
  return found
}
const text = (f: Finding) => [f.title, f.explanation, ...f.steps].join('\n')

describe('who fixes it', () => {
  test('the accountant\'s own firm fixes a wrong mandate type (contract example 1)', () => {
    expect(finding(caseOf('01-accountant'), 'needs-edustamisvaltuus')).toMatchObject({ fixedBy: 'organisation-admin', certainty: 'certain' })
  })
  test('the client fixes its own expired mandate, and the text names the date', () => {
    const f = finding(caseOf('personal-mandate-from-client-expired'), 'mandate-expired')
    expect(f.fixedBy).toBe('client')
    expect(f.explanation).toContain('30.11.2025')
  })
  test('the client fixes an Incomes Register theme it gave the firm; the text quotes it', () => {
    const f = finding(caseOf('client-gave-incomes-register-theme'), 'incomes-register-theme')
    expect(f.fixedBy).toBe('client')
    expect(f.explanation).toContain('”Palkkatietojen ilmoittaminen”')
    expect(f.explanation).toMatch(/^Fullmakten som kunden gav din organisation/)
  })
  test('a CEO gives themself the edustamisvaltuus', () => {
    expect(finding(caseOf('ceo-acting-for-client'), 'register-role-needs-edustamisvaltuus').fixedBy).toBe('me')
  })
  test('both links expiring give one warning each, one for the client', () => {
    const warnings = diagnose(caseOf('both-links-expire-soon')).findings.filter((f) => f.id === 'expires-soon')
    expect(warnings.map((f) => f.fixedBy).sort()).toEqual(['client', 'organisation-admin'])
    expect(warnings.map((f) => f.explanation).join(' ')).toMatch(/15 March 2026.*13 days left|13 days left.*15 March 2026/)
  })
})

describe('how sure it is', () => {
  test('a refused function without a task: the missing themes are only likely, and named', () => {
    const f = finding(caseOf('function-denied-without-task'), 'missing-theme')
    expect(f.certainty).toBe('likely')
    expect(f.explanation).toContain('”Palvelussuhteeseen liittyvien etuusmaksutietojen katselu”')
    expect(f.explanation).not.toContain('”Palvelussuhteeseen liittyvien etuuksien hakeminen”')
  })
  test('Kelmu has a theme whose name was not found: an unrecognised theme is only likely missing', () => {
    const f = finding(caseOf('kelmu-unrecognised-theme'), 'missing-theme')
    expect(f.certainty).toBe('likely')
    expect(f.explanation).toContain('valtuusasia, jonka nimeä emme ole voineet vahvistaa')
  })
  test('a mandate whose giver is not stated is assumed to come from the own organisation: likely', () => {
    const c = caseOf('own-edustamisvaltuus-wrong-type')
    const mandates = c.mandates!.map(({ mandator: _, ...m }) => m)
    expect(finding({ ...c, mandates }, 'needs-asiointivaltuus').certainty).toBe('likely')
  })
  test('a partnership may or may not be an elinkeinoyhtymä: the officer-service advice is likely', () => {
    expect(finding(caseOf('partnership-without-mandates'), 'grant-via-officer-service').certainty).toBe('likely')
    expect(finding(caseOf('foundation-without-mandates'), 'grant-via-officer-service').certainty).toBe('certain')
  })
})

describe('the texts name the exact theme, type and place', () => {
  test('Swedish: the Swedish theme name first, the Finnish in brackets', () => {
    const f = finding(caseOf('own-incomes-register-theme-swedish'), 'incomes-register-theme')
    expect(f.explanation).toContain('”Ansöka om förmåner i samband med anställningsförhållande” (på finska ”Palvelussuhteeseen liittyvien etuuksien hakeminen”)')
    expect(text(f)).toContain('”Erhållna fullmakter”')
  })
  test('Finnish: the Finnish name with the Swedish one, and where to click', () => {
    const f = finding(caseOf('own-no-mandates'), 'no-mandate')
    expect(f.explanation).toContain('”Palvelussuhteeseen liittyvien etuuksien hakeminen” (ruotsiksi ”Ansöka om förmåner i samband med anställningsförhållande”)')
    expect(text(f)).toContain('”Saadut valtuudet”')
    expect(text(f)).toContain('”Yrityksen valtuudet” → valitse organisaatio → ”Anna valtuuksia”')
  })
  test('a theme without a confirmed Swedish name says so in Swedish and English', () => {
    const c = caseOf('own-missing-theme', { task: 'Palvelussuhteeseen liittyvien etuusmaksutietojen katselu', mandates: [] })
    expect(finding({ ...c, lang: 'sv' }, 'no-mandate').explanation).toContain('ett svenskt namn har vi inte kunnat bekräfta')
    expect(finding({ ...c, lang: 'en' }, 'no-mandate').explanation).toContain('(its Finnish name)')
  })
  test('the uncertain KIILA theme is flagged as uncertain', () => {
    expect(finding(caseOf('kiila-no-mandates'), 'no-mandate').explanation).toContain('osäkert')
  })
  test('an unknown service sends the user to check the theme', () => {
    expect(finding(caseOf('other-service-no-mandates'), 'no-mandate').explanation).toContain('We do not know for sure which mandate theme')
  })
  test('the Finnish theme-list link is marked as an inferred address, with the search word', () => {
    const link = finding(caseOf('own-no-mandates'), 'no-mandate').links.find((l) => l.url.includes('valtuusasiat'))
    expect(link?.label).toContain('hae sanalla ”Kela”')
    expect(link?.label).toContain('osoite on päätelty, ei vahvistettu')
  })
  test('pages that exist only in Finnish say so in English', () => {
    const links = finding(caseOf('restriction-excludes-client'), 'restriction-excludes-client').links
    expect(links.find((l) => l.url === 'https://www.kela.fi/asiointi-ongelmatilanteet')?.label).toMatch(/\(in Finnish\)$/)
  })
  test('Kela technical support: address, number and hours from the knowledge base', () => {
    const f = finding(caseOf('cannot-enter-chain-complete'), 'contact-kela-support')
    expect(f.steps[0]).toBe("Kela's technical customer support: tekninentuki@kela.fi, tel. 020 634 7787, weekdays 7:00–17:00 Finnish time.")
    expect(f.links.map((l) => l.url)).toContain('mailto:tekninentuki@kela.fi')
  })
  test('the client\'s Y-tunnus is named where it matters', () => {
    expect(finding(caseOf('restriction-excludes-client'), 'restriction-excludes-client').explanation).toContain('Business ID 9603082-8')
  })
})

describe('questions', () => {
  test('come in the contract\'s order of importance, in the case\'s language', () => {
    const result = diagnose(caseOf('nothing-known', { lang: 'fi' }))
    expect(result.questions.map((q) => q.id)).toEqual(['service', 'acting-for', 'symptom', 'mandates', 'task'])
    expect(result.questions[1]!.text).toMatch(/^Hoidatko oman organisaatiosi asioita/)
  })
  test('are empty once the verdict is decided', () => {
    expect(diagnose(caseOf('own-no-mandates')).questions).toEqual([])
  })
})

test('`now` defaults to the current time', () => {
  const c = caseOf('own-valid-asiointivaltuus')
  const { now: _, ...withoutNow } = c
  const undated = { ...withoutNow, mandates: c.mandates!.map(({ validUntil: __, ...m }) => m) }
  expect(diagnose(undated).verdict).toBe('can-access')
  // and it is used: a mandate that ended yesterday (by the clock of this run) has expired
  const yesterday = new Date(Date.now() - 36 * 3600 * 1000).toISOString().slice(0, 10)
  expect(diagnose({ ...undated, mandates: undated.mandates.map((m) => ({ ...m, validUntil: yesterday })) }).verdict).toBe('cannot-access')
})
