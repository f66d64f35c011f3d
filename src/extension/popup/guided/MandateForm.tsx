// Entering one mandate as Suomi.fi Valtuudet shows it: who received it, who gave it, its type,
// its themes, its end date and whether it is a request not yet approved. It lives inside the
// mandates question's form, so it is a fieldset with its own "Add" button, and Enter inside it
// adds the mandate instead of submitting the question.
import { useState } from 'preact/hooks'
import { MANDATE_HOLDERS, MANDATE_TYPES, type Mandate } from '../../../core/contract/case.ts'
import type { ServiceId } from '../../../core/contract/ids.ts'
import { Button } from '../../ui/components.tsx'
import { useI18n } from '../../ui/i18n/index.ts'
import { parseBusinessId } from './business-id.ts'
import { mandateTypeLabel } from './mandate-text.ts'
import { RadioOptions } from './QuestionFrame.tsx'
import { incomesRegisterThemes, kelaThemes, showsFinnishNames, themeLabel, type ThemeChoice } from './themes.ts'

type MandatorChoice = 'own' | 'client' | 'other'

export function MandateForm({ service, organisationId, clientId, onAdd }: {
  service: ServiceId | undefined
  organisationId: string | undefined
  clientId: string | undefined
  onAdd: (mandate: Mandate) => void
}) {
  const { lang, t } = useI18n()
  const [holder, setHolder] = useState<Mandate['holder']>('me')
  const [mandatorChoice, setMandatorChoice] = useState<MandatorChoice>('own')
  const [mandatorRaw, setMandatorRaw] = useState('')
  const [type, setType] = useState<Mandate['type'] | undefined>(undefined)
  const [themes, setThemes] = useState<string[]>([])
  const [otherTheme, setOtherTheme] = useState('')
  const [validUntil, setValidUntil] = useState('')
  const [pending, setPending] = useState(false)
  const [error, setError] = useState<string | null>(null)

  const kela = kelaThemes(service, lang)
  const knownMandator = mandatorChoice === 'own' ? organisationId : mandatorChoice === 'client' ? clientId : undefined

  function add() {
    if (!type) return setError(`${t('mandateType')}: ${t('chooseOne')}`)
    const chosen = [...themes, ...(otherTheme.trim() ? [otherTheme.trim()] : [])]
    if (chosen.length === 0) return setError(t('themeRequired'))
    let mandator = knownMandator
    if (!mandator && (mandatorRaw.trim() || mandatorChoice === 'other')) {
      const parsed = parseBusinessId(mandatorRaw, t)
      if ('error' in parsed) return setError(parsed.error)
      mandator = parsed.value
    }
    onAdd({
      holder,
      type,
      themes: chosen,
      ...(mandator ? { mandator } : {}),
      ...(/^\d{4}-\d{2}-\d{2}$/.test(validUntil) ? { validUntil } : {}),
      ...(pending ? { status: 'pending-request' as const } : {}),
    })
    setType(undefined)
    setThemes([])
    setOtherTheme('')
    setValidUntil('')
    setPending(false)
    setError(null)
  }

  const toggle = (name: string) => {
    setThemes((current) => (current.includes(name) ? current.filter((n) => n !== name) : [...current, name]))
    setError(null)
  }

  const checkboxes = (choices: ThemeChoice[], group: string) =>
    choices.map((choice) => (
      <label key={`${group}-${choice.value}`} class="choice">
        <input type="checkbox" checked={themes.includes(choice.value)} onChange={() => toggle(choice.value)} />
        <span>{themeLabel(choice, t)}</span>
      </label>
    ))

  return (
    <fieldset
      class="mandate-form"
      data-testid="mandate-form"
      onKeyDown={(event) => {
        if (event.key === 'Enter' && (event.target as HTMLElement).tagName === 'INPUT') {
          event.preventDefault()
          add()
        }
      }}
    >
      <legend class="subheading">{t('addMandateHeading')}</legend>
      <fieldset class="group">
        <legend>{t('holder')}</legend>
        <RadioOptions name="mandate-holder" value={holder} onChange={setHolder}
          options={MANDATE_HOLDERS.map((value) => ({ value, label: t(`holder.${value}`) }))} />
      </fieldset>
      <fieldset class="group">
        <legend>{t('mandator')}</legend>
        <RadioOptions<MandatorChoice> name="mandate-mandator" value={mandatorChoice} onChange={(v) => { setMandatorChoice(v); setError(null) }}
          options={(['own', 'client', 'other'] as const).map((value) => ({
            value,
            label: value !== 'other' && (value === 'own' ? organisationId : clientId)
              ? `${t(`mandator.${value}`)} (${value === 'own' ? organisationId : clientId})`
              : t(`mandator.${value}`),
          }))} />
        {!knownMandator && (
          <>
            <label class="field-label" for="mandator-id">{t('mandatorId')}</label>
            <input id="mandator-id" class="text-input" type="text" autoComplete="off" placeholder={t('businessIdHint')}
              value={mandatorRaw} onInput={(e) => { setMandatorRaw(e.currentTarget.value); setError(null) }} />
          </>
        )}
      </fieldset>
      <fieldset class="group">
        <legend>{t('mandateType')}</legend>
        <RadioOptions name="mandate-type" value={type} onChange={(v) => { setType(v); setError(null) }}
          options={MANDATE_TYPES.map((value) => ({ value, label: mandateTypeLabel(value, lang) }))} />
      </fieldset>
      <fieldset class="group">
        <legend>{t('themes')}</legend>
        {showsFinnishNames(service, lang) && <p class="field-hint">{t('themeNamesInFinnish')}</p>}
        {kela.length > 0 && <p class="group-label">{t('kelaThemes')}</p>}
        {checkboxes(kela, 'kela')}
        <p class="group-label">{t('incomesRegisterThemes')}</p>
        {checkboxes(incomesRegisterThemes(lang), 'ir')}
        <label class="field-label" for="other-theme">{t('otherTheme')}</label>
        <input id="other-theme" class="text-input" type="text" maxLength={300} value={otherTheme}
          onInput={(e) => { setOtherTheme(e.currentTarget.value); setError(null) }} />
      </fieldset>
      <label class="field-label" for="valid-until">{t('validUntil')}</label>
      <input id="valid-until" class="text-input" type="date" value={validUntil} onInput={(e) => setValidUntil(e.currentTarget.value)} />
      <label class="choice">
        <input type="checkbox" checked={pending} onChange={() => setPending(!pending)} />
        <span>{t('pending')}</span>
      </label>
      {error && <p class="field-error" role="alert">{error}</p>}
      <Button variant="secondary" onClick={add} data-testid="add-mandate">{t('addMandate')}</Button>
    </fieldset>
  )
}
