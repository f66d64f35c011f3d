// Entering a mandate by hand, as the user sees it in Suomi.fi Valtuudet: for a client (usually
// the client's asiointivaltuus to the firm) or the user's own from the firm (usually the
// edustamisvaltuus, possibly limited to clients' Y-tunnukset). Theme choices are the Kela themes
// of the firm's services (confirmed names), the Incomes Register themes people hold by mistake,
// and any other name typed in.
import { useId, useState } from 'preact/hooks'
import type { JSX } from 'preact'
import { MANDATE_TYPES, type Mandate } from '../../../core/contract/case.ts'
import type { Lang, ServiceId } from '../../../core/contract/ids.ts'
import { INCOMES_REGISTER_THEMES } from '../../../core/knowledge/index.ts'
import { helsinkiDate } from '../../../core/portfolio/dates.ts'
import { addManualMandate, type MandateTarget } from '../../../core/portfolio/mandates.ts'
import { readBusinessId } from '../../../core/portfolio/csv/business-id-input.ts'
import { KELA_SERVICE_THEMES, type KelaTheme } from '../../../core/portfolio/kela-themes.ts'
import { Button } from '../../ui/components.tsx'
import { usePortfolioText, type PortfolioMessageKey } from '../i18n/index.ts'
import { outcome, usePage } from '../page-context.ts'
import { mandateTypeName } from './mandate-text.ts'

export function kelaThemeChoices(services: readonly ServiceId[]): KelaTheme[] {
  const themes: KelaTheme[] = []
  for (const service of services) for (const theme of KELA_SERVICE_THEMES[service].themes) if (!themes.some((seen) => seen.fi === theme.fi)) themes.push(theme)
  return themes
}

const shown = (theme: { fi: string; sv: string | null }, lang: Lang) => (lang === 'sv' && theme.sv ? theme.sv : theme.fi)

type FormError = PortfolioMessageKey | null

