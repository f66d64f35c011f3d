// The firm's side of every client's mandate chain: its Y-tunnus and name (the request texts name
// them), the Kela services the matrix shows, the user's own mandates from the firm (usually the
// edustamisvaltuus), and the mandates the page reader saved from Suomi.fi Valtuudet pages.
import { useId, useState } from 'preact/hooks'
import type { JSX } from 'preact'
import { ORGANISATION_TYPES, type OrganisationType } from '../../../core/contract/case.ts'
import { serviceName } from '../../../core/knowledge/index.ts'
import { helsinkiDate } from '../../../core/portfolio/dates.ts'
import { removeMandate } from '../../../core/portfolio/mandates.ts'
import { SELECTABLE_SERVICES } from '../../../core/portfolio/model.ts'
import { markMandatesChecked, updateFirm } from '../../../core/portfolio/settings.ts'
import { normaliseCompanyName } from '../../../core/portfolio/company-name.ts'
import { readBusinessId } from '../../../core/portfolio/csv/business-id-input.ts'
import type { ServiceId } from '../../../core/contract/ids.ts'
import { Button } from '../../ui/components.tsx'
import { useI18n } from '../../ui/i18n/index.ts'
import { capitalised, formatDate } from '../format.ts'
import { usePortfolioText, type PortfolioMessageKey } from '../i18n/index.ts'
import { MandateForm } from '../mandates/MandateForm.tsx'
import { MandateList } from '../mandates/MandateList.tsx'
import { always, outcome, usePage } from '../page-context.ts'
import { SavedMandates } from './SavedMandates.tsx'

export function FirmSettings() {
  const { lang, pt } = usePortfolioText()
  const { state, now, save } = usePage()
  const { firm } = state.portfolio
  const [open, setOpen] = useState(firm.businessId === undefined)
  const id = useId()
  const services = firm.services.map((service) => capitalised(serviceName(service, lang).name)).join(', ')
  return (
    <section class="firm card" aria-labelledby="firm-heading" id="firm" data-testid="firm">
      <div class="section-head">
        <h2 id="firm-heading">{pt('firmHeading')}</h2>
        <Button variant="secondary" aria-expanded={open} aria-controls={`${id}-body`} onClick={() => setOpen(!open)} data-testid="firm-toggle">
          {open ? pt('hideFirm') : pt('editFirm')}
        </Button>
      </div>
      <dl class="firm-summary">
        <div><dt>{pt('firmLabel')}</dt><dd data-testid="firm-summary-id">{firm.businessId ? `${firm.name ?? ''} (${firm.businessId})`.trim() : pt('firmNotSet')}</dd></div>
        <div><dt>{pt('servicesLabel')}</dt><dd>{services || pt('noServices')}</dd></div>
        <div><dt>{pt('ownMandatesLabel')}</dt><dd>{ownSummary()}</dd></div>
      </dl>
      {open && (
        <div id={`${id}-body`} class="firm-body">
          <FirmForm />
          <ServicesForm />
          <section aria-labelledby={`${id}-own`} class="subsection" data-testid="own-mandates">
            <h3 id={`${id}-own`}>{pt('ownMandatesHeading')}</h3>
            <p class="field-hint">{pt('ownMandatesHint')}</p>
            <MandateList entries={firm.ownMandates} testId="own-mandate-list" target="own" />
            {firm.businessId !== undefined && <p>
              <Button variant="secondary" disabled={!state.writable} data-testid="own-checked" onClick={() => void save((current) => always(markMandatesChecked(current, 'own', helsinkiDate(now))))}>
                {pt('markOwnChecked')}
              </Button>
            </p>}
            <MandateForm target="own" firmBusinessId={firm.businessId} />
          </section>
          <SavedMandates />
        </div>
      )}
    </section>
  )

  function ownSummary(): string {
    const count = pt('mandatesRecorded', { count: firm.ownMandates.length })
    return firm.ownMandatesCheckedOn ? `${count}, ${pt('checkedOn', { date: formatDate(firm.ownMandatesCheckedOn, lang) })}` : `${count}, ${pt('notChecked')}`
  }
}

