// Mandates the content script read from Suomi.fi Valtuudet pages and the user confirmed in the
// popup (issue 4 keeps them): each goes to its client (by mandator Y-tunnus) or to the user's own.
// Reading adds and updates, never deletes. Until the background answers the request, the page
// says so instead of failing silently.
import { useId, useState } from 'preact/hooks'
import { helsinkiDate } from '../../../core/portfolio/dates.ts'
import { recordMandatesFromPage } from '../../../core/portfolio/mandates.ts'
import { Button } from '../../ui/components.tsx'
import { usePortfolioText } from '../i18n/index.ts'
import { usePage } from '../page-context.ts'

type Outcome =
  | { kind: 'idle' | 'reading' | 'unavailable' | 'none' | 'unreadable' }
  | { kind: 'recorded'; clients: number; own: number; unassigned: string[] }

export function SavedMandates() {
  const { pt } = usePortfolioText()
  const { state, env, now, save } = usePage()
  const [result, setResult] = useState<Outcome>({ kind: 'idle' })
  const id = useId()

  async function fetchSaved() {
    setResult({ kind: 'reading' })
    const reply = await env.savedMandates()
    if (!reply.ok) return setResult({ kind: 'unavailable' })
    const { mandates, problem } = reply.value
    // The background keeps damaged saved data aside and reports it instead of a partial list.
    if (problem !== undefined) return setResult({ kind: 'unreadable' })
    if (mandates.length === 0) return setResult({ kind: 'none' })
    const today = helsinkiDate(now)
    const saved = await save((current) => {
      const recorded = recordMandatesFromPage(current, mandates, today)
      return { ok: true, portfolio: recorded.portfolio, value: recorded }
    })
    if (!saved.ok) return setResult({ kind: 'idle' })
    const { recorded, unassigned } = saved.value
    setResult({ kind: 'recorded', clients: recorded.clients, own: recorded.own, unassigned: [...new Set(unassigned.map((m) => m.mandator ?? '?'))] })
  }

  return (
    <section class="subsection" aria-labelledby={`${id}-heading`} data-testid="saved-mandates">
      <h3 id={`${id}-heading`}>{pt('savedMandatesHeading')}</h3>
      <p class="field-hint">{pt('savedMandatesHint')}</p>
      <Button variant="secondary" disabled={!state.writable || result.kind === 'reading'} onClick={() => void fetchSaved()} data-testid="fetch-saved">
        {pt('fetchSavedMandates')}
      </Button>
      <div role="status" class="saved-result" data-testid="saved-result" data-kind={result.kind}>
        {result.kind === 'reading' && <p>{pt('fetchingSaved')}</p>}
        {result.kind === 'unavailable' && <p>{pt('savedUnavailable')}</p>}
        {result.kind === 'none' && <p>{pt('savedNone')}</p>}
        {result.kind === 'unreadable' && <p>{pt('savedUnreadable')}</p>}
        {result.kind === 'recorded' && (
          <>
            <p>{pt('savedRecorded', { clients: result.clients, own: result.own })}</p>
            {result.unassigned.length > 0 && <p>{pt('savedUnassigned', { ids: result.unassigned.slice(0, 20).join(', ') })}</p>}
          </>
        )}
      </div>
    </section>
  )
}
