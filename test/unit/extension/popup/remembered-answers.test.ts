// Answers remembered per organisation: only organisation facts and mandates, validated on the
// way in and out, never wiping what is stored when it does not validate.
import { expect, test } from 'vitest'
import { memoryStore } from '../../../../src/extension/ui/env.ts'
import {
  answersKey, forgetOrganisation, LAST_ORGANISATION_KEY, lastOrganisation, mergeRemembered, rememberAnswers, rememberedAnswers,
} from '../../../../src/extension/popup/remembered-answers.ts'
import type { Answers } from '../../../../src/extension/popup/guided/answers.ts'

const ORG = '0913909-2'
const mandate = { holder: 'me' as const, mandator: ORG, type: 'asiointivaltuus' as const, themes: ['Palvelussuhteeseen liittyvien etuuksien hakeminen'] }
const everything: Answers = {
  service: 'employer', 'acting-for': 'own', 'organisation-type': 'company', mandates: [mandate],
  symptom: 'cannot-enter', identification: 'strong', 'identity-code': 'finnish', 'register-role': 'ceo',
  'client-business-id': '9603082-8', task: 'x', workplace: '12',
}

test('stores only the organisation facts and mandates, under the Y-tunnus, and reads them back', async () => {
  const store = memoryStore()
  await rememberAnswers(store, ORG, everything)
  expect(store.data.get(answersKey(ORG))).toEqual({
    version: 1, answers: { service: 'employer', 'acting-for': 'own', 'organisation-type': 'company', mandates: [mandate] },
  })
  expect(store.data.get(LAST_ORGANISATION_KEY)).toBe(ORG)
  expect(await lastOrganisation(store)).toBe(ORG)
  expect(await rememberedAnswers(store, ORG)).toEqual({ service: 'employer', 'acting-for': 'own', 'organisation-type': 'company', mandates: [mandate] })
})

test('corrupted or foreign data is ignored and left in place', async () => {
  const junk = { version: 1, answers: { service: 'nope', name: 'Matti Meikäläinen' } }
  const store = memoryStore({ [answersKey(ORG)]: junk, [LAST_ORGANISATION_KEY]: '1234567-8' })
  expect(await rememberedAnswers(store, ORG)).toEqual({})
  expect(store.data.get(answersKey(ORG))).toBe(junk)
  expect(await lastOrganisation(store)).toBeUndefined()
})

test('forgetting removes the organisation and the last-used pointer to it', async () => {
  const store = memoryStore()
  await rememberAnswers(store, ORG, everything)
  await forgetOrganisation(store, ORG)
  expect([...store.data.keys()]).toEqual([])
})

test('remembered answers fill only what the page and this session do not know', () => {
  const merged = mergeRemembered(
    { version: 1, service: 'kelmu' },
    { 'acting-for': 'client' },
    { service: 'employer', 'acting-for': 'own', 'organisation-type': 'municipality', mandates: [] },
  )
  expect(merged).toEqual({ 'acting-for': 'client', 'organisation-type': 'municipality', mandates: [] })
})
