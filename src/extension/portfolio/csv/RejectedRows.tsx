// The rejected rows of an import preview, each with what to do about it: correct the cells in
// place and see the row checked again, or leave it out; and the rows left out, each of which can
// be put back. The checks are the import's own (src/core/portfolio/csv/corrections.ts), so a
// corrected row is judged exactly as if the file had held it.
import { useEffect, useRef, useState } from 'preact/hooks'
import { correctRow, leaveOutRow, putBackRow, REJECT_REASON_TEXTS, rowStanding, type CsvPreview, type RejectedRow, type RowStanding } from '../../../core/portfolio/index.ts'
import { Button } from '../../ui/components.tsx'
import { formatCount } from '../format.ts'
import { usePortfolioText, type PortfolioMessageKey } from '../i18n/index.ts'
import { usePage } from '../page-context.ts'

const STANDING_TEXT: Record<RowStanding, PortfolioMessageKey> = {
  accepted: 'rowNowAccepted',
  rejected: 'rowStillRejected',
  duplicate: 'rowNowDuplicate',
  empty: 'rowNowEmpty',
  'left-out': 'rowLeftOut',
}

export function RejectedRows({ preview, listed, onChange }: {
  preview: CsvPreview
  /** Rows listed; the counts cover the whole file. */
  listed: number
  onChange: (next: CsvPreview) => void
}) {
  const { lang, pt } = usePortfolioText()
  const { state } = usePage()
  const [editing, setEditing] = useState<number | null>(null)
  const [said, setSaid] = useState<{ row: number; standing: RowStanding } | null>(null)
  const status = useRef<HTMLParagraphElement>(null)
  const count = (n: number) => formatCount(n, lang)

  function change(row: number, next: CsvPreview) {
    setEditing(null)
    setSaid({ row, standing: rowStanding(next, row) })
    onChange(next)
  }
  // The row the user worked on may have left the list: say where it went, and keep focus nearby.
  useEffect(() => {
    if (said) status.current?.focus()
  }, [said])

  const stored = state.portfolio.clients
  return (
    <>
      <p ref={status} tabIndex={-1} role="status" class="row-standing" data-testid="row-standing" data-row={said?.row} data-standing={said?.standing}>
        {said ? pt(STANDING_TEXT[said.standing], { row: said.row, reason: reasonOf(preview, said.row) }) : ''}
      </p>
      {preview.rejected.length > 0 && (
        <details class="preview-list" open data-testid="rejected-list">
          <summary>{pt('rejectedHeading', { count: count(preview.rejected.length) })}</summary>
          <p class="field-hint">{pt('rejectedHint')}</p>
          <div class="row-table-scroll" tabIndex={0} role="region" aria-label={pt('rejectedHeading', { count: count(preview.rejected.length) })}>
            <table class="row-table">
              <thead><tr>{[pt('colRow'), pt('colReason'), pt('colValue'), pt('colAction')].map((header) => <th key={header} scope="col">{header}</th>)}</tr></thead>
              <tbody>
                {preview.rejected.slice(0, listed).map((row) => (
                  editing === row.row
                    ? <CorrectionRow key={row.row} row={row} source={preview.source.find((entry) => entry.row === row.row)}
                        onCheck={(cells) => change(row.row, correctRow(preview, row.row, cells, stored))} onCancel={() => setEditing(null)} />
                    : (
                      <tr key={row.row} data-row={row.row}>
                        <th scope="row">{row.row}</th>
                        <td>{REJECT_REASON_TEXTS[row.reason][lang]}</td>
                        <td>{row.value ?? ''}</td>
                        <td class="row-actions">
                          <Button variant="secondary" class="btn-small" onClick={() => setEditing(row.row)} data-testid="correct-row"
                            aria-label={pt('correctRowLabel', { row: row.row })}>{pt('correctRow')}</Button>
                          <Button variant="secondary" class="btn-small" onClick={() => change(row.row, leaveOutRow(preview, row.row, stored))} data-testid="leave-out-row"
                            aria-label={pt('leaveOutRowLabel', { row: row.row })}>{pt('leaveOutRow')}</Button>
                        </td>
                      </tr>
                    )
                ))}
              </tbody>
            </table>
          </div>
          {preview.rejected.length > listed && <p class="field-hint">{pt('moreNotListed', { count: count(preview.rejected.length - listed) })}</p>}
        </details>
      )}
      {preview.leftOut.length > 0 && (
        <details class="preview-list" open data-testid="left-out-list">
          <summary>{pt('leftOutHeading', { count: count(preview.leftOut.length) })}</summary>
          <ul class="left-out-rows">
            {preview.leftOut.slice(0, listed).map(({ row }) => (
              <li key={row}>
                {pt('rowNumber', { row })}{' '}
                <Button variant="secondary" class="btn-small" onClick={() => change(row, putBackRow(preview, row, stored))} data-testid="put-back-row"
                  aria-label={pt('putBackRowLabel', { row })}>{pt('putBackRow')}</Button>
              </li>
            ))}
          </ul>
        </details>
      )}
    </>
  )

  function reasonOf(current: CsvPreview, row: number): string {
    const rejected = current.rejected.find((entry) => entry.row === row)
    return rejected ? REJECT_REASON_TEXTS[rejected.reason][lang] : ''
  }
}

function CorrectionRow({ row, source, onCheck, onCancel }: {
  row: RejectedRow
  source: CsvPreview['source'][number] | undefined
  onCheck: (cells: { businessId: string; name: string }) => void
  onCancel: () => void
}) {
  const { pt } = usePortfolioText()
  // A cell that held a henkilötunnus was never kept: it starts empty.
  const [businessId, setBusinessId] = useState(source?.businessId ?? '')
  const [name, setName] = useState(source?.name ?? '')
  const first = useRef<HTMLInputElement>(null)
  useEffect(() => {
    (row.field === 'name' ? first.current?.form?.elements.namedItem('name') as HTMLInputElement | null : first.current)?.focus()
  }, [])
  const idField = `correct-id-${row.row}`
  const nameField = `correct-name-${row.row}`
  return (
    <tr data-row={row.row} data-testid="correction-row">
      <th scope="row">{row.row}</th>
      <td colSpan={3}>
        <form class="correction-form" onSubmit={(event) => { event.preventDefault(); onCheck({ businessId, name }) }}>
          <span class="correction-field">
            <label for={idField}>{pt('colBusinessId')}</label>
            <input id={idField} name="business-id" class="text-input" value={businessId} ref={first} autocomplete="off" spellcheck={false}
              aria-invalid={row.field === 'business-id' || row.field === undefined} onInput={(event) => setBusinessId(event.currentTarget.value)} data-testid="correct-business-id" />
          </span>
          <span class="correction-field">
            <label for={nameField}>{pt('colName')}</label>
            <input id={nameField} name="name" class="text-input" value={name} autocomplete="off"
              aria-invalid={row.field === 'name'} onInput={(event) => setName(event.currentTarget.value)} data-testid="correct-name" />
          </span>
          <Button type="submit" class="btn-small" data-testid="check-row">{pt('checkRowAgain')}</Button>
          <Button variant="secondary" class="btn-small" onClick={onCancel} data-testid="cancel-correction">{pt('cancel')}</Button>
        </form>
      </td>
    </tr>
  )
}
