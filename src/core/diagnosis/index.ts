// The diagnosis engine's public entry point: diagnose(case) -> result (contract §1-§3).
// PLACEHOLDER until issue 3 lands: it answers "unknown" for every case so that the popup and the
// portfolio can be built against the real signature. Issue 3 replaces this file's body.
import type { Case } from '../contract/case.ts'
import type { Result } from '../contract/result.ts'

export function diagnose(input: Case): Result {
  return { verdict: 'unknown', service: input.service ?? null, findings: [], questions: [] }
}
