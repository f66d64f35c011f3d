// The texts to copy: the summary in the case's language and the case JSON the explain CLI takes,
// built from the real engine's result for an accounting firm's employee acting for a client with
// an asiointivaltuus where an edustamisvaltuus is needed (contract example 01).
import { expect, test } from 'vitest'
import { Case } from '../../../../src/core/contract/case.ts'
import type { Lang } from '../../../../src/core/contract/ids.ts'
import { diagnose } from '../../../../src/core/diagnosis/index.ts'
import { translator } from '../../../../src/extension/ui/i18n/all.ts'
import { buildSummary, caseJson } from '../../../../src/extension/popup/summary.ts'

const value: Case = {
  version: 1, lang: 'fi', now: '2026-03-02T09:00:00+02:00', service: 'employer', symptom: 'organisation-not-listed',
  actingFor: 'client', organisation: { businessId: '0913909-2' }, client: { businessId: '9603082-8' },
  page: { kind: 'organisation-not-listed', url: 'https://asiointi.kela.fi/tyonantaja/' },
  mandates: [{ holder: 'me', mandator: '0913909-2', type: 'asiointivaltuus', themes: ['Palvelussuhteeseen liittyvien etuuksien hakeminen'] }],
}
const inLang = (lang: Lang): Case => ({ ...value, lang })
const summary = (audience: 'admin' | 'support', lang: Lang) => {
  const result = diagnose(inLang(lang))
  return { result, text: buildSummary(audience, inLang(lang), result, translator(lang)) }
}

const jsonOf = (text: string) => JSON.parse(text.slice(text.indexOf('{'), text.lastIndexOf('}') + 1))

test('for the administrator: service, what happens, what to grant with its steps, and the case', () => {
  const { result, text } = summary('admin', 'fi')
  const blocking = result.findings.filter((f) => f.severity === 'blocking')
  expect(blocking.map((f) => f.id)).toContain('needs-edustamisvaltuus')
  expect(text).toContain('Asiointipalvelu: Työnantajan asiointipalvelu')
  expect(text).toContain('Mitä tapahtuu: Pääset asiointipalveluun, mutta et saa valittavaksi')
  const grant = text.slice(text.indexOf('Mitä pitää antaa tai korjata:'))
  for (const finding of blocking.filter((f) => f.fixedBy === 'organisation-admin' || f.fixedBy === 'client')) {
    expect(grant).toContain(`- ${finding.title}`)
    expect(grant).toContain(`  1. ${finding.steps[0]}`)
  }
  expect(Case.parse(jsonOf(text))).toEqual(value)
})

test('for support: every finding, blocking first, with steps, and the case', () => {
  const { result, text } = summary('support', 'en')
  expect(text).toContain('Valtuusapu: a case for Kela technical support.')
  expect(text).toContain("E-service: e-service for employers")
  const positions = result.findings.map((f) => text.indexOf(`- ${f.title}`))
  expect(positions.every((p) => p > 0)).toBe(true)
  expect([...positions].sort((a, b) => a - b)).toEqual(positions)
  expect(jsonOf(text)).toEqual(inLang('en'))
})

test('no findings yet, unknown service', () => {
  const empty: Case = { version: 1, lang: 'sv' }
  const text = buildSummary('admin', empty, diagnose(empty), translator('sv'), true)
  expect(text).toContain('E-tjänst: okänt')
  expect(text).toContain('Inga iakttagelser ännu.')
  expect(text).toContain('svara på några frågor')
})

test('the case JSON is exactly the schema-valid case', () => {
  expect(JSON.parse(caseJson(value))).toEqual(value)
  expect(() => caseJson({ ...value, client: { businessId: '1234567-8' } })).toThrow()
})
