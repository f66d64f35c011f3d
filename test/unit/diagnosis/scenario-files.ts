// Loads the scenario cases (test/scenarios/*.json) and the contract's examples
// (test/contract-examples/*.json, copies of ../shared/contract/examples): {about, case, expect}.
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { expect } from 'vitest'
import { z } from 'zod'
import type { Result } from '../../../src/core/contract/result.ts'
import { FINDING_IDS, QUESTION_IDS, VERDICTS } from '../../../src/core/contract/result.ts'
import { SERVICE_IDS } from '../../../src/core/contract/ids.ts'

export const Scenario = z.strictObject({
  about: z.string().min(10),
  case: z.unknown(),
  expect: z.strictObject({
    verdict: z.enum(VERDICTS),
    findings: z.array(z.enum(FINDING_IDS)),
    absent: z.optional(z.array(z.enum(FINDING_IDS))),
    questions: z.optional(z.array(z.enum(QUESTION_IDS))),
    service: z.optional(z.nullable(z.enum(SERVICE_IDS))),
  }),
})
export type Scenario = z.infer<typeof Scenario> & { file: string }

function load(dir: string): Scenario[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => ({ ...Scenario.parse(JSON.parse(readFileSync(join(dir, name), 'utf8'))), file: name }))
}

export const SCENARIO_DIR = 'test/scenarios'
export const EXAMPLE_DIR = 'test/contract-examples'
export const loadScenarios = (): Scenario[] => load(SCENARIO_DIR)
export const loadExamples = (): Scenario[] => load(EXAMPLE_DIR)

/** The scenario's expectation against a result: verdict, findings present and absent, questions, service. */
export function checkExpectation(scenario: Scenario, result: Result) {
  const ids = result.findings.map((finding) => finding.id)
  expect(result.verdict, scenario.about).toBe(scenario.expect.verdict)
  for (const id of scenario.expect.findings) expect(ids, `${id} should fire`).toContain(id)
  for (const id of scenario.expect.absent ?? []) expect(ids, `${id} must not fire`).not.toContain(id)
  const questions = result.questions.map((question) => question.id)
  for (const id of scenario.expect.questions ?? []) expect(questions, `question ${id}`).toContain(id)
  if (scenario.expect.service !== undefined) expect(result.service).toBe(scenario.expect.service)
}
