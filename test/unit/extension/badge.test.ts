import { describe, expect, test } from 'vitest'
import { PAGE_KINDS, type FailureKind } from '../../../src/core/contract/ids.ts'
import { badgeFor } from '../../../src/extension/background/badge.ts'
import type { TabState } from '../../../src/extension/protocol.ts'

const FAILURES = PAGE_KINDS.filter((kind): kind is FailureKind => kind !== 'none')
const state = (kind: TabState['kind']): TabState => ({ kind, service: null, lang: 'fi', evidence: [], url: 'https://www.kela.fi/', at: 0 })

/** WCAG 2.1 contrast ratio of a #rrggbb colour against white. */
function contrastWithWhite(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  }
  const luminance = 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2)
  return 1.05 / (luminance + 0.05)
}

test('no state, or nothing failed: no badge text', () => {
  expect(badgeFor(null, 'fi').text).toBe('')
  expect(badgeFor(state('none'), 'fi').text).toBe('')
})

describe.each(FAILURES)('%s', (kind) => {
  test('short text, a colour that carries white text (≥ 4.5:1)', () => {
    const badge = badgeFor(state(kind), 'fi')
    expect(badge.text.length).toBeGreaterThan(0)
    expect(badge.text.length).toBeLessThanOrEqual(3)
    expect(contrastWithWhite(badge.color)).toBeGreaterThanOrEqual(4.5)
  })
  test.each([['fi', 'fi-FI'], ['sv', 'sv-FI'], ['en', 'en-GB']])('a title in %s that says what was found', (_, ui) => {
    const title = badgeFor(state(kind), ui).title
    expect(title).toMatch(/^Valtuusapu: \S/)
    expect(title).not.toContain(kind)
  })
})

test('every failure kind has its own colour, and titles differ by language', () => {
  const colours = FAILURES.map((kind) => badgeFor(state(kind), 'fi').color)
  expect(new Set(colours).size).toBe(FAILURES.length)
  expect(colours).not.toContain(badgeFor(null, 'fi').color)
  for (const kind of FAILURES) {
    const titles = ['fi', 'sv', 'en'].map((ui) => badgeFor(state(kind), ui).title)
    expect(new Set(titles).size).toBe(3)
  }
  expect(badgeFor(state('no-access'), 'de-DE').title).toBe(badgeFor(state('no-access'), 'fi').title)
})
