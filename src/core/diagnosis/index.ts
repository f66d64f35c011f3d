// The diagnosis engine's public entry point: diagnose(case) -> result (contract §1-§3). Pure:
// the same case (with `now`) always gives the same result. Rules are data plus a predicate,
// one file each under rules/; the verdict follows from the findings and the chain.
import type { Case } from '../contract/case.ts'
import { QUESTION_IDS, SEVERITIES, type Finding, type FindingId, type Result, type Verdict } from '../contract/result.ts'
import { analyse, type Analysis } from './analyse.ts'
import { QUESTION_TEXTS } from './questions.ts'
import type { Hit, Rule } from './rule.ts'
import { RULES } from './rules/index.ts'
import { baseContext, forHit, renderLinks, type TextContext } from './text.ts'

export { parseCase, parseCaseText, formatPath, type ParseResult } from './parse.ts'
export { RULES } from './rules/index.ts'
export type { Rule, RuleText, Hit } from './rule.ts'

function render(rule: Rule, hit: Hit, a: Analysis, base: TextContext): Finding {
  const lang = base.lang
  const c = forHit(base, hit)
  const text = rule.text[lang]
  return {
    id: rule.id,
    severity: rule.severity,
    certainty: hit.certainty,
    fixedBy: hit.fixedBy ?? rule.fixedBy,
    title: text.title(c),
    explanation: text.explanation(c),
    steps: text.steps(c),
    links: renderLinks(rule.links, a, lang),
    sources: [...rule.sources],
  }
}

const SEVERITY_ORDER = new Map(SEVERITIES.map((severity, index) => [severity, index]))

/**
 * Diagnose a schema-valid case (see `parseCase`). `now` defaults to the current time; pass it
 * for reproducible results. Findings come blocking first, then warnings, advice and info.
 */
export function diagnose(input: Case): Result {
  const nowMs = input.now === undefined ? Date.now() : Date.parse(input.now)
  const a = analyse(input, nowMs)
  const lang = input.lang ?? 'fi'
  const findings: Finding[] = []
  const fired = new Set<FindingId>()
  let base: TextContext | undefined
  for (const rule of RULES) {
    const hits = rule.fires(a, fired)
    if (hits.length === 0) continue
    fired.add(rule.id)
    base ??= baseContext(a, lang)
    for (const hit of hits) findings.push(render(rule, hit, a, base))
  }
  findings.sort((x, y) => SEVERITY_ORDER.get(x.severity)! - SEVERITY_ORDER.get(y.severity)!)
  let verdict: Verdict
  if (findings.some((finding) => finding.severity === 'blocking')) verdict = 'cannot-access'
  else if (a.chain === 'complete' && !a.openIdentity && !a.chainAssumed) verdict = 'can-access'
  else verdict = 'unknown'
  const questions = verdict === 'unknown'
    ? QUESTION_IDS.filter((id) => a.questions.has(id)).map((id) => ({ id, text: QUESTION_TEXTS[lang][id] }))
    : []
  return { verdict, service: a.service, findings, questions }
}
