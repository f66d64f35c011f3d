// A language pack: everything the diagnosis says in one language. lang/fi.ts, sv.ts and en.ts
// each export one; all.ts bundles the three for diagnose(), a page may import just one.
import type { Lang } from '../../contract/ids.ts'
import type { FindingId, QuestionId } from '../../contract/result.ts'
import type { RuleText } from '../rule.ts'
import type { Phrases } from '../text.ts'

export interface LanguagePack {
  lang: Lang
  phrases: Phrases
  /** Every rule's title, explanation and steps (the rule's logic is in ../rules/<id>.ts). */
  rules: Record<FindingId, RuleText>
  /** What the engine asks when the verdict is unknown (contract §2 `questions`). */
  questions: Record<QuestionId, string>
}
