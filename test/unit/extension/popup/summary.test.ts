// The texts to copy: the summary in the case's language and the case JSON the explain CLI takes.
import { expect, test } from 'vitest'
import { Case } from '../../../../src/core/contract/case.ts'
import type { Result } from '../../../../src/core/contract/result.ts'
import { buildSummary, caseJson } from '../../../../src/extension/popup/summary.ts'

const value: Case = {
  version: 1, lang: 'fi', now: '2026-03-02T09:00:00+02:00', service: 'employer', symptom: 'organisation-not-listed',
  actingFor: 'client', organisation: { businessId: '0913909-2' }, client: { businessId: '9603082-8' },
  page: { kind: 'organisation-not-listed', url: 'https://asiointi.kela.fi/tyonantaja/' },
}
const result: Result = {
  verdict: 'cannot-access', service: 'employer', questions: [],
  findings: [
    { id: 'contact-kela-support', severity: 'info', certainty: 'likely', fixedBy: 'kela-support', title: 'Ota yhteyttä tukeen', explanation: '', steps: ['Soita'], links: [], sources: [] },
    { id: 'needs-edustamisvaltuus', severity: 'blocking', certainty: 'certain', fixedBy: 'organisation-admin', title: 'Tarvitset edustamisvaltuuden',
      explanation: 'Selitys', steps: ['Anna edustamisvaltuus', 'Rajaa Y-tunnukseen 9603082-8'], links: [], sources: [] },
  ],
}

const jsonOf = (text: string) => JSON.parse(text.slice(text.indexOf('{'), text.lastIndexOf('}') + 1))

test('for the administrator: service, what happens, what to grant with its steps, and the case', () => {
  const text = buildSummary('admin', value, result)
  expect(text).toContain('Asiointipalvelu: Työnantajan asiointipalvelu')
  expect(text).toContain('Mitä tapahtuu: Pääset asiointipalveluun, mutta et saa valittavaksi')
  expect(text).toContain('Mitä pitää antaa tai korjata:\n- Tarvitset edustamisvaltuuden')
  expect(text).toContain('  1. Anna edustamisvaltuus')
  expect(text.indexOf('Tarvitset edustamisvaltuuden')).toBeLessThan(text.indexOf('Ota yhteyttä tukeen'))
  expect(Case.parse(jsonOf(text))).toEqual(value)
})

test('for support: every finding, blocking first, with steps, and the case', () => {
  const text = buildSummary('support', { ...value, lang: 'en' }, result)
  expect(text).toContain('Valtuusapu: a case for Kela technical support.')
  expect(text.indexOf('Tarvitset edustamisvaltuuden')).toBeLessThan(text.indexOf('Ota yhteyttä tukeen'))
  expect(text).toContain('  1. Soita')
  expect(jsonOf(text)).toEqual({ ...value, lang: 'en' })
})

test('no findings yet, unknown service', () => {
  const text = buildSummary('admin', { version: 1, lang: 'sv' }, { verdict: 'unknown', service: null, findings: [], questions: [] }, true)
  expect(text).toContain('E-tjänst: okänt')
  expect(text).toContain('Inga iakttagelser ännu.')
  expect(text).toContain('svara på några frågor')
})

test('the case JSON is exactly the schema-valid case', () => {
  expect(JSON.parse(caseJson(value))).toEqual(value)
  expect(() => caseJson({ ...value, client: { businessId: '1234567-8' } })).toThrow()
})
