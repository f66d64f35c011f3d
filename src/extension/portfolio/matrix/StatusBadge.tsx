// One cell status as the matrix shows it: a coloured mark (decoration only) and the status in
// words, so colour is never the only signal. "Ends soon" names the date. `short` for the matrix's
// narrow cells (the legend under the matrix gives each status in full).
import type { CellStatus } from '../../../core/portfolio/matrix/cell-status.ts'
import { CELL_STATUS_TEXTS } from '../../../core/portfolio/texts.ts'
import { formatDate } from '../format.ts'
import { usePortfolioText } from '../i18n/index.ts'

export function StatusBadge({ status, endsOn, pending, short }: { status: CellStatus; endsOn?: string | undefined; pending?: boolean; short?: boolean }) {
  const { lang, pt } = usePortfolioText()
  if (pending) return <span class="status status-pending">{pt('checking')}</span>
  // The matrix's cells are narrow: short words there, the full status in the legend and the details.
  const text = status === 'ends-soon' && endsOn ? pt('endsOnDate', { date: formatDate(endsOn, lang) }) : short ? pt(`statusShort.${status}`) : CELL_STATUS_TEXTS[status][lang]
  return <span class={`status status-${status}`}>{text}</span>
}