export function MandateForm({ target, firmBusinessId }: { target: MandateTarget; firmBusinessId: string | undefined }) {
  const { lang, pt } = usePortfolioText()
  const { state, now, save, announce } = usePage()
  const id = useId()
  const own = target === 'own'
  const [holder, setHolder] = useState<Mandate['holder']>(own ? 'me' : 'my-organisation')
  const [type, setType] = useState<Mandate['type']>(own ? 'edustamisvaltuus' : 'asiointivaltuus')
  const [themes, setThemes] = useState<string[]>([])
  const [otherTheme, setOtherTheme] = useState('')
  const [restriction, setRestriction] = useState('')
  const [validFrom, setValidFrom] = useState('')
  const [validUntil, setValidUntil] = useState('')
  const [pending, setPending] = useState(false)
  const [error, setError] = useState<{ key: FormError; detail?: string } | null>(null)
  const kela = kelaThemeChoices(state.portfolio.firm.services)
  const mandator = own ? firmBusinessId : target.client

  if (own && firmBusinessId === undefined) return <p class="muted" data-testid="own-mandate-needs-firm">{pt('ownMandateNeedsFirm')}</p>

  function toggle(name: string, on: boolean) {
    setThemes((current) => (on ? [...current, name] : current.filter((theme) => theme !== name)))
  }

  async function submit(event: JSX.TargetedEvent<HTMLFormElement>) {
    event.preventDefault()
    const chosen = [...themes, ...(otherTheme.trim() ? [otherTheme.trim().replace(/\s+/g, ' ')] : [])]
    if (chosen.length === 0) return setError({ key: 'chooseTheme' })
    if (validFrom && validUntil && validFrom > validUntil) return setError({ key: 'datesReversed' })
    let businessIds: string[] | undefined
    if (own && restriction.trim()) {
      const read = restriction.split(/[\s,;]+/).filter(Boolean).map((raw) => ({ raw, id: readBusinessId(raw) }))
      const bad = read.filter((entry) => !entry.id.ok).map((entry) => entry.raw)
      if (bad.length > 0) return setError({ key: 'restrictionInvalid', detail: bad.slice(0, 5).join(', ') })
      businessIds = [...new Set(read.map((entry) => (entry.id.ok ? entry.id.businessId : '')))]
    }
    const mandate: Mandate = {
      holder,
      ...(mandator ? { mandator } : {}),
      type,
      themes: chosen,
      ...(businessIds ? { restrictions: { businessIds } } : {}),
      ...(validFrom ? { validFrom } : {}),
      ...(validUntil ? { validUntil } : {}),
      ...(pending ? { status: 'pending-request' as const } : {}),
    }
    const today = helsinkiDate(now)
    const result = await save((current) => outcome(addManualMandate(current, target, mandate, today), null))
    if (!result.ok) {
      if (!result.saveFailed) setError({ key: `mandateError.${result.error}` as PortfolioMessageKey })
      return
    }
    setError(null)
    setThemes([])
    setOtherTheme('')
    setRestriction('')
    setValidFrom('')
    setValidUntil('')
    setPending(false)
    announce(pt('mandateAdded'))
  }

  const errorId = `${id}-error`
  return (
    <form class="mandate-form" onSubmit={(event) => void submit(event)} data-testid={own ? 'own-mandate-form' : 'client-mandate-form'} aria-describedby={error ? errorId : undefined}>
      <fieldset disabled={!state.writable}>
        <legend class="form-legend">{pt(own ? 'addOwnMandate' : 'addClientMandate')}</legend>
        {!own && (
          <fieldset class="group">
            <legend>{pt('mandateHolder')}</legend>
            <div class="choices">
              {(['my-organisation', 'me'] as const).map((value) => (
                <label key={value} class="choice">
                  <input type="radio" name={`${id}-holder`} value={value} checked={holder === value} onChange={() => setHolder(value)} />
                  <span>{pt(value === 'me' ? 'holderMe' : 'holderFirm')}</span>
                </label>
              ))}
            </div>
          </fieldset>
        )}
        <label class="field-label" for={`${id}-type`}>{pt('mandateType')}</label>
        <select id={`${id}-type`} class="select" value={type} onChange={(event) => setType(event.currentTarget.value as Mandate['type'])} data-testid="mandate-type">
          {MANDATE_TYPES.map((value) => <option key={value} value={value}>{mandateTypeName(value, lang)}</option>)}
        </select>
        <fieldset class="group" aria-describedby={`${id}-themes-hint`}>
          <legend>{pt('mandateThemes')}</legend>
          <p class="field-hint" id={`${id}-themes-hint`}>{pt('themesHint')}</p>
          <div class="choices theme-choices">
            {kela.map((theme) => (
              <label key={theme.fi} class="choice">
                <input type="checkbox" checked={themes.includes(theme.fi)} onChange={(event) => toggle(theme.fi, event.currentTarget.checked)} data-theme={theme.fi} />
                <span>{shown(theme, lang)}</span>
              </label>
            ))}
          </div>
          <details class="more-themes">
            <summary>{pt('incomesRegisterThemes')}</summary>
            <div class="choices">
              {INCOMES_REGISTER_THEMES.map((theme) => (
                <label key={theme.id} class="choice">
                  <input type="checkbox" checked={themes.includes(theme.names.fi)} onChange={(event) => toggle(theme.names.fi, event.currentTarget.checked)} />
                  <span>{shown(theme.names, lang)}</span>
                </label>
              ))}
            </div>
          </details>
          <label class="field-label" for={`${id}-other`}>{pt('otherTheme')}</label>
          <input id={`${id}-other`} class="text-input" type="text" maxLength={300} value={otherTheme} onInput={(event) => setOtherTheme(event.currentTarget.value)} />
        </fieldset>
        {own && (
          <>
            <label class="field-label" for={`${id}-restriction`}>{pt('restrictionLabel')}</label>
            <p class="field-hint" id={`${id}-restriction-hint`}>{pt('restrictionHint')}</p>
            <textarea id={`${id}-restriction`} class="text-input" rows={2} value={restriction} onInput={(event) => setRestriction(event.currentTarget.value)} aria-describedby={`${id}-restriction-hint`} />
          </>
        )}
        <div class="date-row">
          <div>
            <label class="field-label" for={`${id}-from`}>{pt('validFrom')}</label>
            <input id={`${id}-from`} class="text-input" type="date" value={validFrom} onInput={(event) => setValidFrom(event.currentTarget.value)} />
          </div>
          <div>
            <label class="field-label" for={`${id}-until`}>{pt('validUntil')}</label>
            <input id={`${id}-until`} class="text-input" type="date" value={validUntil} onInput={(event) => setValidUntil(event.currentTarget.value)} data-testid="mandate-until" />
          </div>
        </div>
        <label class="choice">
          <input type="checkbox" checked={pending} onChange={(event) => setPending(event.currentTarget.checked)} />
          <span>{pt('pendingCheckbox')}</span>
        </label>
        {error && <p class="field-error" id={errorId} role="alert">{pt(error.key!)}{error.detail ? ` ${error.detail}` : ''}</p>}
        <Button type="submit" data-testid="add-mandate">{pt('addMandate')}</Button>
      </fieldset>
    </form>
  )
}
