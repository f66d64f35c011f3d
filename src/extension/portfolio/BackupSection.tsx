// Getting the list out and back: the clients as CSV for Excel, and a full backup (every client,
// mandate and setting) as a JSON file. Restoring shows what the backup holds and what a merge
// would do before anything changes; replacing the whole list needs an explicit confirmation.
import { useState } from 'preact/hooks'
import {
  applyBackup, BACKUP_ERROR_TEXTS, backupFileName, csvFileName, exportBackup, exportClientsCsv, helsinkiDate, previewBackup, readBackup,
  type MergeSummary, type Portfolio,
} from '../../core/portfolio/index.ts'
import type { BackupError } from '../../core/portfolio/backup.ts'
import { Button, Notice } from '../ui/components.tsx'
import { FilePicker } from './FilePicker.tsx'
import { formatCount } from './format.ts'
import { usePortfolioText } from './i18n/index.ts'
import { usePage } from './page-context.ts'

type RestoreState =
  | { kind: 'idle' }
  | { kind: 'reading'; file: string }
  | { kind: 'error'; file: string; error: BackupError | { code: 'too-many-clients' } }
  | { kind: 'preview'; file: string; backup: Portfolio; migratedFrom?: number; summary: MergeSummary }
  | { kind: 'done'; mode: 'merge' | 'replace'; summary: MergeSummary; clients: number }

export function BackupSection() {
  const { lang, pt } = usePortfolioText()
  const { state, env, now, save } = usePage()
  const [restore, setRestore] = useState<RestoreState>({ kind: 'idle' })
  const [confirmReplace, setConfirmReplace] = useState(false)
  const { portfolio } = state
  const count = (n: number) => formatCount(n, lang)

  function exportCsv() {
    env.download({ name: csvFileName(helsinkiDate(now)), text: exportClientsCsv(portfolio.clients, { lang }), type: 'text/csv;charset=utf-8' })
  }
  function exportFull() {
    env.download({ name: backupFileName(now), text: exportBackup(portfolio, now), type: 'application/json' })
  }

  async function read(file: File) {
    setRestore({ kind: 'reading', file: file.name })
    setConfirmReplace(false)
    const result = readBackup(await file.text())
    if (!result.ok) return setRestore({ kind: 'error', file: file.name, error: result.error })
    setRestore({ kind: 'preview', file: file.name, backup: result.portfolio, ...(result.migratedFrom === undefined ? {} : { migratedFrom: result.migratedFrom }), summary: previewBackup(portfolio, result.portfolio) })
  }

  async function apply(backup: Portfolio, file: string, mode: 'merge' | 'replace') {
    const result = await save((current) => {
      const applied = applyBackup(current, backup, mode === 'merge' ? { mode } : { mode, confirmed: true })
      return applied.ok ? { ok: true, portfolio: applied.portfolio, value: applied.summary } : { ok: false, error: applied.error }
    })
    if (result.ok) setRestore({ kind: 'done', mode, summary: result.value, clients: result.portfolio.clients.length })
    else if (!result.saveFailed) setRestore({ kind: 'error', file, error: { code: 'too-many-clients' } })
  }

  return (
    <section class="card tool" aria-labelledby="backup-heading" id="backup" data-testid="backup">
      <h2 id="backup-heading">{pt('backupHeading')}</h2>
      <h3>{pt('exportHeading')}</h3>
      <p class="field-hint">{pt('exportHint')}</p>
      <div class="button-row">
        <Button variant="secondary" onClick={exportCsv} disabled={portfolio.clients.length === 0} data-testid="export-csv">{pt('exportCsv')}</Button>
        <Button variant="secondary" onClick={exportFull} data-testid="export-backup">{pt('exportBackup')}</Button>
      </div>
      <h3>{pt('restoreHeading')}</h3>
      <FilePicker label={pt('chooseBackup')} hint={pt('backupFormat')} accept=".json,application/json" disabled={!state.writable || restore.kind === 'reading'} onFile={(file) => void read(file)} testId="backup-file" />
      <div role="status" data-testid="restore-status">
        {restore.kind === 'reading' && <p>{pt('readingFile', { file: restore.file })}</p>}
        {restore.kind === 'done' && (
          <p data-testid="restore-done" data-mode={restore.mode}>
            {restore.mode === 'merge'
              ? pt('mergeDone', { added: count(restore.summary.added), updated: count(restore.summary.updated) })
              : pt('replaceDone', { count: count(restore.clients) })}
          </p>
        )}
      </div>
      {restore.kind === 'error' && (
        <div role="alert">
          <Notice tone="alert" title={pt('restoreFailed', { file: restore.file })} headingLevel={3} testId="restore-error">
            <p data-error={restore.error.code}>{restore.error.code === 'too-many-clients' ? pt('tooManyClients') : BACKUP_ERROR_TEXTS[restore.error.code][lang]}</p>
            {'issues' in restore.error && restore.error.issues.length > 0 && (
              <ul class="technical">{restore.error.issues.map((issue, i) => <li key={i}>{issue.path ? `${issue.path}: ` : ''}{issue.message}</li>)}</ul>
            )}
            {'detail' in restore.error && restore.error.detail && <p class="technical">{restore.error.detail}</p>}
          </Notice>
        </div>
      )}
      {restore.kind === 'preview' && (
        <section class="backup-preview" aria-labelledby="backup-preview-heading" data-testid="backup-preview"
          data-added={restore.summary.added} data-updated={restore.summary.updated} data-unchanged={restore.summary.unchanged}>
          <h4 id="backup-preview-heading">{pt('backupPreviewHeading', { file: restore.file })}</h4>
          <p>{pt('backupHolds', { clients: count(restore.backup.clients.length), date: restore.backup.savedAt?.slice(0, 10) ?? '–' })}</p>
          {restore.migratedFrom !== undefined && <p class="field-hint">{pt('backupMigrated', { from: restore.migratedFrom })}</p>}
          <ul>
            <li>{pt('mergeAdds', { count: count(restore.summary.added) })}</li>
            <li>{pt('mergeUpdates', { count: count(restore.summary.updated) })}</li>
            <li>{pt('mergeUnchanged', { count: count(restore.summary.unchanged) })}</li>
          </ul>
          {restore.summary.nameConflicts.length > 0 && (
            <details>
              <summary>{pt('nameConflicts', { count: count(restore.summary.nameConflicts.length) })}</summary>
              <ul>{restore.summary.nameConflicts.slice(0, 100).map((conflict) => <li key={conflict.businessId}>{conflict.businessId}: {conflict.stored} / {conflict.backup}</li>)}</ul>
            </details>
          )}
          <div class="button-row">
            <Button onClick={() => void apply(restore.backup, restore.file, 'merge')} data-testid="backup-merge">{pt('mergeBackup')}</Button>
            <Button variant="secondary" onClick={() => setRestore({ kind: 'idle' })}>{pt('cancel')}</Button>
          </div>
          <div class="replace-box">
            <label class="choice">
              <input type="checkbox" checked={confirmReplace} onChange={(event) => setConfirmReplace(event.currentTarget.checked)} data-testid="confirm-replace" />
              <span>{pt('replaceConfirm', { count: count(portfolio.clients.length), backup: count(restore.backup.clients.length) })}</span>
            </label>
            <Button variant="secondary" disabled={!confirmReplace} onClick={() => void apply(restore.backup, restore.file, 'replace')} data-testid="backup-replace">{pt('replaceBackup')}</Button>
          </div>
        </section>
      )}
    </section>
  )
}
