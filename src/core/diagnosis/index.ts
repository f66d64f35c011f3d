// The diagnosis engine's public entry point: diagnose(case) -> result (contract §1-§3), in the
// case's language, with all three language packs bundled (the CLI, tests, the portfolio). The
// popup, which has a size budget, uses engine.ts's diagnoseIn with one pack loaded on demand.
import type { Case } from '../contract/case.ts'
import type { Result } from '../contract/result.ts'
import { diagnoseIn } from './engine.ts'
import { LANGUAGE_PACKS } from './lang/all.ts'

export { parseCase, parseCaseText, formatPath, type ParseResult } from './parse.ts'
export { RULES } from './rules/index.ts'
export { diagnoseIn, triage, type LanguagePack, type Triage } from './engine.ts'
export { LANGUAGE_PACKS } from './lang/all.ts'
export type { Rule, RuleText, Hit } from './rule.ts'

/**
 * Diagnose a schema-valid case (see `parseCase`). `now` defaults to the current time; pass it
 * for reproducible results. Findings come blocking first, then warnings, advice and info.
 */
export function diagnose(input: Case): Result {
  return diagnoseIn(input, LANGUAGE_PACKS[input.lang ?? 'fi'])
}
