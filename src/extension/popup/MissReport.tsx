// Where Valtuusapu found nothing wrong but the user cannot get on: one click opens Kela's three
// published situations (https://www.kela.fi/asiointi-ongelmatilanteet) and "something else"; the
// answer becomes the tab's state at once (ui-bg-report-situation), badge and diagnosis included.
import { useEffect, useRef, useState } from 'preact/hooks'
import { USER_SITUATIONS, type UserSituation } from '../protocol.ts'
import { Button } from '../ui/components.tsx'
import { useI18n } from '../ui/i18n/index.ts'
import { RadioOptions } from './guided/QuestionFrame.tsx'

export function MissReport({ onReport }: { onReport: (situation: UserSituation) => Promise<boolean> }) {
  const { t } = useI18n()
  const [open, setOpen] = useState(false)
  const [value, setValue] = useState<UserSituation | undefined>(undefined)
  const [problem, setProblem] = useState<'choose' | 'failed' | null>(null)
  const [sending, setSending] = useState(false)
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    if (open) heading.current?.focus()
  }, [open])

  if (!open) {
    return (
      <p class="miss-report-start">
        <Button variant="secondary" onClick={() => setOpen(true)} data-testid="report-miss">{t('reportMiss')}</Button>
      </p>
    )
  }
  const errorId = 'miss-report-error'
  return (
    <form class="question miss-report" data-testid="miss-report" noValidate onSubmit={(event) => {
      event.preventDefault()
      if (!value) return setProblem('choose')
      setSending(true)
      void onReport(value).then((ok) => {
        setSending(false)
        if (!ok) setProblem('failed')
      })
    }}>
      <fieldset aria-describedby={problem ? errorId : undefined}>
        <legend><h3 ref={heading} tabIndex={-1} class="question-title">{t('missQuestion')}</h3></legend>
        <RadioOptions name="situation" value={value} onChange={(next) => { setValue(next); setProblem(null) }}
          options={USER_SITUATIONS.map((situation) => ({ value: situation, label: t(`situation.${situation}`) }))} />
      </fieldset>
      {problem && <p id={errorId} class="field-error" role="alert">{problem === 'choose' ? t('chooseOne') : t('correctionFailed')}</p>}
      <div class="question-actions">
        <Button type="submit" disabled={sending} data-testid="send-miss">{t('reportMissSubmit')}</Button>
        <Button variant="secondary" onClick={() => setOpen(false)}>{t('cancel')}</Button>
      </div>
    </form>
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
