// Adding a client by hand: the same checks as a CSV row (a valid Y-tunnus, typed in any of the
// usual messy ways; no henkilötunnus anywhere; a name of at most 200 characters).
import { useId, useState } from 'preact/hooks'
import type { JSX } from 'preact'
import { addClient, NORMALISATION_TEXTS } from '../../../core/portfolio/index.ts'
import { Button } from '../../ui/components.tsx'
import { useI18n } from '../../ui/i18n/index.ts'
import { usePortfolioText } from '../i18n/index.ts'
import { usePage } from '../page-context.ts'
import { clientErrorText } from './client-errors.ts'

export function AddClient() {
  const { lang, pt } = usePortfolioText()
  const { t } = useI18n()
  const { state, save, select } = usePage()
  const id = useId()
  const [businessId, setBusinessId] = useState('')
  const [name, setName] = useState('')
  const [tags, setTags] = useState('')
  const [error, setError] = useState<{ text: string; field: 'business-id' | 'name' | 'tags' | undefined } | null>(null)
  const [added, setAdded] = useState<{ id: string; notes: string[] } | null>(null)

  async function submit(event: JSX.TargetedEvent<HTMLFormElement>) {
    event.preventDefault()
    const input = { businessId, name, tags: tags.split(',') }
    const result = await save((current) => {
      const change = addClient(current, input)
      return change.ok ? { ok: true, portfolio: change.portfolio, value: change.normalised } : { ok: false, error: `${change.error}:${change.field ?? ''}` }
    })
    if (!result.ok) {
      if (!result.saveFailed) {
        const [code, field] = result.error.split(':') as [string, string]
        setError({ text: clientErrorText(code, lang, pt), field: (field || undefined) as 'business-id' | 'name' | 'tags' | undefined })
      }
      setAdded(null)
      return
    }
    const added = result.portfolio.clients.at(-1)!.businessId
    setError(null)
    setAdded({ id: added, notes: result.value.map((code) => NORMALISATION_TEXTS[code][lang]) })
    setBusinessId('')
    setName('')
    setTags('')
  }

  const invalid = (field: 'business-id' | 'name' | 'tags') => error?.field === field
  return (
    <section class="card tool" aria-labelledby="add-client-heading" id="add-client" data-testid="add-client">
      <h2 id="add-client-heading">{pt('addClientHeading')}</h2>
      <form onSubmit={(event) => void submit(event)}>
        <fieldset disabled={!state.writable}>
          <label class="field-label" for={`${id}-id`}>{pt('clientIdLabel')}</label>
          <input id={`${id}-id`} class="text-input" type="text" autoComplete="off" value={businessId} onInput={(event) => setBusinessId(event.currentTarget.value)}
            aria-invalid={invalid('business-id')} aria-describedby={`${id}-id-hint${invalid('business-id') ? ` ${id}-error` : ''}`} data-testid="add-client-id" />
          <p class="field-hint" id={`${id}-id-hint`}>{t('businessIdHint')}</p>
          <label class="field-label" for={`${id}-name`}>{pt('clientNameLabel')}</label>
          <input id={`${id}-name`} class="text-input" type="text" maxLength={200} value={name} onInput={(event) => setName(event.currentTarget.value)}
            aria-invalid={invalid('name')} aria-describedby={invalid('name') ? `${id}-error` : undefined} data-testid="add-client-name" />
          <label class="field-label" for={`${id}-tags`}>{pt('tagsLabel')}</label>
          <input id={`${id}-tags`} class="text-input" type="text" value={tags} onInput={(event) => setTags(event.currentTarget.value)}
            aria-invalid={invalid('tags')} aria-describedby={`${id}-tags-hint${invalid('tags') ? ` ${id}-error` : ''}`} />
          <p class="field-hint" id={`${id}-tags-hint`}>{pt('tagsHint')}</p>
          {error && <p class="field-error" id={`${id}-error`} role="alert" data-testid="add-client-error">{error.text}</p>}
          <Button type="submit" data-testid="add-client-submit">{pt('addClient')}</Button>
        </fieldset>
      </form>
      <div role="status" data-testid="add-client-result">
        {added && (
          <p>
            {pt('clientAdded', { id: added.id })}{added.notes.length > 0 && ` (${added.notes.join(', ')})`}{' '}
            <Button variant="link" onClick={() => select(added.id)}>{pt('openClient')}</Button>
          </p>
        )}
      </div>
    </section>
  )
}
