// Where Valtuusapu found nothing wrong but the user cannot get on: one click opens Kela's three
// published situations and "something else" (MissForm in report/PageReport.tsx, loaded on that click); the
// answer becomes the tab's state at once (ui-bg-report-situation), badge and diagnosis included.
// And where it named a failure the user does not see, one click clears it for this page.
import type { ComponentType } from 'preact'
import { useState } from 'preact/hooks'
import type { UserSituation } from '../protocol.ts'
import { Button } from '../ui/components.tsx'
import { useI18n } from '../ui/i18n/index.ts'

type Form = ComponentType<{ onReport: (situation: UserSituation) => Promise<boolean>; onCancel: () => void }>

export function MissReport({ onReport }: { onReport: (situation: UserSituation) => Promise<boolean> }) {
  const { t } = useI18n()
  const [form, setForm] = useState<{ component: Form } | 'loading' | 'failed' | null>(null)
  if (form && typeof form === 'object') return <form.component onReport={onReport} onCancel={() => setForm(null)} />
  return (
    <p class="miss-report-start">
      <Button variant="secondary" data-testid="report-miss" disabled={form === 'loading'} onClick={() => {
        setForm('loading')
        import('./report/PageReport.tsx').then((module) => setForm({ component: module.MissForm }), () => setForm('failed'))
      }}>{t('reportMiss')}</Button>
      {form === 'failed' && <span class="field-error" role="alert"> {t('correctionFailed')}</span>}
    </p>
  )
}

/** Where Valtuusapu named a failure the user does not see: one click clears it for this page. */
export function PageIsFine({ userReported, onFine }: { userReported: boolean; onFine: () => Promise<boolean> }) {
  const { t } = useI18n()
  const [failed, setFailed] = useState(false)
  return (
    <p class="page-is-fine">
      <Button variant="secondary" data-testid="page-is-fine" onClick={() => void onFine().then((ok) => setFailed(!ok))}>
        {userReported ? t('undoReport') : t('pageIsFine')}
      </Button>
      {failed && <span class="field-error" role="alert"> {t('correctionFailed')}</span>}
    </p>
  )
}
