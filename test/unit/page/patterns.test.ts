// The detection patterns are data: canonical (format(parse(text)) === text), sorted, valid, and
// honest: every line is needed by some fixture (without it, a fixture classifies differently)
// and every phrase occurs in some fixture.
import { describe, expect, test } from 'vitest'
import { classifyPage } from '../../../src/core/page/classify.ts'
import { checkPatterns, PatternError } from '../../../src/core/page/pattern-check.ts'
import { formatPattern, formatPatterns, parsePatterns, SOURCES, type Pattern } from '../../../src/core/page/pattern-format.ts'
import { PAGE_PATTERNS } from '../../../src/core/page/patterns.ts'
import { readSignals } from '../../../src/core/page/signals.ts'
import { allFixtures } from '../../fixtures/fixture-pages.ts'
import { fixtureDocument } from '../../fixtures/fixture-dom.ts'

const patterns = checkPatterns(PAGE_PATTERNS)
const pages = allFixtures().map((fixture) => {
  const doc = fixtureDocument(fixture)
  const input = { doc, url: fixture.url, status: fixture.status }
  return { fixture, input, signals: readSignals(input) }
})
const outcome = (input: (typeof pages)[number]['input'], with_: Pattern[]) => {
  const { kind, service } = classifyPage(input, with_)
  return { kind, service }
}

describe('the pattern text', () => {
  test('is valid by every rule of the format', () => {
    expect(patterns.length).toBeGreaterThan(10)
  })
  test('round-trips: format(parse(text)) === text', () => {
    expect(formatPatterns(checkPatterns(PAGE_PATTERNS))).toBe(PAGE_PATTERNS)
  })
  test('the lean parser of the content script reads it exactly as the strict one', () => {
    expect(parsePatterns(PAGE_PATTERNS)).toEqual(patterns)
  })
  test('lines are sorted and unique', () => {
    const lines = PAGE_PATTERNS.trimEnd().split('\n')
    expect([...lines].sort()).toEqual(lines)
    expect(new Set(lines).size).toBe(lines.length)
  })
  test('the built-in patterns are what classifyPage uses by default', () => {
    for (const { fixture, input } of pages) expect(outcome(input, patterns), fixture.file).toEqual({ kind: fixture.kind, service: fixture.service })
  })
})

describe.each(patterns.map((pattern) => [formatPattern(pattern).slice(0, 90), pattern] as const))('pattern %s', (_, pattern) => {
  test('is needed: without it some fixture classifies differently', () => {
    const without = patterns.filter((other) => other !== pattern)
    const changed = pages.filter(({ fixture, input }) => {
      const result = outcome(input, without)
      return result.kind !== fixture.kind || result.service !== fixture.service
    })
    expect(changed.map(({ fixture }) => fixture.file)).not.toEqual([])
  })

  test.each(pattern.phrases)('phrase "%s" occurs in some fixture', (phrase) => {
    const sources = SOURCES.filter((source) => pattern.weights[source] !== undefined)
    const found = pages.some(({ signals }) => sources.some((source) => {
      if (source === 'url') return phrase.startsWith('^') ? signals.url.startsWith(phrase.slice(1)) : signals.url.includes(phrase)
      return signals[source].includes(phrase.endsWith('*') ? ` ${phrase.slice(0, -1)}` : ` ${phrase} `)
    }))
    expect(found).toBe(true)
  })
})

describe('the strict reader rejects, naming the line', () => {
  test.each([
    ['an unknown target', 'no-acces heading=3 ei kayttooikeutta\n', /line 1: unknown target/],
    ['an unknown source', 'no-access body=3 ei kayttooikeutta\n', /unknown source "body"/],
    ['a zero weight', 'no-access heading=0 ei kayttooikeutta\n', /whole number from -9 to 9/],
    ['a phrase with diacritics', 'no-access heading=3 ei käyttöoikeutta\n', /not in the words syntax/],
    ['a phrase in capitals', 'no-access heading=3 Ei kayttooikeutta\n', /not in the words syntax/],
    ['url mixed with words', 'no-access url=1,heading=3 ^asiointi.kela.fi/\n', /cannot share a line/],
    ['a context on words', 'info-page heading=-2 ohje\n', /context is told from the url only/],
    ['a service told from text', 'service:kelmu text=1 kelmu\n', /url, title and headings only/],
    ['a bad status', 'service-error status=3 5x\n', /not in the status syntax/],
    ['a repeated phrase', 'no-access heading=3 a b; a b\n', /repeated/],
    ['a missing newline at the end', 'no-access heading=3 a b', /end with a newline/],
    ['a second bad line', 'no-access heading=3 a b\nno-access\n', /line 2/],
  ])('%s', (_, text, message) => {
    expect(() => checkPatterns(text)).toThrow(PatternError)
    expect(() => checkPatterns(text)).toThrow(message)
  })
})
