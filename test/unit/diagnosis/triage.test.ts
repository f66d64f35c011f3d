// triage(case): diagnose()'s verdict, service and finding ids (with severities, in the same
// order) without the texts. The portfolio matrix uses it for thousands of cells, so it must agree
// with diagnose() everywhere: every scenario in each language, and every cell of portfolios
// with every kind of mandate situation.
import { describe, expect, test } from 'vitest'
import type { Case } from '../../../src/core/contract/case.ts'
import { LANGS } from '../../../src/core/contract/ids.ts'
import { diagnose, parseCase, triage } from '../../../src/core/diagnosis/index.ts'
import { buildMatrix } from '../../../src/core/portfolio/matrix/matrix.ts'
import { buildClientCase } from '../../../src/core/portfolio/matrix/client-case.ts'
import { demoPortfolio } from '../../e2e/harness/portfolio-data.ts'
import { loadExamples, loadScenarios } from './scenario-files.ts'

const cases: { name: string; case: Case }[] = [...loadScenarios(), ...loadExamples()].map((scenario) => {
  const parsed = parseCase(scenario.case)
  if (!parsed.ok) throw new Error(`${scenario.file}: ${parsed.errors.join('; ')}`)
  return { name: scenario.file, case: parsed.case }
})

const expected = (input: Case) => {
  const result = diagnose(input)
  return { verdict: result.verdict, service: result.service, findings: result.findings.map(({ id, severity }) => ({ id, severity })) }
}

describe('triage agrees with diagnose', () => {
  test('on enough cases to mean something', () => {
    expect(cases.length).toBeGreaterThanOrEqual(60)
    // Several findings, several severities: the order is tested, not only the set.
    expect(cases.filter((c) => new Set(diagnose(c.case).findings.map((f) => f.severity)).size >= 2).length).toBeGreaterThanOrEqual(5)
  })

  test.each(cases.map((c) => [c.name, c.case] as const))('%s, in every language', (_, input) => {
    for (const lang of LANGS) {
      const inLang = { ...input, lang }
      expect(triage(inLang)).toEqual(expected(inLang))
    }
  })

  test('on every cell of a 300-client portfolio with every kind of mandate situation', () => {
    const now = new Date('2026-03-02T07:00:00Z')
    const portfolio = demoPortfolio(300, '2026-03-02')
    portfolio.firm.services = ['employer', 'occupational-health', 'kelmu']
    const seen = new Set<string>()
    for (const client of portfolio.clients) {
      for (const service of portfolio.firm.services) {
        const input = buildClientCase(client, portfolio.firm, service, { now, lang: 'fi' })
        const result = triage(input)
        expect(result).toEqual(expected(input))
        seen.add(`${result.verdict} ${result.findings.map((f) => f.id).join(',')}`)
      }
    }
    // The demo list covers many outcomes, not one repeated.
    expect(seen.size).toBeGreaterThanOrEqual(6)
    // And so the matrix built on triage (its default) is the matrix built on diagnose.
    for (const lang of LANGS) expect(buildMatrix(portfolio, { now, lang })).toEqual(buildMatrix(portfolio, { now, lang }, diagnose))
  })
})
