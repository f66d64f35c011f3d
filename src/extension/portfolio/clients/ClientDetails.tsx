// One client: the engine's verdict per service with its findings, the request texts to copy, the
// mandates recorded for the client (from Valtuudet pages or typed in), editing and deleting.
// Opening it moves focus to its heading; closing returns focus to the client's row.
import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks'
import type { JSX } from 'preact'
import { diagnose } from '../../../core/diagnosis/index.ts'
import { serviceName } from '../../../core/knowledge/index.ts'
import { buildMatrix, helsinkiDate, markMandatesChecked, removeClients, removeMandate, updateClient, type Client } from '../../../core/portfolio/index.ts'
import { buildClientCase } from '../../../core/portfolio/matrix/client-case.ts'
import type { Result } from '../../../core/contract/result.ts'
import { Button } from '../../ui/components.tsx'
import { useI18n } from '../../ui/i18n/index.ts'
import { capitalised, formatDate } from '../format.ts'
import { usePortfolioText } from '../i18n/index.ts'
import { MandateForm } from '../mandates/MandateForm.tsx'
import { MandateList } from '../mandates/MandateList.tsx'
import { StatusBadge } from '../matrix/StatusBadge.tsx'
import { always, outcome, usePage } from '../page-context.ts'
import { clientErrorText } from './client-errors.ts'
import { RequestTexts } from './RequestTexts.tsx'

export function ClientDetails({ businessId }: { businessId: string }) {
  const { lang, pt } = usePortfolioText()
  const { state, now, select, save } = usePage()
  const heading = useRef<HTMLHeadingElement>(null)
  const client = state.portfolio.clients.find((entry) => entry.businessId === businessId)
  useEffect(() => {
    heading.current?.focus()
    heading.current?.scrollIntoView?.({ block: 'start' })
  }, [])
  if (!client) return null
  const checked = client.mandatesCheckedOn
  return (
    <section class="client-details card" aria-labelledby="client-heading" id="client-details" data-testid="client-details" data-business-id={businessId}>
      <div class="section-head">
        <h2 id="client-heading" tabIndex={-1} ref={heading}>{client.name ?? pt('noName')} <span class="heading-id">({client.businessId})</span></h2>
        <Button variant="secondary" onClick={() => select(null)} data-testid="close-details">{pt('closeDetails')}</Button>
      </div>
      <Verdicts client={client} />
      <RequestTexts businessId={businessId} />
      <section class="subsection" aria-labelledby="client-mandates-heading" data-testid="client-mandates">
        <h3 id="client-mandates-heading">{pt('clientMandatesHeading')}</h3>
        <p class="field-hint">{pt('clientMandatesHint')}</p>
        <MandateList entries={client.mandates} testId="client-mandate-list" target={{ client: businessId }} />
        <p>
          <span data-testid="checked-on">{checked ? pt('checkedOn', { date: formatDate(checked, lang) }) : pt('notChecked')}</span>{' '}
          <Button variant="secondary" disabled={!state.writable} data-testid="mark-checked" onClick={() => void save((current) => always(markMandatesChecked(current, { client: businessId }, helsinkiDate(now))))}>
            {pt('markClientChecked')}
          </Button>
        </p>
        <MandateForm target={{ client: businessId }} firmBusinessId={state.portfolio.firm.businessId} />
      </section>
      <EditClient client={client} />
    </section>
  )
}

