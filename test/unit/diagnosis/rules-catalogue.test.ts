// Keeps the rule catalogue honest: one file per finding id of the contract, each rule with the
// contract's severity, texts in fi/sv/en, at least one source URL, and at least one scenario
// where it fires and one where it must not (scenarios.test.ts checks those scenarios).
import { readdirSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { LANGS } from '../../../src/core/contract/ids.ts'
import { BLOCKING_FINDING_IDS, FINDING_IDS, FIXERS, type FindingId, type Severity } from '../../../src/core/contract/result.ts'
import { LANGUAGE_PACKS, RULES, diagnoseIn } from '../../../src/core/diagnosis/index.ts'
import type { Rule } from '../../../src/core/diagnosis/rule.ts'
import { LINK_KEYS } from '../../../src/core/diagnosis/text.ts'
import { loadScenarios } from './scenario-files.ts'

const RULE_DIR = 'src/core/diagnosis/rules'

/** The non-blocking severities of the contract's table (../shared/contract/diagnosis.md §3). */
const CONTRACT_SEVERITY: Record<Exclude<FindingId, (typeof BLOCKING_FINDING_IDS)[number]>, Severity> = {
  'expires-soon': 'warning',
  'acts-by-register-role': 'info',
  'grant-via-officer-service': 'advice',
  'kuntayhtyma-mandate-to-person': 'advice',
  'contact-kela-support': 'info',
  'service-error': 'info',
}
const severityOf = (id: FindingId): Severity =>
  (BLOCKING_FINDING_IDS as readonly string[]).includes(id) ? 'blocking' : CONTRACT_SEVERITY[id as keyof typeof CONTRACT_SEVERITY]

const scenarios = loadScenarios()
const RULE_MODULES = import.meta.glob<{ rule: Rule }>('../../../src/core/diagnosis/rules/*.ts', { eager: true })

test('the rules folder holds exactly one file per finding id, plus the index', () => {
  const files = readdirSync(RULE_DIR).sort()
  expect(files).toEqual([...FINDING_IDS.map((id) => `${id}.ts`), 'index.ts'].sort())
})

test('the catalogue lists every finding id once, in the contract\'s order', () => {
  expect(RULES.map((rule) => rule.id)).toEqual([...FINDING_IDS])
})

test('each language pack has texts for exactly the catalogue\'s rules, and is refused for a case in another language', () => {
  for (const lang of LANGS) {
    expect(LANGUAGE_PACKS[lang].lang).toBe(lang)
    expect(Object.keys(LANGUAGE_PACKS[lang].rules).sort()).toEqual([...FINDING_IDS].sort())
  }
  expect(() => diagnoseIn({ version: 1, lang: 'sv' }, LANGUAGE_PACKS.fi)).toThrow('the case is in sv, the language pack in fi')
  expect(() => diagnoseIn({ version: 1 }, LANGUAGE_PACKS.en)).toThrow('the case is in fi')
})

describe.each([...FINDING_IDS])('%s', (id) => {
  test('its file exports the rule with that id', () => {
    const module = RULE_MODULES[`../../../${RULE_DIR}/${id}.ts`]
    expect(module?.rule.id).toBe(id)
    expect(RULES).toContain(module?.rule)
  })
  const rule = RULES.find((r) => r.id === id)!
  test('has the contract\'s severity and a known fixer', () => {
    expect(rule.severity).toBe(severityOf(id))
    expect(FIXERS).toContain(rule.fixedBy)
  })
  test('cites at least one source URL, each once', () => {
    expect(rule.sources.length).toBeGreaterThan(0)
    for (const source of rule.sources) expect(source).toMatch(/^https?:\/\/[a-z0-9.-]+\.[a-z]{2,}\//)
    expect(new Set(rule.sources).size).toBe(rule.sources.length)
  })
  test('has title, explanation and steps in fi, sv and en, and known links', () => {
    for (const lang of LANGS) {
      const text = LANGUAGE_PACKS[lang].rules[id]
      expect(typeof text.title).toBe('function')
      expect(typeof text.explanation).toBe('function')
      expect(typeof text.steps).toBe('function')
    }
    for (const key of rule.links) expect(LINK_KEYS).toContain(key)
  })
  test('fires in at least one scenario and must not fire in at least one other', () => {
    expect(scenarios.filter((s) => s.expect.findings.includes(id)).map((s) => s.file)).not.toEqual([])
    expect(scenarios.filter((s) => s.expect.absent?.includes(id)).map((s) => s.file)).not.toEqual([])
  })
  test('its texts are rendered in every language by some scenario', () => {
    // scenarios.test.ts renders every scenario in fi, sv and en; this checks one exercises the rule.
    expect(scenarios.some((s) => s.expect.findings.includes(id))).toBe(true)
  })
})
