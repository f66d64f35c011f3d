// The mandates recorded for a client (or the user's own from the firm), each with what it is,
// what it covers, how long, where it was recorded, and a button to remove it. A removal names the
// mandate by its identity (recordKey), never its position, so a double-click or another tab removing
// the same mandate removes that one only; it can be undone for UNDO_MS.
import { useEffect, useRef, useState } from 'preact/hooks'
import type { Mandate } from '../../../core/contract/case.ts'
import { recordKey, removeMandate, restoreMandate, type MandateTarget } from '../../../core/portfolio/mandates.ts'
import { helsinkiDate } from '../../../core/portfolio/dates.ts'
import type { RecordedMandate } from '../../../core/portfolio/model.ts'
import { daysBetween } from '../../../core/portfolio/dates.ts'
import { Button } from '../../ui/components.tsx'
import { formatDate } from '../format.ts'
import { usePortfolioText, type PortfolioTranslate } from '../i18n/index.ts'
import { always, usePage } from '../page-context.ts'
import { mandateTypeName } from './mandate-text.ts'
import type { Lang } from '../../../core/contract/ids.ts'

/** How long "Undo" is offered after a removal. */
export const UNDO_MS = 10_000

export function MandateList({ entries, target, testId }: { entries: readonly RecordedMandate[]; target: MandateTarget; testId: string }) {
  const { lang, pt } = usePortfolioText()
  const { now, state, save } = usePage()
  const today = helsinkiDate(now)
  const [removed, setRemoved] = useState<{ entry: RecordedMandate; index: number } | null>(null)
  const undoTimer = useRef<ReturnType<typeof setTimeout>>()
  useEffect(() => () => clearTimeout(undoTimer.current), [])

  function remove(entry: RecordedMandate, index: number) {
    const key = recordKey(entry)
    void save((current) => always(removeMandate(current, target, key))).then(() => {
      setRemoved({ entry, index })
      clearTimeout(undoTimer.current)
      undoTimer.current = setTimeout(() => setRemoved(null), UNDO_MS)
    })
  }
  function undo() {
    if (!removed) return
    const { entry, index } = removed
    setRemoved(null)
    clearTimeout(undoTimer.current)
    void save((current) => always(restoreMandate(current, target, entry, index)))
  }

  const undoLine = (
    <p class="mandate-removed" role="status" data-testid={`${testId}-removed`}>
      {removed && <>{pt('mandateRemoved', { type: mandateTypeName(removed.entry.mandate.type, lang) })}{' '}
        <Button variant="link" onClick={undo} data-testid="undo-remove">{pt('undoRemove')}</Button></>}
    </p>
  )
  if (entries.length === 0) return <>{undoLine}<p class="muted" data-testid={testId} data-count={0}>{pt('noMandatesRecorded')}</p></>
  return (
    <>
      {undoLine}
      <ul class="mandate-list" data-testid={testId} data-count={entries.length}>
        {entries.map((entry, index) => (
          <li key={recordKey(entry)} class="mandate-item" data-key={recordKey(entry)}>
            <p class="mandate-title"><strong>{mandateTypeName(entry.mandate.type, lang)}</strong> · {holderText(entry.mandate, pt)}</p>
            <ul class="mandate-themes">{entry.mandate.themes.map((theme) => <li key={theme}>{theme}</li>)}</ul>
            <p class="mandate-meta">{metaText(entry, today, lang, pt)}</p>
            <Button
              variant="link"
              disabled={!state.writable}
              onClick={() => remove(entry, index)}
              aria-label={pt('removeMandateNamed', { type: mandateTypeName(entry.mandate.type, lang), number: index + 1 })}
            >
              {pt('removeMandate')}
            </Button>
          </li>
        ))}
      </ul>
    </>
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
