// The matrix of clients × the Kela services the firm works in (issue 6 point 3): each cell the
// engine's verdict for that client and service. Filters double as counts (all, problems only,
// ending soon, unknown), search matches names, tags and Y-tunnukset, the columns sort, and a
// legend says what each status means. While a long list is still being checked the page says
// how far it is.
import { useEffect, useMemo, useState } from 'preact/hooks'
import type { MutableRef } from 'preact/hooks'
import { serviceName } from '../../../core/knowledge/index.ts'
import { CELL_STATUSES, isProblem } from '../../../core/portfolio/matrix/cell-status.ts'
import { countMatrix, queryMatrix } from '../../../core/portfolio/matrix/query.ts'
import { CELL_STATUS_TEXTS } from '../../../core/portfolio/texts.ts'
import type { MatrixFilter, SortKey } from '../../../core/portfolio/matrix/query.ts'
import { capitalised, formatCount } from '../format.ts'
import { usePortfolioText, type PortfolioMessageKey } from '../i18n/index.ts'
import { usePage } from '../page-context.ts'
import { triage } from '../../../core/diagnosis/engine.ts'
import { useMatrixRows } from './use-matrix-rows.ts'
import { MATRIX_SHOWN_MARK, VirtualTable, type Sorting } from './VirtualTable.tsx'

const FILTER_LABELS: Record<MatrixFilter, PortfolioMessageKey> = {
  all: 'filterAll',
  problems: 'filterProblems',
  'ending-soon': 'filterEndingSoon',
  unknown: 'filterUnknown',
}

