// A finding rule is data (id, severity, who fixes it, sources, links) plus one small predicate
// over the analysis. One rule per file under rules/, named by its finding id; its texts in fi, sv
// and en are in lang/<lang>.ts under the same id.
import type { Certainty, FindingId, Fixer, Severity } from '../contract/result.ts'
import type { Analysis } from './analyse.ts'
import type { HitParams, LinkKey, TextContext } from './text.ts'

export interface RuleText {
  title: (c: TextContext) => string
  explanation: (c: TextContext) => string
  steps: (c: TextContext) => string[]
}

/** One occurrence of a finding: how sure we are, and what the texts should name. */
export interface Hit extends HitParams {
  certainty: Certainty
  /** Who fixes this occurrence when it differs from the rule's default (e.g. the client). */
  fixedBy?: Fixer
}

export interface Rule {
  id: FindingId
  severity: Severity
  /** Who can fix it, by default. */
  fixedBy: Fixer
  /** Where the rule comes from (kela.fi, suomi.fi, dvv.fi pages). */
  sources: readonly string[]
  links: readonly LinkKey[]
  /**
   * The occurrences of the finding in this case (usually zero or one). `fired` holds the ids
   * of the rules before this one that fired, for rules that only apply when nothing else did.
   */
  fires: (a: Analysis, fired: ReadonlySet<FindingId>) => Hit[]
}

export const certain: Hit = { certainty: 'certain' }
export const likely: Hit = { certainty: 'likely' }
