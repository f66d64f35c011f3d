// The clients × services table, windowed: of thousands of rows only those in the scroll box (and
// a few either side) are in the DOM, between two spacer rows that keep the scroll height true.
// Rows have one fixed height, so the window is arithmetic, never a layout read while scrolling.
// It stays a real table for assistive technology (aria-rowcount and aria-rowindex give each
// row's place in the whole list) and works from the keyboard: each row's client button is a tab
// stop, and Up/Down, Page Up/Down, Home and End move between rows, scrolling as they go.
import { memo } from '../memo.ts'
import { useEffect, useRef, useState } from 'preact/hooks'
import type { MutableRef } from 'preact/hooks'
import type { JSX } from 'preact'
import type { Lang, ServiceId } from '../../../core/contract/ids.ts'
import { serviceName } from '../../../core/knowledge/index.ts'
import type { MatrixRow } from '../../../core/portfolio/matrix/matrix.ts'
import type { SortKey } from '../../../core/portfolio/matrix/query.ts'
import { capitalised, formatCount, formatDate } from '../format.ts'
import { portfolioTranslator, usePortfolioText, type PortfolioMessageKey } from '../i18n/index.ts'
import { StatusBadge } from './StatusBadge.tsx'

export const ROW_HEIGHT = 52
const OVERSCAN = 8
/** Rows in view before the box is measured: its max-height is 70vh (portfolio.css). */
const initialVisible = () => (typeof innerHeight === 'number' && innerHeight > 0 ? Math.ceil((innerHeight * 0.7) / ROW_HEIGHT) + 1 : 24)

/** The performance mark the page sets once the matrix is on screen (bench/portfolio-page.bench.ts). */
export const MATRIX_SHOWN_MARK = 'valtuusapu:portfolio-matrix-shown'

export interface Sorting {
  key: SortKey
  descending: boolean
}

interface Props {
  rows: readonly MatrixRow[]
  services: readonly ServiceId[]
  pending: ReadonlySet<string>
  problemCounts: Partial<Record<ServiceId, number>>
  sorting: Sorting
  onSort: (key: SortKey) => void
  selected: string | null
  onOpen: (businessId: string) => void
  /** Set by the table: moves focus to a client's row (scrolling it into view). */
  focusRow: MutableRef<((businessId: string) => void) | null>
}

const SORTABLE: readonly { key: SortKey; label: PortfolioMessageKey }[] = [
  { key: 'name', label: 'colClient' },
  { key: 'business-id', label: 'colBusinessId' },
  { key: 'status', label: 'colStatus' },
]

/**
 * One client's row. Memoised: while scrolling, rows that stay in the window are not rendered
 * again, only the few that come in (a row's data object changes only when its client does).
 */
const Row = memo(function Row({ row, index, pending, selected, lang, onOpen }: {
  row: MatrixRow
  index: number
  pending: boolean
  selected: boolean
  lang: Lang
  onOpen: (businessId: string) => void
}) {
  const pt = portfolioTranslator(lang)
  return (
    <tr data-index={index} aria-rowindex={index + 2} data-business-id={row.businessId} data-worst={pending ? 'pending' : row.worst} class={`matrix-row${selected ? ' is-selected' : ''}`}>
      <th scope="row" class="cell-client">
        <button type="button" class="row-open" onClick={() => onOpen(row.businessId)} aria-expanded={selected}>
          {row.name ?? row.businessId}
        </button>
        {row.tags.length > 0 && <span class="row-tags">{row.tags.join(', ')}</span>}
      </th>
      <td class="cell-id">{row.businessId}</td>
      <td class="cell-status" data-status={pending ? 'pending' : row.worst}><StatusBadge status={row.worst} pending={pending} short /></td>
      {row.cells.map((cell) => (
        <td key={cell.service} class="cell-service" data-service={cell.service} data-status={pending ? 'pending' : cell.status}>
          <StatusBadge status={cell.status} endsOn={cell.endsOn} pending={pending} short />
        </td>
      ))}
      <td class="cell-ends">{row.endsOn ? formatDate(row.endsOn, lang) : <><span aria-hidden="true">–</span><span class="visually-hidden">{pt('noEndDate')}</span></>}</td>
    </tr>
  )
})

/** The column headers: sort buttons (with aria-sort) and each service's count of problems. */
const Header = memo(function Header({ services, problemCounts, sorting, onSort, lang }: {
  services: readonly ServiceId[]
  problemCounts: Partial<Record<ServiceId, number>>
  sorting: Sorting
  onSort: (key: SortKey) => void
  lang: Lang
}) {
  const pt = portfolioTranslator(lang)
  const sortState = (key: SortKey): 'ascending' | 'descending' | 'none' => (sorting.key === key ? (sorting.descending ? 'descending' : 'ascending') : 'none')
  const sortButton = (key: SortKey, label: string) => (
    <button type="button" class="sort-button" onClick={() => onSort(key)} data-testid={`sort-${key}`}>
      {label}
      <span class="sort-mark" aria-hidden="true">{sorting.key === key ? (sorting.descending ? '▼' : '▲') : '↕'}</span>
    </button>
  )
  return (
    <thead>
      <tr aria-rowindex={1}>
        {SORTABLE.map(({ key, label }) => <th key={key} scope="col" aria-sort={sortState(key)}>{sortButton(key, pt(label))}</th>)}
        {services.map((service) => {
          const { name, translated } = serviceName(service, lang)
          const problems = problemCounts[service] ?? 0
          return (
            <th key={service} scope="col" data-service={service}>
              <span class="service-name" lang={translated ? undefined : 'fi'}>{capitalised(name)}</span>
              <span class="column-count" data-testid={`problems-${service}`} data-count={problems}>{pt('columnProblems', { count: formatCount(problems, lang) })}</span>
            </th>
          )
        })}
        <th scope="col" aria-sort={sortState('ends-on')}>{sortButton('ends-on', pt('colEndsOn'))}</th>
      </tr>
    </thead>
  )
})