/** The engine's result per service for this client, in the page's language. */
function Verdicts({ client }: { client: Client }) {
  const { lang, pt } = usePortfolioText()
  const { t } = useI18n()
  const { state, now, engine: given } = usePage()
  const engine = given ?? diagnose
  const { firm } = state.portfolio
  const row = useMemo(() => buildMatrix({ ...state.portfolio, clients: [client] }, { now, lang }, engine).rows[0], [client, firm, now, lang])
  const results = useMemo(() => firm.services.map((service): Result | null => {
    try {
      return engine(buildClientCase(client, firm, service, { now, lang }))
    } catch {
      return null
    }
  }), [client, firm, now, lang])
  return (
    <section class="subsection" aria-labelledby="verdicts-heading" data-testid="verdicts">
      <h3 id="verdicts-heading">{pt('verdictsHeading')}</h3>
      {firm.services.length === 0 && <p class="muted">{pt('noServicesChosen')}</p>}
      <ul class="verdict-list">
        {row?.cells.map((cell, i) => {
          const result = results[i]
          const findings = (result?.findings ?? []).filter((finding) => finding.severity === 'blocking' || finding.severity === 'warning')
          const { name, translated } = serviceName(cell.service, lang)
          return (
            <li key={cell.service} data-service={cell.service} data-status={cell.status}>
              <p class="verdict-line"><strong lang={translated ? undefined : 'fi'}>{capitalised(name)}</strong>: <StatusBadge status={cell.status} endsOn={cell.endsOn} /></p>
              {cell.status === 'unknown' && <p class="field-hint">{pt('unknownWhy')}</p>}
              {findings.length > 0 && (
                <ul class="finding-lines">
                  {findings.map((finding, j) => (
                    <li key={j}>{finding.title} <span class="muted">({t('fixedBy')} {t(`fixer.${finding.fixedBy}`)})</span></li>
                  ))}
                </ul>
              )}
            </li>
          )
        })}
      </ul>
    </section>
  )
}

function EditClient({ client }: { client: Client }) {
  const { lang, pt } = usePortfolioText()
  const { state, save, select, announce } = usePage()
  const id = useId()
  const [name, setName] = useState(client.name ?? '')
  const [tags, setTags] = useState(client.tags.join(', '))
  const [error, setError] = useState<string | null>(null)
  const [confirming, setConfirming] = useState(false)

  async function submit(event: JSX.TargetedEvent<HTMLFormElement>) {
    event.preventDefault()
    const input = { name, tags: tags.split(',') }
    const result = await save((current) => outcome(updateClient(current, client.businessId, input), null))
    if (!result.ok && !result.saveFailed) return setError(clientErrorText(result.error, lang, pt))
    setError(null)
    if (result.ok) announce(pt('clientSaved'))
  }

  async function remove() {
    const result = await save((current) => always(removeClients(current, [client.businessId])))
    if (result.ok) {
      announce(pt('clientDeleted', { name: client.name ?? client.businessId }))
      select(null)
    }
  }

  return (
    <section class="subsection" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{pt('editClientHeading')}</h3>
      <form onSubmit={(event) => void submit(event)} data-testid="edit-client">
        <fieldset disabled={!state.writable}>
          <div class="form-grid">
            <div>
              <label class="field-label" for={`${id}-name`}>{pt('clientNameLabel')}</label>
              <input id={`${id}-name`} class="text-input" type="text" maxLength={200} value={name} onInput={(event) => setName(event.currentTarget.value)} />
            </div>
            <div>
              <label class="field-label" for={`${id}-tags`}>{pt('tagsLabel')}</label>
              <input id={`${id}-tags`} class="text-input" type="text" value={tags} onInput={(event) => setTags(event.currentTarget.value)} aria-describedby={`${id}-tags-hint`} />
              <p class="field-hint" id={`${id}-tags-hint`}>{pt('tagsHint')}</p>
            </div>
          </div>
          {error && <p class="field-error" role="alert">{error}</p>}
          <div class="button-row">
            <Button type="submit" data-testid="save-client">{pt('saveClient')}</Button>
            {!confirming && <Button variant="secondary" onClick={() => setConfirming(true)} data-testid="delete-client">{pt('deleteClient')}</Button>}
          </div>
          {confirming && (
            <div class="confirm" role="group" aria-labelledby={`${id}-confirm`} data-testid="confirm-delete">
              <p id={`${id}-confirm`}>{pt('deleteConfirmText', { name: client.name ?? client.businessId })}</p>
              <div class="button-row">
                <Button class="btn-danger" onClick={() => void remove()} data-testid="confirm-delete-yes">{pt('deleteConfirm')}</Button>
                <Button variant="secondary" onClick={() => setConfirming(false)}>{pt('cancel')}</Button>
              </div>
            </div>
          )}
        </fieldset>
      </form>
    </section>
  )
}
