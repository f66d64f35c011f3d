// Every scenario (test/scenarios/*.json, the contract's {about, case, expect} format) through
// diagnose(): the verdict, the findings that must fire and those that must not, the questions.
// Then the same case in all three languages: every text is filled in.
import { describe, expect, test } from 'vitest'
import type { Case } from '../../../src/core/contract/case.ts'
import { LANGS } from '../../../src/core/contract/ids.ts'
import { diagnose, parseCase } from '../../../src/core/diagnosis/index.ts'
import { checkExpectation, loadExamples, loadScenarios, type Scenario } from './scenario-files.ts'

const scenarios = loadScenarios()

function parsed(scenario: Scenario): Case {
  const result = parseCase(scenario.case)
  if (!result.ok) throw new Error(`${scenario.file}: invalid case: ${result.errors.join('; ')}`)
  return result.case
}


describe('scenario catalogue', () => {
  test('has at least 60 scenarios', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(60)
  })
  test('covers all three languages', () => {
    for (const lang of LANGS) expect(scenarios.filter((s) => (s.case as { lang?: string }).lang === lang).length).toBeGreaterThanOrEqual(15)
  })
  test('has cases with several blocking findings at once', () => {
    expect(scenarios.filter((s) => s.expect.findings.length >= 2 && s.expect.verdict === 'cannot-access').length).toBeGreaterThanOrEqual(5)
  })
})

describe.each(scenarios.map((s) => [s.file, s] as const))('%s', (_, scenario) => {
  test('gives the expected result', () => {
    checkExpectation(scenario, diagnose(parsed(scenario)))
  })
  test.each([...LANGS])('texts are complete in %s', (lang) => {
    const result = diagnose({ ...parsed(scenario), lang })
    for (const finding of result.findings) {
      const texts = [finding.title, finding.explanation, ...finding.steps, ...finding.links.map((l) => l.label)]
      for (const text of texts) {
        expect(text.trim().length, finding.id).toBeGreaterThan(0)
        expect(text, finding.id).not.toMatch(/undefined|NaN|\[object|\bnull\b|\$\{|\s[,.:;]|\(\)|””|“”/)
      }
      expect(finding.steps.length).toBeGreaterThan(0)
      for (const link of finding.links) expect(link.url).toMatch(/^(https:\/\/|mailto:)/)
      for (const source of finding.sources) expect(source).toMatch(/^https?:\/\//)
    }
    for (const question of result.questions) expect(question.text.length).toBeGreaterThan(10)
  })
})

describe('the contract examples, in process', () => {
  test.each(loadExamples().map((s) => [s.file, s] as const))('%s', (_, scenario) => {
    checkExpectation(scenario, diagnose(parsed(scenario)))
  })
})