export function MatrixSection({ focusRow }: { focusRow: MutableRef<((businessId: string) => void) | null> }) {
  const { lang, pt } = usePortfolioText()
  const { state, now, engine, selected, select } = usePage()
  const { portfolio } = state
  // A cell needs the verdict and the finding ids only: triage() gives diagnose()'s without the texts.
  const snapshot = useMatrixRows(portfolio, now, lang, engine ?? triage)
  const [search, setSearch] = useState('')
  const [filter, setFilter] = useState<MatrixFilter>('all')
  const [sorting, setSorting] = useState<Sorting>({ key: 'name', descending: false })
  const services = portfolio.firm.services
  const { rows, pending } = snapshot

  const computed = useMemo(() => (pending.size === 0 ? rows : rows.filter((row) => !pending.has(row.businessId))), [rows, pending])
  const counts = useMemo(() => countMatrix(computed, services), [computed, services])
  const shown = useMemo(
    () => queryMatrix(filter === 'all' ? rows : computed, { search, filter, sort: sorting.key, descending: sorting.descending, lang }),
    [rows, computed, search, filter, sorting, lang],
  )
  const filterCounts: Record<MatrixFilter, number> = {
    all: rows.length,
    problems: counts.rowsWithProblems,
    'ending-soon': counts.rowsEndingSoon,
    unknown: computed.filter((row) => row.cells.some((cell) => cell.status === 'unknown')).length,
  }
  const problemCounts = Object.fromEntries(services.map((service) => [service, CELL_STATUSES.filter(isProblem).reduce((n, status) => n + (counts.cells[service]?.[status] ?? 0), 0)]))

  // An empty list is on screen at once (a long one sets the mark in VirtualTable).
  useEffect(() => {
    if (rows.length === 0 && performance.getEntriesByName(MATRIX_SHOWN_MARK).length === 0) performance.mark(MATRIX_SHOWN_MARK)
  }, [rows.length === 0])

  function sortBy(key: SortKey) {
    setSorting((current) => (current.key === key ? { key, descending: !current.descending } : { key, descending: false }))
  }

  return (
    <section class="matrix-section" aria-labelledby="matrix-heading" id="matrix" data-testid="matrix" data-clients={rows.length} data-pending={pending.size}>
      <h2 id="matrix-heading">{pt('matrixHeading')}</h2>
      {rows.length === 0 ? (
        <div class="empty-state" data-testid="matrix-empty">
          <p>{pt('emptyList')}</p>
          <ul>
            <li><a href="#import">{pt('emptyImport')}</a></li>
            <li><a href="#add-client">{pt('emptyAdd')}</a></li>
            <li><a href="#backup">{pt('emptyRestore')}</a></li>
          </ul>
        </div>
      ) : (
        <>
          {services.length === 0 && <p class="notice notice-warning" data-testid="no-services">{pt('noServicesChosen')}</p>}
          <div class="matrix-toolbar">
            <div class="search-field">
              <label class="field-label" for="matrix-search">{pt('searchLabel')}</label>
              <input id="matrix-search" class="text-input" type="search" value={search} onInput={(event) => setSearch(event.currentTarget.value)} aria-describedby="matrix-search-hint" data-testid="matrix-search" />
              <p class="field-hint" id="matrix-search-hint">{pt('searchHint')}</p>
            </div>
            <fieldset class="filters" data-testid="filters">
              <legend class="field-label">{pt('filterLegend')}</legend>
              <div class="filter-options">
                {(Object.keys(FILTER_LABELS) as MatrixFilter[]).map((key) => (
                  <label key={key} class={`filter-option${filter === key ? ' is-checked' : ''}`}>
                    <input type="radio" name="matrix-filter" value={key} checked={filter === key} onChange={() => setFilter(key)} data-testid={`filter-${key}`} />
                    <span>{pt(FILTER_LABELS[key])}</span>
                    <span class="filter-count" data-testid={`count-${key}`} data-count={filterCounts[key]}>{formatCount(filterCounts[key], lang)}</span>
                  </label>
                ))}
              </div>
            </fieldset>
          </div>
          {pending.size > 0 && (
            <p class="progress-line" data-testid="matrix-progress">
              <progress max={rows.length} value={rows.length - pending.size} aria-labelledby="matrix-progress-text" />
              <span id="matrix-progress-text">{pt('checkingProgress', { done: formatCount(rows.length - pending.size, lang), total: formatCount(rows.length, lang) })}</span>
            </p>
          )}
          <p class="shown-count" role="status" data-testid="shown-count" data-count={shown.length}>
            {pt('showingCount', { shown: formatCount(shown.length, lang), total: formatCount(rows.length, lang) })}
          </p>
          <VirtualTable
            rows={shown}
            services={services}
            pending={pending}
            problemCounts={problemCounts}
            sorting={sorting}
            onSort={sortBy}
            selected={selected}
            onOpen={(id) => select(selected === id ? null : id)}
            focusRow={focusRow}
          />
          <details class="matrix-details">
            <summary>{pt('countsPerService')}</summary>
            <table class="counts-table" data-testid="counts-table">
              <thead>
                <tr>
                  <th scope="col">{pt('colStatus')}</th>
                  {services.map((service) => <th key={service} scope="col">{capitalised(serviceName(service, lang).name)}</th>)}
                </tr>
              </thead>
              <tbody>
                {CELL_STATUSES.map((status) => (
                  <tr key={status}>
                    <th scope="row">{CELL_STATUS_TEXTS[status][lang]}</th>
                    {services.map((service) => <td key={service} data-service={service} data-status={status}>{formatCount(counts.cells[service]?.[status] ?? 0, lang)}</td>)}
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
          <details class="matrix-details">
            <summary>{pt('legendHeading')}</summary>
            <dl class="legend">
              {CELL_STATUSES.map((status) => (
                <div key={status}>
                  <dt><span class={`status status-${status}`}>{CELL_STATUS_TEXTS[status][lang]}</span>{pt(`statusShort.${status}`) !== CELL_STATUS_TEXTS[status][lang] && <span class="legend-short"> ({pt(`statusShort.${status}`)})</span>}</dt>
                  <dd>{pt(`statusHelp.${status}`)}</dd>
                </div>
              ))}
            </dl>
          </details>
        </>
      )}
    </section>
  )
}
