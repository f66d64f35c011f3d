// Importing clients from a CSV or TSV file (issue 6 point 1). Nothing is saved until the user has
// seen the preview: the rows to add, the rejected rows with the reason, the duplicates (within the
// file and of clients already in the list), and what Valtuusapu noticed about the file (encoding,
// delimiter, columns it read and columns it refused to read). Then one save adds them all.
import { useEffect, useState } from 'preact/hooks'
import {
  applyCsvImport, FILE_ERROR_TEXTS, FILE_NOTICE_TEXTS, NORMALISATION_TEXTS, previewCsvImport, previewTotal,
  type AcceptedRow, type CsvPreview, type DuplicateRow,
} from '../../../core/portfolio/index.ts'
import type { Lang } from '../../../core/contract/ids.ts'
import type { FileError } from '../../../core/portfolio/csv/import.ts'
import type { Delimiter } from '../../../core/portfolio/csv/rows.ts'
import { Button, Notice } from '../../ui/components.tsx'
import { fileBytes } from '../files.ts'
import { FilePicker } from '../FilePicker.tsx'
import { formatCount } from '../format.ts'
import { usePortfolioText, type PortfolioMessageKey } from '../i18n/index.ts'
import { usePage } from '../page-context.ts'
import { RejectedRows } from './RejectedRows.tsx'

/** Rows listed per table; the counts always cover the whole file. */
const LISTED = 200

/** Marks around one import, for the Chromium test and the bench: file chosen, preview on screen. */
export const CSV_CHOSEN_MARK = 'valtuusapu:csv-chosen'
export const CSV_PREVIEW_MARK = 'valtuusapu:csv-preview-shown'

type ImportState =
  | { kind: 'idle' }
  | { kind: 'reading'; file: string }
  | { kind: 'error'; file: string; error: FileError | 'too-many-clients'; headers?: string[] }
  | { kind: 'preview'; file: string; preview: CsvPreview; started: number }
  | { kind: 'saving'; file: string; count: number }
  | { kind: 'done'; added: number; renamed: number }

const DELIMITER_NAMES: Record<Delimiter, PortfolioMessageKey> = { ';': 'delimiterSemicolon', ',': 'delimiterComma', '\t': 'delimiterTab' }

export function CsvImport() {
  const { lang, pt } = usePortfolioText()
  const { state, save } = usePage()
  const [step, setStep] = useState<ImportState>({ kind: 'idle' })
  const [updateNames, setUpdateNames] = useState(false)
  const [previewMs, setPreviewMs] = useState<number | null>(null)

  async function read(file: File) {
    performance.clearMarks(CSV_CHOSEN_MARK)
    performance.clearMarks(CSV_PREVIEW_MARK)
    performance.mark(CSV_CHOSEN_MARK)
    const started = performance.now()
    setStep({ kind: 'reading', file: file.name })
    setPreviewMs(null)
    // Let "Reading…" paint before the (short) synchronous parse.
    await new Promise((resolve) => setTimeout(resolve, 0))
    try {
      const result = previewCsvImport(await fileBytes(file), state.portfolio.clients)
      setUpdateNames(false)
      setStep(result.ok ? { kind: 'preview', file: file.name, preview: result, started } : { kind: 'error', file: file.name, error: result.error, ...(result.headers ? { headers: result.headers } : {}) })
    } catch {
      setStep({ kind: 'error', file: file.name, error: 'binary' })
    }
  }

  useEffect(() => {
    if (step.kind !== 'preview' || previewMs !== null) return
    performance.mark(CSV_PREVIEW_MARK)
    setPreviewMs(performance.now() - step.started)
  }, [step])

  async function apply(preview: CsvPreview, file: string) {
    setStep({ kind: 'saving', file, count: preview.accepted.length })
    const result = await save((current) => {
      const applied = applyCsvImport(current, preview, { updateStoredNames: updateNames })
      return applied.ok ? { ok: true, portfolio: applied.portfolio, value: applied } : { ok: false, error: applied.error }
    })
    if (result.ok) setStep({ kind: 'done', added: result.value.added, renamed: result.value.renamed })
    // Not saved: the preview stays, so the user can try again once the page says why.
    else if (result.saveFailed) setStep({ kind: 'preview', file, preview, started: performance.now() })
    else setStep({ kind: 'error', file, error: 'too-many-clients' })
  }

  return (
    <section class="card tool tool-wide" aria-labelledby="import-heading" id="import" data-testid="csv-import" data-step={step.kind}>
      <h2 id="import-heading">{pt('importHeading')}</h2>
      <p class="field-hint">{pt('importHint')}</p>
      <FilePicker label={pt('chooseCsv')} hint={pt('csvFormats')} accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values,text/plain"
        disabled={!state.writable || step.kind === 'reading' || step.kind === 'saving'} onFile={(file) => void read(file)} testId="csv-file" />
      <div role="status" class="import-status" data-testid="import-status">
        {step.kind === 'reading' && <p>{pt('readingFile', { file: step.file })}</p>}
        {step.kind === 'saving' && <p>{pt('savingClients', { count: formatCount(step.count, lang) })}</p>}
        {step.kind === 'done' && <p data-testid="import-done" data-added={step.added}>{pt('importDone', { count: formatCount(step.added, lang) })}{step.renamed > 0 ? ` ${pt('importRenamed', { count: formatCount(step.renamed, lang) })}` : ''}</p>}
      </div>
      {step.kind === 'error' && (
        <div role="alert">
          <Notice tone="alert" title={pt('importFailed', { file: step.file })} headingLevel={3} testId="import-error">
            <p data-error={step.error}>{step.error === 'too-many-clients' ? pt('tooManyClients') : FILE_ERROR_TEXTS[step.error][lang]}</p>
            {step.headers && step.headers.length > 0 && <p>{pt('headersFound', { headers: step.headers.join(', ') })}</p>}
          </Notice>
        </div>
      )}
      {step.kind === 'preview' && (
        <Preview
          file={step.file}
          preview={step.preview}
          ms={previewMs}
          updateNames={updateNames}
          onUpdateNames={setUpdateNames}
          onPreviewChange={(next) => setStep({ ...step, preview: next })}
          onApply={() => void apply(step.preview, step.file)}
          onCancel={() => setStep({ kind: 'idle' })}
        />
      )}
    </section>
  )
}

