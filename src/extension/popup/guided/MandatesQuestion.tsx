// "Which mandates do you see under Saadut valtuudet?": read them from the Valtuudet page in the
// tab (the content script's reader, through the background), reuse the ones confirmed earlier,
// or enter them by hand. What is read is shown for confirmation before it is used or saved.
import { useEffect, useState } from 'preact/hooks'
import type { Mandate } from '../../../core/contract/case.ts'
import type { ServiceId } from '../../../core/contract/ids.ts'
import { valtuudetLink } from '../../../core/knowledge/index.ts'
import type { MandateExtraction } from '../../protocol.ts'
import { Button, ExternalLink } from '../../ui/components.tsx'
import { LOCALES, useI18n, type MessageKey } from '../../ui/i18n/index.ts'
import type { BackgroundApi } from '../background-api.ts'
import { valtuudetLabels } from '../valtuudet-labels.ts'
import { MandateForm } from './MandateForm.tsx'
import { mandateText } from './mandate-text.ts'
import { QuestionFrame, type QuestionFrameProps } from './QuestionFrame.tsx'

/** Why reading the page gave nothing to use: the background's reason, or no valid answer at all. */
type ReadFailure = 'not-a-mandate-list' | 'not-kela-page' | 'needs-reload' | 'no-host-permission' | 'no-answer' | 'invalid-reply'

type Reading =
  | { status: 'idle' }
  | { status: 'reading' }
  | { status: 'found'; extraction: MandateExtraction }
  | { status: 'empty'; extraction: MandateExtraction }
  | { status: 'failed'; reason: ReadFailure }

const FAILURE_TEXT: Record<ReadFailure, MessageKey> = {
  'not-a-mandate-list': 'readNotAList',
  'not-kela-page': 'readNotValtuudet',
  'needs-reload': 'readNeedsReload',
  'no-host-permission': 'readNoPermission',
  'no-answer': 'readFailed',
  'invalid-reply': 'readFailed',
}

interface Saved {
  mandates: Mandate[]
  savedAt: number | null
}

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
  const [saved, setSaved] = useState<Saved | null>(null)
  const [error, setError] = useState<string | null>(null)

  // Mandates the user confirmed earlier are offered, never used without a click.
  useEffect(() => {
    let live = true
    bg.getSavedMandates().then((reply) => {
      if (live && reply.ok && reply.value.mandates.length > 0) setSaved({ mandates: reply.value.mandates, savedAt: reply.value.savedAt })
    })
    return () => { live = false }
  }, [])

  async function readPage() {
    if (tabId === undefined) return setReading({ status: 'failed', reason: 'no-answer' })
    setReading({ status: 'reading' })
    const reply = await bg.extractMandates(tabId)
    if (!reply.ok) return setReading({ status: 'failed', reason: reply.reason })
    const value = reply.value
    if (!value.ok) return setReading({ status: 'failed', reason: value.reason })
    const extraction: MandateExtraction = { list: value.list, mandates: value.mandates, skipped: value.skipped }
    setReading({ status: value.mandates.length > 0 ? 'found' : 'empty', extraction })
  }

  function useRead(extraction: MandateExtraction) {
    // The received list is everything the user holds now; requests and expired ones add to it.
    void bg.saveMandates(extraction.mandates, extraction.list === 'received' ? 'replace' : 'merge')
    onAnswer(extraction.mandates)
  }

  function forgetSaved() {
    void bg.clearSavedMandates()
    setSaved(null)
  }

  const savedOn = (at: number) => new Intl.DateTimeFormat(LOCALES[lang], { day: 'numeric', month: lang === 'en' ? 'long' : 'numeric', year: 'numeric' }).format(at)
  const valtuudet = valtuudetLink(lang)
  const labels = valtuudetLabels(lang)
  return (
    <QuestionFrame
      {...frame}
      error={error}
      submitLabel={t('mandatesDone')}
      onSubmit={() => (entered.length > 0 ? onAnswer(entered) : setError(t('mandatesNeedOne')))}
      extraActions={<Button variant="secondary" onClick={() => onAnswer([])} data-testid="no-mandates">{t('mandatesNone')}</Button>}
    >
      <p class="field-hint">
        {t('mandatesIntro', labels)}{' '}
        <ExternalLink url={valtuudet.url} pageLang={valtuudet.lang}>{t('link.valtuudet')}</ExternalLink>
      </p>
      {saved && (
        <div class="saved-mandates" data-testid="saved-mandates">
          <p>{saved.savedAt ? t('savedOn', { count: saved.mandates.length, date: savedOn(saved.savedAt) }) : t('savedCount', { count: saved.mandates.length })}</p>
          <ul class="mandate-list">{saved.mandates.map((m, i) => <li key={i}>{mandateText(m, lang, t)}</li>)}</ul>
          <div class="question-actions">
            <Button onClick={() => onAnswer(saved.mandates)} data-testid="use-saved">{t('useThese')}</Button>
            <Button variant="secondary" onClick={forgetSaved} data-testid="forget-saved">{t('forgetSaved')}</Button>
          </div>
        </div>
      )}
      <div class="reader" aria-live="polite" data-testid="mandate-reader" data-status={reading.status}
        data-reason={reading.status === 'failed' ? reading.reason : undefined}>
        {reading.status !== 'found' && (
          <Button variant="secondary" onClick={() => void readPage()} disabled={reading.status === 'reading'} data-testid="read-mandates">
            {t('readFromPage')}
          </Button>
        )}
        {reading.status === 'reading' && <p>{t('reading')}</p>}
        {reading.status === 'failed' && <p class="field-hint">{t(FAILURE_TEXT[reading.reason], labels)}</p>}
        {reading.status === 'empty' && <p class="field-hint">{t('readEmpty', { list: t(`list.${reading.extraction.list}`) })}</p>}
        {reading.status === 'found' && (
          <div class="found-mandates">
            <p>{t('readFound', { count: reading.extraction.mandates.length, list: t(`list.${reading.extraction.list}`) })}</p>
            <ul class="mandate-list">
              {reading.extraction.mandates.map((m, i) => <li key={i}>{mandateText(m, lang, t)}</li>)}
            </ul>
            <Skipped skipped={reading.extraction.skipped} />
            <div class="question-actions">
              <Button onClick={() => useRead(reading.extraction)} data-testid="use-found">{t('useThese')}</Button>
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

/** What the reader left out, so the user knows to add it by hand (mandates from persons never count here). */
function Skipped({ skipped }: { skipped: MandateExtraction['skipped'] }) {
  const { t } = useI18n()
  const lines = [
    skipped.fromPersons > 0 && t('skippedFromPersons', { count: skipped.fromPersons }),
    skipped.invalid > 0 && t('skippedInvalid', { count: skipped.invalid }),
    skipped.unreadable > 0 && t('skippedUnreadable', { count: skipped.unreadable }),
  ].filter((line): line is string => typeof line === 'string')
  if (lines.length === 0) return null
  return <ul class="skipped" data-testid="skipped">{lines.map((line) => <li key={line}>{line}</li>)}</ul>
}
