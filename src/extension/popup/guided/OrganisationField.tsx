// "Your organisation's Y-tunnus (optional)": the key under which answers are remembered. It is
// also the case's organisation.businessId, which tells the engine which mandates come from
// the user's own organisation.
import { useState } from 'preact/hooks'
import { Button } from '../../ui/components.tsx'
import { useI18n } from '../../ui/i18n/index.ts'
import { parseBusinessId } from './business-id.ts'

export function OrganisationField({ organisationId, onUse, onForget }: {
  organisationId: string | undefined
  onUse: (businessId: string) => void
  onForget: () => void
}) {
  const { t } = useI18n()
  const [raw, setRaw] = useState('')
  const [error, setError] = useState<string | null>(null)
  if (organisationId) {
    return (
      <section class="organisation" aria-labelledby="organisation-heading" data-testid="organisation">
        <h2 id="organisation-heading" class="subheading">{t('organisationHeading')}</h2>
        <p>
          {t('organisationRemembered', { id: organisationId })}{' '}
          <Button variant="link" onClick={onForget}>{t('organisationForget')}</Button>
        </p>
      </section>
    )
  }
  return (
    <section class="organisation" aria-labelledby="organisation-heading" data-testid="organisation">
      <h2 id="organisation-heading" class="subheading">{t('organisationHeading')}</h2>
      <form
        class="inline-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault()
          const parsed = parseBusinessId(raw, t)
          if ('error' in parsed) setError(parsed.error)
          else onUse(parsed.value)
        }}
      >
        <label for="organisation-id" class="field-label">{t('organisationLabel')}</label>
        <p id="organisation-hint" class="field-hint">{t('organisationHint')}</p>
        <div class="inline-row">
          <input id="organisation-id" class="text-input" type="text" autoComplete="off" placeholder={t('businessIdHint')}
            aria-describedby={error ? 'organisation-hint organisation-error' : 'organisation-hint'} aria-invalid={error ? true : undefined}
            value={raw} onInput={(e) => { setRaw(e.currentTarget.value); setError(null) }} />
          <Button type="submit" variant="secondary">{t('organisationUse')}</Button>
        </div>
        {error && <p id="organisation-error" class="field-error" role="alert">{error}</p>}
      </form>
    </section>
  )
}
