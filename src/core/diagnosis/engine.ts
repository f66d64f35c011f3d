// The diagnosis itself, in the language of the pack it is given: diagnoseIn(case, pack) ->
// result (contract §1-§3); triage(case) gives the same verdict and finding ids without the
// texts. Pure: the same case (with `now`) always gives the same result. Rules are data plus a
// predicate, one file each under rules/; the verdict follows from the findings
// and the chain. index.ts's diagnose(case) picks the pack by case.lang; a page that shows one
// language at a time imports this module and loads only that language's pack (lang/<lang>.ts).
import type { Case } from '../contract/case.ts'
import type { ServiceId } from '../contract/ids.ts'
import { QUESTION_IDS, SEVERITIES, type Finding, type FindingId, type Result, type Severity, type Verdict } from '../contract/result.ts'
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

/** The findings' ids and severities without their texts, and the verdict they give. */
export interface Triage {
  verdict: Verdict
  service: ServiceId | null
  /** In the order of diagnoseIn's findings: blocking first, then warnings, advice and info. */
  findings: { id: FindingId; severity: Severity }[]
}

interface Decision {
  a: Analysis
  verdict: Verdict
  /** Each finding's rule and hit, sorted as the result lists them. */
  fired: { rule: Rule; hit: Hit }[]
}

/** The rules run over the analysis of the case: what diagnoseIn and triage share. */
function decide(input: Case): Decision {
  const nowMs = input.now === undefined ? Date.now() : Date.parse(input.now)
  const a = analyse(input, nowMs)
  const fired: { rule: Rule; hit: Hit }[] = []
  const ids = new Set<FindingId>()
  for (const rule of RULES) {
    const hits = rule.fires(a, ids)
    if (hits.length === 0) continue
    ids.add(rule.id)
    for (const hit of hits) fired.push({ rule, hit })
  }
  // A stable sort: within a severity, the rules' order.
  fired.sort((x, y) => SEVERITY_ORDER.get(x.rule.severity)! - SEVERITY_ORDER.get(y.rule.severity)!)
  let verdict: Verdict
  if (fired.some(({ rule }) => rule.severity === 'blocking')) verdict = 'cannot-access'
  else if (a.chain === 'complete' && !a.openIdentity && !a.chainAssumed) verdict = 'can-access'
  else verdict = 'unknown'
  return { a, verdict, fired }
}

/**
 * Diagnose a schema-valid case (see `parseCase`) with the texts of `pack`, which must be the
 * pack of the case's language (default fi). `now` defaults to the current time; pass it for
 * reproducible results. Findings come blocking first, then warnings, advice and info.
 */
export function diagnoseIn(input: Case, pack: LanguagePack): Result {
  const lang = input.lang ?? 'fi'
  if (pack.lang !== lang) throw new Error(`the case is in ${lang}, the language pack in ${pack.lang}`)
  const { a, verdict, fired } = decide(input)
  const base = fired.length > 0 ? baseContext(a, lang, pack.phrases) : undefined
  const findings = fired.map(({ rule, hit }) => render(rule, hit, a, base!, pack))
  const questions = verdict === 'unknown'
    ? QUESTION_IDS.filter((id) => a.questions.has(id)).map((id) => ({ id, text: pack.questions[id] }))
    : []
  return { verdict, service: a.service, findings, questions }
}

/**
 * diagnoseIn's verdict, service and finding ids (with severities, in the same order) without
 * writing any text: for callers that need only those, such as the portfolio matrix, which
 * diagnoses thousands of cases and shows a cell's texts only when the user opens its client.
 * Any language; `now` as in diagnoseIn.
 */
export function triage(input: Case): Triage {
  const { a, verdict, fired } = decide(input)
  return { verdict, service: a.service, findings: fired.map(({ rule }) => ({ id: rule.id, severity: rule.severity })) }
}
