// The mandates recorded for a client (or the user's own from the firm), each with what it is,
// what it covers, how long, where it was recorded, and a button to remove it.
import type { Mandate } from '../../../core/contract/case.ts'
import { helsinkiDate } from '../../../core/portfolio/dates.ts'
import type { RecordedMandate } from '../../../core/portfolio/model.ts'
import { daysBetween } from '../../../core/portfolio/dates.ts'
import { Button } from '../../ui/components.tsx'
import { formatDate } from '../format.ts'
import { usePortfolioText, type PortfolioTranslate } from '../i18n/index.ts'
import { usePage } from '../page-context.ts'
import { mandateTypeName } from './mandate-text.ts'
import type { Lang } from '../../../core/contract/ids.ts'

export function MandateList({ entries, onRemove, testId }: { entries: readonly RecordedMandate[]; onRemove: (index: number) => void; testId: string }) {
  const { lang, pt } = usePortfolioText()
  const { now, state } = usePage()
  const today = helsinkiDate(now)
  if (entries.length === 0) return <p class="muted" data-testid={testId} data-count={0}>{pt('noMandatesRecorded')}</p>
  return (
    <ul class="mandate-list" data-testid={testId} data-count={entries.length}>
      {entries.map((entry, index) => (
        <li key={index} class="mandate-item">
          <p class="mandate-title"><strong>{mandateTypeName(entry.mandate.type, lang)}</strong> · {holderText(entry.mandate, pt)}</p>
          <ul class="mandate-themes">{entry.mandate.themes.map((theme) => <li key={theme}>{theme}</li>)}</ul>
          <p class="mandate-meta">{metaText(entry, today, lang, pt)}</p>
          <Button
            variant="link"
            disabled={!state.writable}
            onClick={() => onRemove(index)}
            aria-label={pt('removeMandateNamed', { type: mandateTypeName(entry.mandate.type, lang), number: index + 1 })}
          >
            {pt('removeMandate')}
          </Button>
        </li>
      ))}
    </ul>
  )
}

function holderText(mandate: Mandate, pt: PortfolioTranslate): string {
  const holder = mandate.holder === 'me' ? pt('heldByMe') : pt('heldByFirm')
  return mandate.mandator ? `${holder}, ${pt('givenBy', { id: mandate.mandator })}` : holder
}

function metaText(entry: RecordedMandate, today: string, lang: Lang, pt: PortfolioTranslate): string {
  const { mandate } = entry
  const parts: string[] = []
  if (mandate.status === 'pending-request') parts.push(pt('pendingRequest'))
  if (mandate.validFrom) parts.push(pt('validFromDate', { date: formatDate(mandate.validFrom, lang) }))
  if (mandate.validUntil) {
    const left = daysBetween(today, mandate.validUntil)
    parts.push(left < 0 ? pt('endedOn', { date: formatDate(mandate.validUntil, lang) }) : pt('validUntilDate', { date: formatDate(mandate.validUntil, lang) }))
  } else {
    parts.push(pt('noEndDate'))
  }
  const ids = mandate.restrictions?.businessIds
  if (ids) parts.push(pt('limitedToClients', { count: ids.length }))
  const workplaces = mandate.restrictions?.workplaces
  if (workplaces) parts.push(pt('limitedToWorkplaces', { count: workplaces.length }))
  parts.push(pt(entry.source === 'manual' ? 'enteredOn' : 'readOn', { date: formatDate(entry.recordedOn, lang) }))
  return parts.join(' · ')
}
