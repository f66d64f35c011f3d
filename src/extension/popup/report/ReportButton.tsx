// The one part of "Report this page" the popup carries: the button. The report itself (its code,
// texts and the skeleton's schema) loads when the user presses it.
import type { ComponentType } from 'preact'
import { useState } from 'preact/hooks'
import { Button } from '../../ui/components.tsx'
import { useI18n } from '../../ui/i18n/index.ts'
import type { BackgroundApi } from '../background-api.ts'

type Report = ComponentType<{ bg: BackgroundApi; tabId: number }>

export function ReportButton({ bg, tabId }: { bg: BackgroundApi; tabId: number }) {
  const { t } = useI18n()
  const [report, setReport] = useState<{ component: Report } | 'loading' | 'failed' | null>(null)
  if (report && typeof report === 'object') return <report.component bg={bg} tabId={tabId} />
  return (
    <p class="report-page">
      <Button variant="secondary" data-testid="report-page" disabled={report === 'loading'} onClick={() => {
        setReport('loading')
        import('./PageReport.tsx').then((module) => setReport({ component: module.default }), () => setReport('failed'))
      }}>{t('reportPage')}</Button>
      {report === 'failed' && <span role="alert" class="field-error"> {t('correctionFailed')}</span>}
    </p>
  )
}
