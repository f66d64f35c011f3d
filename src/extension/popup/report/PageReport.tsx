// What the popup loads only when the user asks for it, one chunk: "Report this page" and the
// question behind "Still cannot get on?" (MissForm, below).
//
// "Report this page": the
// redacted skeleton of the page in the tab (docs/page-skeleton.md) shown in full as text, to read
// before sharing, then copied or saved as a file. Valtuusapu never sends it: the user does, to the
// maintainers. The model is uBlock Origin's "report an issue": what would be sent is on screen.
import { useEffect, useRef, useState } from 'preact/hooks'
import * as z from 'zod/mini'
import type { Lang } from '../../../core/contract/ids.ts'
import { PageSkeletonSchema, type PageSkeleton, type SkeletonNode } from '../../../core/skeleton/format.ts'
import { blobDownload } from '../../portfolio/files.ts'
import { Button } from '../../ui/components.tsx'
import { useUiEnv } from '../../ui/env.ts'
import { useI18n } from '../../ui/i18n/index.ts'
import type { BackgroundApi } from '../background-api.ts'
import { REPORT_TEXTS, type ReportText } from './texts.ts'
import { USER_SITUATIONS, type UserSituation } from '../../protocol.ts'
import { RadioOptions } from '../guided/QuestionFrame.tsx'

const Reply = z.union([
  z.strictObject({ ok: z.literal(true), skeleton: PageSkeletonSchema }),
  z.strictObject({ ok: z.literal(false), reason: z.enum(['not-kela-page', 'needs-reload', 'no-host-permission', 'failed']) }),
])

type State = { kind: 'making' } | { kind: 'failed' } | { kind: 'ready'; skeleton: PageSkeleton; text: string }

/** How many elements, masked words and replaced numbers a skeleton holds: said above the text. */
export function skeletonCounts(skeleton: PageSkeleton): { elements: number; masked: number; replaced: number } {
  let elements = 0
  let masked = 0
  let replaced = 0
  const texts: string[] = [skeleton.title]
  const stack: SkeletonNode[] = [skeleton.body]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (typeof node === 'string') {
      texts.push(node)
      continue
    }
    elements++
    texts.push(...Object.values(node.aria ?? {}))
    stack.push(...(node.children ?? []))
  }
  for (const text of texts) {
    masked += (text.match(/\{word\}/g) ?? []).length
    replaced += (text.match(/\{(henkilötunnus|email|y-tunnus|phone|code|number)\}/g) ?? []).length
  }
  return { elements, masked, replaced }
}

export function reportFileName(skeleton: PageSkeleton, now: Date): string {
  const host = new URL(skeleton.url).host.replace(/[^a-z0-9.-]/gi, '')
  return `valtuusapu-page-report-${host}-${now.toISOString().slice(0, 10)}.json`
}

export default function PageReport({ bg, tabId }: { bg: BackgroundApi; tabId: number }) {
  const { lang } = useI18n()
  const env = useUiEnv()
  const t = (key: ReportText, params: Record<string, string | number> = {}) =>
    REPORT_TEXTS[lang as Lang][key].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`))
  const [state, setState] = useState<State>({ kind: 'making' })
  const [done, setDone] = useState<'copied' | 'copy-failed' | 'saved' | null>(null)
  const heading = useRef<HTMLHeadingElement>(null)

  useEffect(() => {
    void bg.ask({ type: 'ui-bg-page-skeleton', tabId }, Reply).then((reply) => {
      if (reply.ok && reply.value.ok) setState({ kind: 'ready', skeleton: reply.value.skeleton, text: JSON.stringify(reply.value.skeleton, null, 2) })
      else setState({ kind: 'failed' })
    })
  }, [])
  useEffect(() => {
    heading.current?.focus()
  }, [state.kind])

  return (
    <section class="page-report" aria-labelledby="page-report-heading" data-testid="page-report" data-state={state.kind}>
      <h2 id="page-report-heading" ref={heading} tabIndex={-1}>{t('heading')}</h2>
      {state.kind === 'making' && <p role="status">{t('making')}</p>}
      {state.kind === 'failed' && <p role="alert" class="field-error">{t('failed')}</p>}
      {state.kind === 'ready' && (() => {
        const counts = skeletonCounts(state.skeleton)
        return (
          <>
            <p>{t('what')}</p>
            <p data-testid="report-counts">{t('counts', counts)}</p>
            <pre class="report-text" tabIndex={0} role="region" aria-label={t('textLabel')} data-testid="report-text">{state.text}</pre>
            <p>{t('send')}</p>
            <div class="button-row">
              <Button variant="secondary" data-testid="report-copy" onClick={() => void env.copyText(state.text).then((ok) => setDone(ok ? 'copied' : 'copy-failed'))}>{t('copy')}</Button>
              <Button variant="secondary" data-testid="report-save" onClick={() => {
                blobDownload({ name: reportFileName(state.skeleton, env.now()), text: state.text, type: 'application/json' })
                setDone('saved')
              }}>{t('save')}</Button>
            </div>
            <p aria-live="polite" data-testid="report-done">{done ? t(done) : ''}</p>
          </>
        )
      })()}
    </section>
  )
}

// The question "what happens?" behind "Still cannot get on?" (MissReport.tsx): Kela's three
// published situations (https://www.kela.fi/asiointi-ongelmatilanteet) and "something else"; the
// labels are the popup's own (ui i18n `situation.*`, also the title of a state the user reported).
const MISS_TEXTS: Record<Lang, { question: string; submit: string; cancel: string }> = {
  fi: { question: 'Mitä tapahtuu?', submit: 'Näytä, mitä tehdä', cancel: 'Peruuta' },
  sv: { question: 'Vad händer?', submit: 'Visa vad jag ska göra', cancel: 'Avbryt' },
  en: { question: 'What happens?', submit: 'Show what to do', cancel: 'Cancel' },
}

export function MissForm({ onReport, onCancel }: { onReport: (situation: UserSituation) => Promise<boolean>; onCancel: () => void }) {
  const { lang, t } = useI18n()
  const text = MISS_TEXTS[lang as Lang]
  const [value, setValue] = useState<UserSituation | undefined>(undefined)
  const [problem, setProblem] = useState<'choose' | 'failed' | null>(null)
  const [sending, setSending] = useState(false)
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    heading.current?.focus()
  }, [])
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
        <legend><h3 ref={heading} tabIndex={-1} class="question-title">{text.question}</h3></legend>
        <RadioOptions name="situation" value={value} onChange={(next) => { setValue(next); setProblem(null) }}
          options={USER_SITUATIONS.map((situation) => ({ value: situation, label: t(`situation.${situation}`) }))} />
      </fieldset>
      {problem && <p id={errorId} class="field-error" role="alert">{problem === 'choose' ? t('chooseOne') : t('correctionFailed')}</p>}
      <div class="question-actions">
        <Button type="submit" disabled={sending} data-testid="send-miss">{text.submit}</Button>
        <Button variant="secondary" onClick={onCancel}>{text.cancel}</Button>
      </div>
    </form>
  )
}