export function VirtualTable({ rows, services, pending, problemCounts, sorting, onSort, selected, onOpen, focusRow }: Props) {
  const { lang, pt } = usePortfolioText()
  const scroller = useRef<HTMLDivElement>(null)
  const [first, setFirst] = useState(0)
  const [visible, setVisible] = useState(initialVisible)
  // The first paint carries only the rows on screen; the rows kept ready above and below them for
  // scrolling follow right after it (fewer rows to build and lay out before the list shows).
  const [overscan, setOverscan] = useState(0)
  useEffect(() => setOverscan(OVERSCAN), [])
  const focusAfterRender = useRef<number | null>(null)

  const start = Math.max(0, Math.min(first, rows.length) - overscan)
  const end = Math.min(rows.length, first + visible + overscan)
  const shown = rows.slice(start, end)

  // The box's height, measured after layout (never read synchronously during a render): until
  // then, its CSS height (70 % of the window) gives the window of rows.
  useEffect(() => {
    const box = scroller.current
    if (!box || typeof ResizeObserver === 'undefined') return
    const observer = new ResizeObserver(([entry]) => {
      const height = entry?.contentRect.height ?? 0
      if (height > 0) setVisible(Math.ceil(height / ROW_HEIGHT) + 1)
    })
    observer.observe(box)
    return () => observer.disconnect()
  }, [])

  // "On screen": the first rows are rendered with their verdicts (or the list is empty).
  const firstReady = shown.slice(0, visible).every((row) => !pending.has(row.businessId))
  useEffect(() => {
    if (firstReady && performance.getEntriesByName(MATRIX_SHOWN_MARK).length === 0) performance.mark(MATRIX_SHOWN_MARK)
  }, [firstReady])

  useEffect(() => {
    const index = focusAfterRender.current
    if (index === null) return
    const button = scroller.current?.querySelector<HTMLButtonElement>(`tr[data-index="${index}"] .row-open`)
    if (button) {
      focusAfterRender.current = null
      button.focus({ preventScroll: true })
    }
  })

  function onScroll() {
    const box = scroller.current
    if (!box) return
    const next = Math.floor(box.scrollTop / ROW_HEIGHT)
    if (next !== first) setFirst(next)
  }

  function focusIndex(index: number) {
    const box = scroller.current
    if (!box || rows.length === 0) return
    const target = Math.max(0, Math.min(rows.length - 1, index))
    const head = box.querySelector('thead')?.offsetHeight ?? 0
    const top = target * ROW_HEIGHT
    if (top < box.scrollTop) box.scrollTop = top
    else if (top + ROW_HEIGHT + head > box.scrollTop + box.clientHeight) box.scrollTop = top + ROW_HEIGHT + head - box.clientHeight
    focusAfterRender.current = target
    setFirst(Math.floor(box.scrollTop / ROW_HEIGHT))
    // Already rendered: focus now (no re-render will follow when the window did not move).
    const button = box.querySelector<HTMLButtonElement>(`tr[data-index="${target}"] .row-open`)
    if (button) {
      focusAfterRender.current = null
      button.focus({ preventScroll: true })
    }
  }

  focusRow.current = (businessId) => {
    const index = rows.findIndex((row) => row.businessId === businessId)
    if (index >= 0) focusIndex(index)
  }

  function onKeyDown(event: JSX.TargetedKeyboardEvent<HTMLTableSectionElement>) {
    const row = (event.target as HTMLElement).closest('tr')
    if (!row?.dataset['index'] || !(event.target as HTMLElement).classList.contains('row-open')) return
    const index = Number(row.dataset['index'])
    const page = Math.max(1, visible - 2)
    const moves: Record<string, number> = { ArrowDown: index + 1, ArrowUp: index - 1, PageDown: index + page, PageUp: index - page, Home: 0, End: rows.length - 1 }
    const target = moves[event.key]
    if (target === undefined) return
    event.preventDefault()
    focusIndex(target)
  }

  return (
    <div class="matrix-scroll" ref={scroller} onScroll={onScroll} tabIndex={0} role="region" aria-labelledby="matrix-caption" data-testid="matrix-scroll">
      <table class={`matrix${services.length > 3 ? ' many-services' : ''}`} aria-rowcount={rows.length + 1} data-testid="matrix-table" data-rows={rows.length}>
        <caption id="matrix-caption" class="visually-hidden">{pt('matrixCaption')}</caption>
        <colgroup>
          <col class="col-client" />
          <col class="col-id" />
          <col class="col-status" />
          {services.map((service) => <col key={service} class="col-service" />)}
          <col class="col-ends" />
        </colgroup>
        <Header services={services} problemCounts={problemCounts} sorting={sorting} onSort={onSort} lang={lang} />
        <tbody onKeyDown={onKeyDown}>
          {start > 0 && <tr class="spacer" aria-hidden="true"><td colSpan={services.length + 4} style={{ height: `${start * ROW_HEIGHT}px` }} /></tr>}
          {shown.map((row, offset) => (
            <Row key={row.businessId} row={row} index={start + offset} pending={pending.has(row.businessId)} selected={selected === row.businessId} lang={lang} onOpen={onOpen} />
          ))}
          {end < rows.length && <tr class="spacer" aria-hidden="true"><td colSpan={services.length + 4} style={{ height: `${(rows.length - end) * ROW_HEIGHT}px` }} /></tr>}
        </tbody>
      </table>
      {rows.length === 0 && <p class="matrix-empty" data-testid="matrix-no-rows">{pt('noRowsMatch')}</p>}
    </div>
  )
}
