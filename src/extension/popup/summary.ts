// "Copy for my administrator" and "Copy for support": a short text in the UI language (service,
// what happens, the diagnosis, findings, what to grant) plus the case as JSON that
// `npm run explain` accepts. Built only from the case and the engine's result, which hold no
// names or personal identity codes.
import { Case } from '../../core/contract/case.ts'
import type { Finding, Result } from '../../core/contract/result.ts'
import { KELA_SYMPTOMS, serviceName } from '../../core/knowledge/index.ts'
import type { Translate } from '../ui/i18n/index.ts'
import { sortFindings, verdictLine } from './diagnosis/verdict.ts'

export type Audience = 'admin' | 'support'

/** Findings the administrator (or the client, through them) has to act on. */
const forAdmin = (finding: Finding) => finding.fixedBy === 'organisation-admin' || finding.fixedBy === 'client'

function findingLines(finding: Finding, t: Translate, withSteps: boolean): string[] {
  const lines = [`- ${finding.title} (${t('fixedBy')} ${t(`fixer.${finding.fixedBy}`)})`]
  if (withSteps) finding.steps.forEach((step, i) => lines.push(`  ${i + 1}. ${step}`))
  return lines
}

/** The case exactly as the contract's schema accepts it (so `npm run explain` takes it as is). */
export function caseJson(value: Case): string {
  return JSON.stringify(Case.parse(value), null, 2)
}

/** @param t the translator of the case's language */
export function buildSummary(audience: Audience, value: Case, result: Result, t: Translate, questionsLeft = false): string {
  const lang = value.lang ?? 'fi'
  const service = result.service ?? value.service
  const happened = value.symptom ? KELA_SYMPTOMS[value.symptom].texts[lang] : value.page?.kind && value.page.kind !== 'none' ? t(`kind.${value.page.kind}`) : t('unknown')
  const lines = [
    t(audience === 'admin' ? 'summaryForAdmin' : 'summaryForSupport'),
    '',
    `${t('summaryService')}: ${service ? serviceName(service, lang).name : t('unknown')}`,
    `${t('summaryWhatHappened')}: ${happened}`,
    `${t('summaryVerdict')}: ${verdictLine(result, t, questionsLeft)}`,
    '',
  ]
  const sorted = sortFindings(result.findings)
  const grant = sorted.filter(forAdmin)
  if (audience === 'admin' && grant.length > 0) {
    lines.push(`${t('summaryToGrant')}:`, ...grant.flatMap((f) => findingLines(f, t, true)), '')
  }
  const rest = audience === 'admin' ? sorted.filter((f) => !forAdmin(f)) : sorted
  if (rest.length > 0 || result.findings.length === 0) {
    lines.push(`${t('summaryFindings')}:`)
    if (result.findings.length === 0) lines.push(t('summaryNoFindings'))
    lines.push(...rest.flatMap((f) => findingLines(f, t, audience === 'support')), '')
  }
  lines.push(t('summaryCase'), caseJson(value), '', t('summaryPrivacy'))
  return lines.join('\n')
}
