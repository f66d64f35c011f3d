// Per client, the two messages to copy (issue 6 point 4): to the client, which Kela themes to
// grant the firm's Y-tunnus as an asiointivaltuus and where in Suomi.fi Valtuudet; to the firm's
// mandate administrator, which edustamisvaltuus to give the user. In Finnish, Swedish or English,
// chosen apart from the page's language (a Swedish-speaking client gets Swedish). The text is
// shown as well as copied, so the user sees what they send and can copy it by hand.
import { useId, useMemo, useState } from 'preact/hooks'
import { LANGS, type Lang } from '../../../core/contract/ids.ts'
import { requestTexts } from '../../../core/portfolio/index.ts'
import { Button } from '../../ui/components.tsx'
import { useUiEnv } from '../../ui/env.ts'
import { LANG_NAMES } from '../../ui/i18n/index.ts'
import { usePortfolioText } from '../i18n/index.ts'
import { usePage } from '../page-context.ts'

type Audience = 'client' | 'administrator'

export function RequestTexts({ businessId }: { businessId: string }) {
  const { lang, pt } = usePortfolioText()
  const { state, now } = usePage()
  const env = useUiEnv()
  const id = useId()
  const [textLang, setTextLang] = useState<Lang>(lang)
  const [copied, setCopied] = useState<{ audience: Audience; ok: boolean } | null>(null)
  const result = useMemo(() => requestTexts(state.portfolio, businessId, { lang: textLang, now }), [state.portfolio, businessId, textLang, now])

  async function copy(audience: Audience, text: string) {
    setCopied({ audience, ok: await env.copyText(text) })
  }

  return (
    <section class="subsection request-texts" aria-labelledby={`${id}-heading`} data-testid="request-texts">
      <h3 id={`${id}-heading`}>{pt('requestHeading')}</h3>
      <p class="field-hint">{pt('requestHint')}</p>
      <fieldset class="text-lang">
        <legend class="field-label">{pt('requestLanguage')}</legend>
        <div class="filter-options">
          {LANGS.map((code) => (
            <label key={code} class={`filter-option${textLang === code ? ' is-checked' : ''}`}>
              <input type="radio" name={`${id}-lang`} value={code} checked={textLang === code} onChange={() => { setTextLang(code); setCopied(null) }} data-testid={`request-lang-${code}`} />
              <span lang={code}>{LANG_NAMES[code]}</span>
            </label>
          ))}
        </div>
      </fieldset>
      {!result.ok && (
        <p class="notice notice-warning" data-testid="request-unavailable" data-reason={result.error}>
          {pt(`requestError.${result.error}`)} {result.error === 'no-firm-business-id' && <a href="#firm">{pt('goToFirm')}</a>}
        </p>
      )}
      {result.ok && (
        <div class="request-blocks">
          <RequestBlock audience="client" text={result.toClient} lang={textLang} onCopy={copy} copied={copied} />
          <RequestBlock audience="administrator" text={result.toAdministrator} lang={textLang} onCopy={copy} copied={copied} />
        </div>
      )}
    </section>
  )
}

function RequestBlock({ audience, text, lang, onCopy, copied }: {
  audience: Audience
  text: string | null
  lang: Lang
  onCopy: (audience: Audience, text: string) => void
  copied: { audience: Audience; ok: boolean } | null
}) {
  const { pt } = usePortfolioText()
  const id = useId()
  const mine = copied?.audience === audience ? copied : null
  return (
    <div class="request-block" data-testid={`request-${audience}`}>
      <h4 id={`${id}-label`}>{pt(audience === 'client' ? 'toClientHeading' : 'toAdministratorHeading')}</h4>
      {text === null ? (
        <p class="muted" data-testid={`request-${audience}-none`}>{pt(audience === 'client' ? 'nothingToAskClient' : 'nothingToAskAdministrator')}</p>
      ) : (
        <>
          <textarea class="request-text" readOnly rows={14} lang={lang} aria-labelledby={`${id}-label`} value={text} data-testid={`request-${audience}-text`} />
          <Button variant="secondary" onClick={() => onCopy(audience, text)} data-testid={`copy-${audience}`}>
            {pt(audience === 'client' ? 'copyToClient' : 'copyToAdministrator')}
          </Button>
          <p class="copy-status" aria-live="polite" data-testid={`copy-${audience}-status`}>{mine ? pt(mine.ok ? 'copied' : 'copyFailed') : ''}</p>
        </>
      )}
    </div>
  )
}
