// The diagnosis: the verdict in one line, then the findings, blocking ones first.
import { useEffect } from 'preact/hooks'
import type { Result } from '../../../core/contract/result.ts'
import { useI18n } from '../../ui/i18n/index.ts'
import { FindingCard } from './FindingCard.tsx'
import { sortFindings, verdictLine } from './verdict.ts'

/** The performance mark the popup sets once a diagnosis is on screen (bench/popup.bench.ts reads it). */
export const DIAGNOSIS_SHOWN_MARK = 'valtuusapu:diagnosis-shown'

export function DiagnosisView({ result, questionsLeft, runs }: { result: Result; questionsLeft: boolean; runs: number }) {
  const { t } = useI18n()
  const sorted = sortFindings(result.findings)
  const blocking = sorted.filter((f) => f.severity === 'blocking')
  const others = sorted.filter((f) => f.severity !== 'blocking')
  useEffect(() => {
    if (performance.getEntriesByName(DIAGNOSIS_SHOWN_MARK).length === 0) performance.mark(DIAGNOSIS_SHOWN_MARK)
    document.documentElement.dataset.diagnosis = 'shown'
  }, [])
  return (
    <section class="diagnosis" aria-labelledby="diagnosis-heading" data-testid="diagnosis" data-verdict={result.verdict} data-runs={runs}>
      <h2 id="diagnosis-heading">{t('diagnosisHeading')}</h2>
      <p class={`verdict verdict-${result.verdict}`} role="status" data-testid="verdict">
        {verdictLine(result, t, questionsLeft)}
      </p>
      {blocking.length > 0 && (
        <>
          <h3 class="findings-heading">{t('findingsHeading')}</h3>
          <ol class="findings">{blocking.map((f, i) => <FindingCard key={`${f.id}-${i}`} finding={f} index={i} />)}</ol>
        </>
      )}
      {others.length > 0 && (
        <>
          <h3 class="findings-heading">{t('otherFindingsHeading')}</h3>
          <ul class="findings">{others.map((f, i) => <FindingCard key={`${f.id}-${i}`} finding={f} index={blocking.length + i} />)}</ul>
        </>
      )}
    </section>
  )
}
