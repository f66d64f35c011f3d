// One cell status as the matrix shows it: a coloured mark (decoration only) and the status in
// words, so colour is never the only signal. "Ends soon" names the date.
import { CELL_STATUS_TEXTS, type CellStatus } from '../../../core/portfolio/index.ts'
import { formatDate } from '../format.ts'
import { usePortfolioText } from '../i18n/index.ts'

export function StatusBadge({ status, endsOn, pending }: { status: CellStatus; endsOn?: string | undefined; pending?: boolean }) {
  const { lang, pt } = usePortfolioText()
  if (pending) return <span class="status status-pending">{pt('checking')}</span>
  const text = status === 'ends-soon' && endsOn ? pt('endsOnDate', { date: formatDate(endsOn, lang) }) : CELL_STATUS_TEXTS[status][lang]
  return <span class={`status status-${status}`}>{text}</span>
}
