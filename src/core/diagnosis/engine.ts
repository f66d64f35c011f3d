// The diagnosis itself, in the language of the pack it is given: diagnoseIn(case, pack) ->
// result (contract §1-§3). Pure: the same case (with `now`) always gives the same result. Rules
// are data plus a predicate, one file each under rules/; the verdict follows from the findings
// and the chain. index.ts's diagnose(case) picks the pack by case.lang; a page that shows one
// language at a time imports this module and loads only that language's pack (lang/<lang>.ts).
import type { Case } from '../contract/case.ts'
import { QUESTION_IDS, SEVERITIES, type Finding, type FindingId, type Result, type Verdict } from '../contract/result.ts'
import { analyse, type Analysis } from './analyse.ts'
import type { LanguagePack } from './lang/pack.ts'
import type { Hit, Rule } from './rule.ts'
import { RULES } from './rules/index.ts'
import { baseContext, forHit, renderLinks, type TextContext } from './text.ts'

export type { LanguagePack } from './lang/pack.ts'

function render(rule: Rule, hit: Hit, a: Analysis, base: TextContext, pack: LanguagePack): Finding {
  const c = forHit(base, pack.phrases, hit)
  const text = pack.rules[rule.id]
  return {
    id: rule.id,
    severity: rule.severity,
    certainty: hit.certainty,
    fixedBy: hit.fixedBy ?? rule.fixedBy,
    title: text.title(c),
    explanation: text.explanation(c),
    steps: text.steps(c),
    links: renderLinks(rule.links, a, pack.lang, pack.phrases),
    sources: [...rule.sources],
  }
}

const SEVERITY_ORDER = new Map(SEVERITIES.map((severity, index) => [severity, index]))

/**
 * Diagnose a schema-valid case (see `parseCase`) with the texts of `pack`, which must be the
 * pack of the case's language (default fi). `now` defaults to the current time; pass it for
 * reproducible results. Findings come blocking first, then warnings, advice and info.
 */
export function diagnoseIn(input: Case, pack: LanguagePack): Result {
  const lang = input.lang ?? 'fi'
  if (pack.lang !== lang) throw new Error(`the case is in ${lang}, the language pack in ${pack.lang}`)
  const nowMs = input.now === undefined ? Date.now() : Date.parse(input.now)
  const a = analyse(input, nowMs)
  const findings: Finding[] = []
  const fired = new Set<FindingId>()
  let base: TextContext | undefined
  for (const rule of RULES) {
    const hits = rule.fires(a, fired)
    if (hits.length === 0) continue
    fired.add(rule.id)
    base ??= baseContext(a, lang, pack.phrases)
    for (const hit of hits) findings.push(render(rule, hit, a, base, pack))
  }
  findings.sort((x, y) => SEVERITY_ORDER.get(x.severity)! - SEVERITY_ORDER.get(y.severity)!)
  let verdict: Verdict
  if (findings.some((finding) => finding.severity === 'blocking')) verdict = 'cannot-access'
  else if (a.chain === 'complete' && !a.openIdentity && !a.chainAssumed) verdict = 'can-access'
  else verdict = 'unknown'
  const questions = verdict === 'unknown'
    ? QUESTION_IDS.filter((id) => a.questions.has(id)).map((id) => ({ id, text: pack.questions[id] }))
    : []
  return { verdict, service: a.service, findings, questions }
}
