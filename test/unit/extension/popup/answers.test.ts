// The guided flow's logic: answers fill the case, the engine's questions decide what comes
// next (with the fallback when it asks nothing), and any answers give a case the contract's
// schema accepts.
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import {
  ACTING_FOR, Case, IDENTIFICATIONS, IDENTITY_CODES, MANDATE_TYPES, ORGANISATION_TYPES, REGISTER_ROLES, SYMPTOMS,
} from '../../../../src/core/contract/case.ts'
import { SERVICE_IDS } from '../../../../src/core/contract/ids.ts'
import type { Result } from '../../../../src/core/contract/result.ts'
import { applyAnswers, knownInCase, openQuestions, withoutAnswer, type Answers } from '../../../../src/extension/popup/guided/answers.ts'
import { baseCase } from '../../../../src/extension/popup/base-case.ts'

const unknown = (questions: Result['questions'] = []): Result => ({ verdict: 'unknown', service: null, findings: [], questions })
const base: Case = { version: 1, lang: 'fi', page: { kind: 'organisation-not-listed', url: 'https://asiointi.kela.fi/x' } }

describe('applyAnswers', () => {
  test('each answer fills its field; the base stays untouched', () => {
    const value = applyAnswers(base, {
      service: 'employer', 'acting-for': 'client', symptom: 'function-denied', mandates: [],
      identification: 'strong', 'identity-code': 'finnish', 'register-role': 'none', 'organisation-type': 'company',
      'client-business-id': '9603082-8', task: 'Palvelussuhteeseen liittyvien etuuksien hakeminen', workplace: '12',
    }, '0913909-2')
    expect(value).toEqual({
      version: 1, lang: 'fi', page: base.page, service: 'employer', actingFor: 'client', symptom: 'function-denied', mandates: [],
      user: { identification: 'strong', identityCode: 'finnish', registerRole: 'none' },
      organisation: { businessId: '0913909-2', type: 'company' }, client: { businessId: '9603082-8' },
      task: 'Palvelussuhteeseen liittyvien etuuksien hakeminen', workplace: '12',
    })
    expect(base).toEqual({ version: 1, lang: 'fi', page: { kind: 'organisation-not-listed', url: 'https://asiointi.kela.fi/x' } })
  })

  test('no answers, no organisation: no empty user or organisation objects', () => {
    expect(applyAnswers({ version: 1 }, {})).toEqual({ version: 1 })
  })

  test('an empty mandate list is an answer ("checked, there are none")', () => {
    expect(knownInCase(applyAnswers(base, { mandates: [] }), 'mandates')).toBe(true)
    expect(knownInCase(base, 'mandates')).toBe(false)
  })

  test('withoutAnswer removes one answer', () => {
    expect(withoutAnswer({ service: 'kelmu', symptom: 'cannot-enter' }, 'service')).toEqual({ symptom: 'cannot-enter' })
  })
})

describe('openQuestions', () => {
  test('a decided verdict asks nothing', () => {
    expect(openQuestions({ verdict: 'cannot-access', service: 'employer', findings: [], questions: [{ id: 'task', text: '' }] }, base)).toEqual([])
  })

  test("the engine's questions, in its order, minus what the case already knows", () => {
    const result = unknown([{ id: 'acting-for', text: 'a' }, { id: 'mandates', text: 'b' }, { id: 'service', text: 'c' }])
    expect(openQuestions(result, { ...base, service: 'kelmu' })).toEqual(['acting-for', 'mandates'])
  })

  test('when the engine asks nothing, the core questions; the symptom only when the page did not show it', () => {
    expect(openQuestions(unknown(), base)).toEqual(['service', 'acting-for', 'mandates'])
    expect(openQuestions(unknown(), { version: 1 })).toEqual(['service', 'acting-for', 'symptom', 'mandates'])
    const client = applyAnswers({ version: 1 }, { service: 'employer', 'acting-for': 'client', symptom: 'cannot-enter', mandates: [] })
    expect(openQuestions(unknown(), client)).toEqual(['client-business-id'])
    expect(openQuestions(unknown(), applyAnswers(client, { 'client-business-id': '9603082-8' }))).toEqual([])
  })
})

test('baseCase keeps only the kind, the service and the query-less URL', () => {
  expect(baseCase({ kind: 'no-access', service: 'kelmu', lang: 'fi', evidence: ['alert:no-access'], url: 'https://asiointi.kela.fi/kelmu/', at: 1 }, 'sv'))
    .toEqual({ version: 1, lang: 'sv', service: 'kelmu', page: { kind: 'no-access', url: 'https://asiointi.kela.fi/kelmu/' } })
  expect(baseCase(null, 'en')).toEqual({ version: 1, lang: 'en' })
})

const businessIds = fc.constantFrom('0913909-2', '9603082-8', '4628194-4', '8219935-8', '5908301-5')
const answers: fc.Arbitrary<Answers> = fc.record({
  service: fc.constantFrom(...SERVICE_IDS),
  'acting-for': fc.constantFrom(...ACTING_FOR),
  symptom: fc.constantFrom(...SYMPTOMS),
  mandates: fc.array(fc.record({
    holder: fc.constantFrom('me' as const, 'my-organisation' as const),
    type: fc.constantFrom(...MANDATE_TYPES),
    themes: fc.array(fc.string({ minLength: 1, maxLength: 40 }), { maxLength: 4 }),
    mandator: businessIds,
  }, { requiredKeys: ['holder', 'type', 'themes'] }), { maxLength: 4 }),
  identification: fc.constantFrom(...IDENTIFICATIONS),
  'identity-code': fc.constantFrom(...IDENTITY_CODES),
  'register-role': fc.constantFrom(...REGISTER_ROLES),
  'organisation-type': fc.constantFrom(...ORGANISATION_TYPES),
  'client-business-id': businessIds,
  task: fc.string({ minLength: 1, maxLength: 80 }),
  workplace: fc.string({ minLength: 1, maxLength: 64 }),
}, { requiredKeys: [] })

test('any answers on any base give a case the contract schema accepts', () => {
  fc.assert(fc.property(answers, fc.option(businessIds, { nil: undefined }), (given, organisation) => {
    expect(Case.safeParse(applyAnswers(base, given, organisation)).success).toBe(true)
  }))
})