function FirmForm() {
  const { pt } = usePortfolioText()
  const { t } = useI18n()
  const { state, save, announce } = usePage()
  const { firm } = state.portfolio
  const id = useId()
  const [businessId, setBusinessId] = useState(firm.businessId ?? '')
  const [name, setName] = useState(firm.name ?? '')
  const [type, setType] = useState<OrganisationType | ''>(firm.organisationType ?? '')
  const [error, setError] = useState<{ field: 'id' | 'name'; key: PortfolioMessageKey } | null>(null)

  async function submit(event: JSX.TargetedEvent<HTMLFormElement>) {
    event.preventDefault()
    let canonical: string | undefined
    if (businessId.trim()) {
      const read = readBusinessId(businessId)
      if (!read.ok) return setError({ field: 'id', key: read.problem === 'checksum' ? 'idChecksum' : read.problem === 'unissued' ? 'idUnissued' : 'idFormat' })
      canonical = read.businessId
      setBusinessId(canonical)
    }
    const cleanName = normaliseCompanyName(name)
    const result = await save((current) => {
      const change = updateFirm(current, { businessId: canonical, name: cleanName || undefined, organisationType: type || undefined })
      return change.ok ? outcome(change, null) : { ok: false, error: change.issues.map((issue) => issue.path).join(',') }
    })
    if (!result.ok && !result.saveFailed) return setError({ field: result.error.includes('name') ? 'name' : 'id', key: result.error.includes('name') ? 'firmNameInvalid' : 'idFormat' })
    if (result.ok) {
      setError(null)
      announce(pt('firmSaved'))
    }
  }

  return (
    <form class="firm-form subsection" onSubmit={(event) => void submit(event)} data-testid="firm-form">
      <h3>{pt('firmDetailsHeading')}</h3>
      <fieldset disabled={!state.writable}>
        <div class="form-grid">
          <div>
            <label class="field-label" for={`${id}-id`}>{pt('firmIdLabel')}</label>
            <input id={`${id}-id`} class="text-input" type="text" inputMode="numeric" autoComplete="off" value={businessId} onInput={(event) => setBusinessId(event.currentTarget.value)}
              aria-invalid={error?.field === 'id'} aria-describedby={`${id}-id-hint${error?.field === 'id' ? ` ${id}-error` : ''}`} data-testid="firm-id" />
            <p class="field-hint" id={`${id}-id-hint`}>{t('businessIdHint')}</p>
          </div>
          <div>
            <label class="field-label" for={`${id}-name`}>{pt('firmNameLabel')}</label>
            <input id={`${id}-name`} class="text-input" type="text" maxLength={200} value={name} onInput={(event) => setName(event.currentTarget.value)}
              aria-invalid={error?.field === 'name'} aria-describedby={error?.field === 'name' ? `${id}-error` : undefined} data-testid="firm-name" />
          </div>
          <div>
            <label class="field-label" for={`${id}-type`}>{pt('firmTypeLabel')}</label>
            <select id={`${id}-type`} class="select" value={type} onChange={(event) => setType(event.currentTarget.value as OrganisationType | '')}>
              <option value="">{pt('notGiven')}</option>
              {ORGANISATION_TYPES.map((value) => <option key={value} value={value}>{t(`organisationType.${value}`)}</option>)}
            </select>
          </div>
        </div>
        {error && <p class="field-error" id={`${id}-error`} role="alert">{pt(error.key)}</p>}
        <Button type="submit" data-testid="firm-save">{pt('saveFirm')}</Button>
      </fieldset>
    </form>
  )
}

function ServicesForm() {
  const { lang, pt } = usePortfolioText()
  const { state, save } = usePage()
  const selected = state.portfolio.firm.services
  function toggle(service: ServiceId, on: boolean) {
    void save((current) => {
      const chosen = on ? [...current.firm.services, service] : current.firm.services.filter((s) => s !== service)
      // Columns keep the services' own order, whatever order they were ticked in.
      const change = updateFirm(current, { services: SELECTABLE_SERVICES.filter((s) => chosen.includes(s)) })
      return change.ok ? outcome(change, null) : { ok: false, error: 'services' }
    })
  }
  return (
    <fieldset class="subsection services-form" disabled={!state.writable} data-testid="services-form">
      <legend><h3 class="legend-heading">{pt('servicesHeading')}</h3></legend>
      <p class="field-hint">{pt('servicesHint')}</p>
      <div class="choices">
        {SELECTABLE_SERVICES.map((service) => {
          const { name, translated } = serviceName(service, lang)
          return (
            <label key={service} class="choice">
              <input type="checkbox" checked={selected.includes(service)} onChange={(event) => toggle(service, event.currentTarget.checked)} data-service={service} />
              <span lang={translated ? undefined : 'fi'}>{capitalised(name)}</span>
            </label>
          )
        })}
      </div>
    </fieldset>
  )
}
