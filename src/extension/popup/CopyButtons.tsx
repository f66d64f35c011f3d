// "Copy for my administrator" and "Copy for support". The copied text is also shown, so the
// user sees exactly what they share, and can select it by hand when the clipboard refuses.
import { useState } from 'preact/hooks'
import type { Case } from '../../core/contract/case.ts'
import type { Result } from '../../core/contract/result.ts'
import { Button } from '../ui/components.tsx'
import { useUiEnv } from '../ui/env.ts'
import { useI18n } from '../ui/i18n/index.ts'
import { buildSummary, type Audience } from './summary.ts'

export function CopyButtons({ value, result, questionsLeft }: { value: Case; result: Result; questionsLeft: boolean }) {
  const { t } = useI18n()
  const env = useUiEnv()
  const [copied, setCopied] = useState<{ audience: Audience; ok: boolean; text: string } | null>(null)
  async function copy(audience: Audience) {
    const text = buildSummary(audience, value, result, t, questionsLeft)
    setCopied({ audience, ok: await env.copyText(text), text })
  }
  return (
    <section class="share" aria-labelledby="share-heading" data-testid="share">
      <h2 id="share-heading">{t('shareHeading')}</h2>
      <div class="button-row">
        <Button variant="secondary" onClick={() => void copy('admin')} data-testid="copy-admin">{t('copyForAdmin')}</Button>
        <Button variant="secondary" onClick={() => void copy('support')} data-testid="copy-support">{t('copyForSupport')}</Button>
      </div>
      <p aria-live="polite" class="copy-status" data-testid="copy-status">{copied ? t(copied.ok ? 'copied' : 'copyFailed') : ''}</p>
      {copied && (
        <details open={!copied.ok} class="copied-text">
          <summary>{t('showText')}</summary>
          <pre data-testid="copied-text" data-audience={copied.audience}>{copied.text}</pre>
        </details>
      )}
    </section>
  )
}