function Preview({ file, preview, ms, updateNames, onUpdateNames, onPreviewChange, onApply, onCancel }: {
  file: string
  preview: CsvPreview
  /** A row corrected, left out or put back. */
  onPreviewChange: (next: CsvPreview) => void
  ms: number | null
  updateNames: boolean
  onUpdateNames: (on: boolean) => void
  onApply: () => void
  onCancel: () => void
}) {
  const { lang, pt } = usePortfolioText()
  const inFile = preview.duplicates.filter((row) => row.of.kind === 'row').length
  const stored = preview.duplicates.length - inFile
  const renamable = preview.duplicates.filter((row) => row.of.kind === 'stored' && row.nameDiffers && row.name !== undefined).length
  const count = (n: number) => formatCount(n, lang)
  return (
    <section class="import-preview" aria-labelledby="preview-heading" data-testid="csv-preview"
      data-accepted={preview.accepted.length} data-rejected={preview.rejected.length} data-duplicates={preview.duplicates.length}
      data-duplicates-in-file={inFile} data-duplicates-stored={stored} data-empty={preview.emptyRows} data-left-out={preview.leftOut.length}
      data-rows={preview.source.length} data-ms={ms === null ? undefined : ms.toFixed(1)}>
      <h3 id="preview-heading" tabIndex={-1}>{pt('previewHeading', { file })}</h3>
      <p>{pt('previewRead', {
        encoding: preview.encoding.toUpperCase(),
        delimiter: pt(DELIMITER_NAMES[preview.delimiter]),
        idColumn: preview.columns.businessId,
        nameColumn: preview.columns.name ?? '–',
      })}</p>
      {preview.columns.ignored.length > 0 && <p class="field-hint">{pt('ignoredColumns', { columns: preview.columns.ignored.join(', ') })}</p>}
      {preview.notices.length > 0 && (
        <ul class="file-notices" data-testid="file-notices">
          {preview.notices.map((notice, i) => <li key={i} data-code={notice.code}>{FILE_NOTICE_TEXTS[notice.code][lang]}{notice.columns ? ` ${notice.columns.join(', ')}` : ''}</li>)}
        </ul>
      )}
      <ul class="preview-counts">
        <li class="count-accepted"><strong data-testid="preview-accepted">{count(preview.accepted.length)}</strong> {pt('previewAccepted')}</li>
        <li class="count-rejected"><strong data-testid="preview-rejected">{count(preview.rejected.length)}</strong> {pt('previewRejected')}</li>
        <li class="count-duplicates"><strong data-testid="preview-duplicates">{count(preview.duplicates.length)}</strong> {pt('previewDuplicates', { inFile: count(inFile), stored: count(stored) })}</li>
        <li><strong data-testid="preview-empty">{count(preview.emptyRows)}</strong> {pt('previewEmpty')}</li>
        {preview.leftOut.length > 0 && <li><strong data-testid="preview-left-out">{count(preview.leftOut.length)}</strong> {pt('previewLeftOut')}</li>}
      </ul>
      <p class="preview-total" data-testid="preview-total" data-sum={previewTotal(preview)}>
        {pt(preview.leftOut.length > 0 ? 'previewTotalLeftOut' : 'previewTotal', {
          rows: count(preview.source.length), accepted: count(preview.accepted.length), rejected: count(preview.rejected.length),
          duplicates: count(preview.duplicates.length), empty: count(preview.emptyRows), leftOut: count(preview.leftOut.length),
        })}
      </p>
      <RejectedRows preview={preview} listed={LISTED} onChange={onPreviewChange} />
      {preview.duplicates.length > 0 && (
        <details class="preview-list" data-testid="duplicate-list">
          <summary>{pt('duplicatesHeading', { count: count(preview.duplicates.length) })}</summary>
          <RowTable
            label={pt('duplicatesHeading', { count: count(preview.duplicates.length) })}
            headers={[pt('colRow'), pt('colBusinessId'), pt('colName'), pt('colSameAs'), pt('colChanged')]}
            rows={preview.duplicates.slice(0, LISTED).map((row) => [String(row.row), row.businessId, row.name ?? '', duplicateOf(row), repairsText(row, lang)])}
          />
          {preview.duplicates.length > LISTED && <p class="field-hint">{pt('moreNotListed', { count: count(preview.duplicates.length - LISTED) })}</p>}
        </details>
      )}
      {preview.accepted.length > 0 && (
        <details class="preview-list" data-testid="accepted-list">
          <summary>{pt('acceptedHeading', { count: count(preview.accepted.length) })}</summary>
          <RowTable
            label={pt('acceptedHeading', { count: count(preview.accepted.length) })}
            headers={[pt('colRow'), pt('colBusinessId'), pt('colName'), pt('colChanged')]}
            rows={preview.accepted.slice(0, LISTED).map((row) => [String(row.row), row.businessId, row.name ?? '', repairsText(row, lang)])}
          />
          {preview.accepted.length > LISTED && <p class="field-hint">{pt('moreNotListed', { count: count(preview.accepted.length - LISTED) })}</p>}
        </details>
      )}
      {renamable > 0 && (
        <label class="choice">
          <input type="checkbox" checked={updateNames} onChange={(event) => onUpdateNames(event.currentTarget.checked)} data-testid="update-names" />
          <span>{pt('updateNames', { count: count(renamable) })}</span>
        </label>
      )}
      <div class="button-row">
        <Button onClick={onApply} disabled={preview.accepted.length === 0 && !(updateNames && renamable > 0)} data-testid="import-apply">
          {pt('importApply', { count: count(preview.accepted.length) })}
        </Button>
        <Button variant="secondary" onClick={onCancel} data-testid="import-cancel">{pt('cancel')}</Button>
      </div>
    </section>
  )

  function duplicateOf(row: DuplicateRow): string {
    const differs = row.nameDiffers ? ` ${pt('nameDiffers')}` : ''
    return row.of.kind === 'row' ? `${pt('sameAsRow', { row: row.of.row })}${differs}` : `${pt('alreadyInList', { name: row.of.name ?? row.businessId })}${differs}`
  }
}

/** Each repair made to a row's Y-tunnus, after the cell as the file has it: "913909-2: leading zero added". */
function repairsText(row: Pick<AcceptedRow, 'normalised' | 'original'>, lang: Lang): string {
  if (row.normalised.length === 0) return ''
  return `${row.original ?? ''}: ${row.normalised.map((code) => NORMALISATION_TEXTS[code][lang]).join(', ')}`
}

function RowTable({ headers, rows, label }: { headers: string[]; rows: string[][]; label: string }) {
  // A scroll box of its own: focusable, so the keyboard can scroll it too.
  return (
    <div class="row-table-scroll" tabIndex={0} role="region" aria-label={label}>
      <table class="row-table">
        <thead><tr>{headers.map((header) => <th key={header} scope="col">{header}</th>)}</tr></thead>
        <tbody>
          {rows.map((cells, i) => (
            <tr key={i}>
              {cells.map((cell, j) => (j === 0 ? <th key={j} scope="row">{cell}</th> : <td key={j}>{cell}</td>))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
