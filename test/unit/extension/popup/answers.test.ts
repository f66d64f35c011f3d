// The guided flow's logic: answers fill the case, the engine's questions (and only those) decide
// what comes next, walking the real engine's questions always ends, and any answers give a case
// the contract's schema accepts.
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import {
  ACTING_FOR, Case, IDENTIFICATIONS, IDENTITY_CODES, MANDATE_TYPES, ORGANISATION_TYPES, REGISTER_ROLES, SYMPTOMS,
} from '../../../../src/core/contract/case.ts'
import { SERVICE_IDS } from '../../../../src/core/contract/ids.ts'
import type { Result } from '../../../../src/core/contract/result.ts'
import { PAGE_KINDS } from '../../../../src/core/contract/ids.ts'
import { diagnose } from '../../../../src/core/diagnosis/index.ts'
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

  test('when the engine asks nothing, nothing is asked', () => {
    expect(openQuestions(unknown(), base)).toEqual([])
    expect(openQuestions(unknown([{ id: 'mandates', text: '' }]), applyAnswers(base, { mandates: [] }))).toEqual([])
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

test('with the real engine, answering whatever it asks always ends, asking each question once and only ones it asked', () => {
  const pages = fc.option(fc.record({ kind: fc.constantFrom(...PAGE_KINDS), url: fc.constant('https://asiointi.kela.fi/tyonantaja/') }), { nil: undefined })
  const start = fc.record({ page: pages, service: fc.option(fc.constantFrom(...SERVICE_IDS), { nil: undefined }), lang: fc.constantFrom('fi' as const, 'sv' as const, 'en' as const) })
  fc.assert(fc.property(start, answers, (facts, given) => {
    const first: Case = { version: 1, now: '2026-03-04T10:00:00+02:00', lang: facts.lang, ...(facts.page && { page: facts.page }), ...(facts.service && { service: facts.service }) }
    const complete = { ...given } as Required<Answers>
    // Every answer the engine may ask for exists, so the walk can always answer.
    complete.service ??= 'employer'
    complete['acting-for'] ??= 'own'
    complete.symptom ??= 'cannot-enter'
    complete.mandates ??= []
    complete.identification ??= 'strong'
    complete['identity-code'] ??= 'finnish'
    complete['register-role'] ??= 'none'
    complete['organisation-type'] ??= 'company'
    complete['client-business-id'] ??= '9603082-8'
    complete.task ??= 'Palvelussuhteeseen liittyvien etuuksien hakeminen'
    complete.workplace ??= '12'
    const answered: Answers = {}
    const asked: string[] = []
    for (;;) {
      const value = applyAnswers(first, answered)
      const result = diagnose(value)
      const open = openQuestions(result, value)
      if (open.length === 0) break
      const next = open[0]!
      expect(result.questions.map((q) => q.id)).toContain(next)
      expect(asked).not.toContain(next)
      asked.push(next)
      Object.assign(answered, { [next]: complete[next] })
    }
    expect(asked.length).toBeLessThanOrEqual(11)
  }), { numRuns: 300 })
})
