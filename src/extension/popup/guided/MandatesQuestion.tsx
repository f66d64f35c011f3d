// "Which mandates do you see under Saadut valtuudet?": read them from the Valtuudet page in the
// tab (the content script's extractor, through the background), reuse ones saved earlier, or
// enter them by hand. What is read is shown for confirmation before it is used or saved.
import { useEffect, useState } from 'preact/hooks'
import type { Mandate } from '../../../core/contract/case.ts'
import type { ServiceId } from '../../../core/contract/ids.ts'
import { Button, ExternalLink } from '../../ui/components.tsx'
import { VALTUUDET } from '../../ui/facts.ts'
import { useI18n } from '../../ui/i18n/index.ts'
import type { BackgroundApi, ExtractedMandates } from '../background-api.ts'
import { MandateForm } from './MandateForm.tsx'
import { mandateText } from './mandate-text.ts'
import { QuestionFrame, type QuestionFrameProps } from './QuestionFrame.tsx'

type Reading =
  | { status: 'idle' }
  | { status: 'reading' }
  | { status: 'found'; found: ExtractedMandates; from: 'page' | 'saved' }
  | { status: 'none' }
  | { status: 'unavailable' }

export function MandatesQuestion({ service, organisationId, clientId, tabId, bg, initial, onAnswer, ...frame }: Pick<QuestionFrameProps, 'id' | 'legend' | 'focusOnMount'> & {
  service: ServiceId | undefined
  organisationId: string | undefined
  clientId: string | undefined
  tabId: number | undefined
  bg: BackgroundApi
  initial?: Mandate[]
  onAnswer: (mandates: Mandate[]) => void
}) {
  const { lang, t } = useI18n()
  const [entered, setEntered] = useState<Mandate[]>(initial ?? [])
  const [reading, setReading] = useState<Reading>({ status: 'idle' })
  const [error, setError] = useState<string | null>(null)

  // Mandates saved earlier (issue 4's store) are offered, never used without a click.
  useEffect(() => {
    let live = true
    bg.getSavedMandates(organisationId).then((reply) => {
      if (live && reply.ok && reply.value.mandates.length > 0) setReading((r) => (r.status === 'idle' ? { status: 'found', found: reply.value, from: 'saved' } : r))
    })
    return () => { live = false }
  }, [organisationId])

  async function readPage() {
    if (tabId === undefined) return setReading({ status: 'unavailable' })
    setReading({ status: 'reading' })
    const reply = await bg.extractMandates(tabId)
    if (!reply.ok) setReading({ status: 'unavailable' })
    else if (reply.value.mandates.length === 0) setReading({ status: 'none' })
    else setReading({ status: 'found', found: reply.value, from: 'page' })
  }

  function acceptFound(found: ExtractedMandates, from: 'page' | 'saved') {
    if (from === 'page') void bg.saveMandates(organisationId, found.mandates)
    onAnswer(found.mandates)
  }

  return (
    <QuestionFrame
      {...frame}
      error={error}
      submitLabel={t('mandatesDone')}
      onSubmit={() => (entered.length > 0 ? onAnswer(entered) : setError(t('mandatesNeedOne')))}
      extraActions={<Button variant="secondary" onClick={() => onAnswer([])} data-testid="no-mandates">{t('mandatesNone')}</Button>}
    >
      <p class="field-hint">
        {t('mandatesIntro')}{' '}
        <ExternalLink url={VALTUUDET[lang].url} pageLang={VALTUUDET[lang].pageLang}>{t('link.valtuudet')}</ExternalLink>
      </p>
      <div class="reader" aria-live="polite" data-testid="mandate-reader" data-status={reading.status}>
        {reading.status !== 'found' && (
          <Button variant="secondary" onClick={() => void readPage()} disabled={reading.status === 'reading'} data-testid="read-mandates">
            {t('readFromPage')}
          </Button>
        )}
        {reading.status === 'reading' && <p>{t('reading')}</p>}
        {reading.status === 'none' && <p class="field-hint">{t('readNone')}</p>}
        {reading.status === 'unavailable' && <p class="field-hint">{t('readUnavailable')}</p>}
        {reading.status === 'found' && (
          <div class="found-mandates">
            <p>{t('readFound', { count: reading.found.mandates.length })}</p>
            <ul class="mandate-list">
              {reading.found.mandates.map((m, i) => <li key={i}>{mandateText(m, lang, t)}</li>)}
            </ul>
            <div class="question-actions">
              <Button onClick={() => acceptFound(reading.found, reading.from)} data-testid="use-found">{t('useThese')}</Button>
              <Button variant="secondary" onClick={() => setReading({ status: 'idle' })}>{t('enterByHand')}</Button>
            </div>
          </div>
        )}
      </div>
      {entered.length > 0 && (
        <>
          <p class="group-label">{t('mandatesEntered')}</p>
          <ul class="mandate-list" data-testid="entered-mandates">
            {entered.map((m, i) => (
              <li key={i}>
                <span>{mandateText(m, lang, t)}</span>{' '}
                <Button variant="link" aria-label={`${t('removeMandate')}: ${mandateText(m, lang, t)}`}
                  onClick={() => setEntered(entered.filter((_, j) => j !== i))}>{t('removeMandate')}</Button>
              </li>
            ))}
          </ul>
        </>
      )}
      <MandateForm service={service} organisationId={organisationId} clientId={clientId}
        onAdd={(m) => { setEntered([...entered, m]); setError(null) }} />
    </QuestionFrame>
  )
}
