// The verdict in one line, and the order findings are shown in. Pure.
import { SEVERITIES, type Finding, type Result } from '../../../core/contract/result.ts'
import type { Translate } from '../../ui/i18n/index.ts'

/** Blocking first, then warning, advice, info; the engine's order within each. */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings
    .map((finding, index) => ({ finding, index }))
    .sort((a, b) => SEVERITIES.indexOf(a.finding.severity) - SEVERITIES.indexOf(b.finding.severity) || a.index - b.index)
    .map(({ finding }) => finding)
}

/**
 * @param questionsLeft whether the guided flow still has a question for an unknown verdict
 */
export function verdictLine(result: Result, t: Translate, questionsLeft: boolean): string {
  if (result.verdict === 'can-access') return t('verdictCanAccess')
  if (result.verdict === 'unknown') return t(questionsLeft ? 'verdictUnknown' : 'verdictUnknownDone')
  const blocking = result.findings.filter((f) => f.severity === 'blocking').length
  return blocking <= 1 ? t('verdictBlockingOne') : t('verdictBlockingMany', { count: blocking })
}
