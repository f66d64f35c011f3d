import { expect, test } from 'vitest'
import type { Mandate } from '../../../src/core/contract/case.ts'
import { mandateKey, mergeMandates } from '../../../src/extension/lib/mandate-merge.ts'

const a: Mandate = { holder: 'me', mandator: '5908301-5', type: 'asiointivaltuus', themes: ['A', 'B'], validUntil: '2028-12-31', status: 'valid' }
const b: Mandate = { holder: 'my-organisation', mandator: '6613186-3', type: 'asiointivaltuus', themes: ['C'] }

test('the same mandate is one, whatever the order of its themes and restrictions', () => {
  expect(mandateKey({ ...a, themes: ['B', 'A'] })).toBe(mandateKey(a))
  expect(mandateKey({ ...a, restrictions: { businessIds: ['9603082-8', '0913909-2'] } }))
    .toBe(mandateKey({ ...a, restrictions: { businessIds: ['0913909-2', '9603082-8'] } }))
  expect(mandateKey({ ...a, validUntil: '2029-12-31' })).not.toBe(mandateKey(a))
})

test('merging keeps what was stored and adds only new mandates, once', () => {
  expect(mergeMandates([a], [{ ...a, themes: ['B', 'A'] }, b, b])).toEqual([a, b])
})
