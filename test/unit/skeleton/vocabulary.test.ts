// The committed vocabulary is what scripts/skeleton/vocabulary-sources.ts makes from its sources
// (run `npm run skeleton-vocabulary` after changing a source), sorted and without duplicates, and
// it keeps every word the page-detection patterns need.
import { expect, test } from 'vitest'
import { PAGE_PATTERNS } from '../../../src/core/page/patterns.ts'
import { inVocabulary } from '../../../src/core/skeleton/redact.ts'
import { SKELETON_VOCABULARY } from '../../../src/core/skeleton/vocabulary.ts'
import { buildVocabulary } from '../../../scripts/skeleton/vocabulary-sources.ts'

test('the committed vocabulary is the generated one', () => {
  expect(SKELETON_VOCABULARY, 'run npm run skeleton-vocabulary after changing the patterns, the knowledge base or the fixtures').toEqual(buildVocabulary())
})

test('sorted, unique, lower-case letters only', () => {
  expect([...SKELETON_VOCABULARY]).toEqual([...new Set(SKELETON_VOCABULARY)].sort())
  expect(SKELETON_VOCABULARY.filter((word) => !/^[a-z]+$/.test(word))).toEqual([])
})

test('every word of every detection pattern is kept', () => {
  // Text patterns only: url and status patterns match the address and the HTTP status.
  const textLines = PAGE_PATTERNS.trim().split('\n').filter((line) => !/^(url|status)=/.test(line.split(' ')[1] ?? ''))
  const phrases = textLines.flatMap((line) => line.split(' ').slice(2).join(' ').split(';'))
  const words = phrases.flatMap((phrase) => phrase.replace(/[\^*]/g, '').split(/[^a-z]+/)).filter(Boolean)
  expect(words.filter((word) => !inVocabulary(word))).toEqual([])
})
