import { expect, test } from 'vitest'
import { badgeFor } from '../../../src/extension/background/badge.ts'
import type { TabState } from '../../../src/extension/protocol.ts'

const state: TabState = { kind: 'no-access', service: null, lang: 'fi', evidence: [], url: 'https://www.kela.fi/', at: 0 }

test('no state: no badge text', () => {
  expect(badgeFor(null, 'fi').text).toBe('')
})
test('a failure: short text, a distinct colour and a title that says what was found', () => {
  const badge = badgeFor(state, 'en-GB')
  expect(badge.text).toBe('!')
  expect(badge.color).not.toBe(badgeFor(null, 'en').color)
  expect(badge.title).toContain('no-access')
})
