// What happened to the stored list when the page opened, said plainly: recovered from the last
// good copy or salvaged (and what was lost), migrated from an older version, written by a newer
// Valtuusapu (read-only), and a damaged copy kept for download until the user dismisses it.
import { helsinkiDate } from '../../core/portfolio/dates.ts'
import { LOAD_SOURCE_TEXTS } from '../../core/portfolio/texts.ts'
import { Button, Notice } from '../ui/components.tsx'
import { jsonFile } from './files.ts'
import { usePortfolioText } from './i18n/index.ts'
import { usePage } from './page-context.ts'
import type { PortfolioStore } from './storage/portfolio-store.ts'

export function StorageNotices({ store }: { store: PortfolioStore }) {
  const { lang, pt } = usePortfolioText()
  const { state, env, now } = usePage()
  const { load } = state
  const recovered = load.source !== 'current' && load.problems.length > 0
  const date = helsinkiDate(now)

  async function downloadDamaged() {
    env.download(jsonFile(`valtuusapu-portfolio-damaged-${date}.json`, await store.damagedValue()))
  }
  async function downloadStored() {
    env.download(jsonFile(`valtuusapu-portfolio-newer-version-${date}.json`, await store.storedValue()))
  }

  return (
    <>
      {!state.writable && (
        <Notice tone="warning" title={pt('readOnlyTitle')} testId="read-only">
          <p>{pt('readOnlyBody')}</p>
          <Button variant="secondary" onClick={() => void downloadStored()} data-testid="download-stored">{pt('downloadStored')}</Button>
        </Notice>
      )}
      {recovered && (
        <Notice tone="warning" title={pt(load.source === 'empty' ? 'unrecoverableTitle' : 'recoveredTitle')} testId="recovered">
          <p data-source={load.source}>{load.source === 'empty' || load.source === 'current' ? pt('recoveredNothing') : LOAD_SOURCE_TEXTS[load.source][lang]}</p>
          {load.droppedClients > 0 && <p data-testid="dropped">{pt('droppedClients', { count: load.droppedClients })}</p>}
          <details class="problems">
            <summary>{pt('whatWasWrong')}</summary>
            <ul>
              {load.problems.flatMap((problem) => problem.issues.map((issue, i) => (
                <li key={`${problem.key}-${i}`} class="technical">{problem.key === 'current' ? pt('storedCurrent') : pt('storedLastGood')}: {issue.path ? `${issue.path}: ` : ''}{issue.message}</li>
              )))}
            </ul>
          </details>
          {!load.savedBack && <p>{pt('notSavedBack')}</p>}
        </Notice>
      )}
      {state.damaged && (
        <Notice tone="info" title={pt('damagedTitle')} testId="damaged">
          <p>{pt('damagedBody')}</p>
          <div class="button-row">
            <Button variant="secondary" onClick={() => void downloadDamaged()} data-testid="download-damaged">{pt('downloadDamaged')}</Button>
            <Button variant="link" onClick={() => void store.dismissDamaged()} data-testid="dismiss-damaged">{pt('dismissDamaged')}</Button>
          </div>
        </Notice>
      )}
      {load.migratedFrom !== undefined && (
        <Notice tone="info" title={pt('migratedTitle')} testId="migrated">
          <p>{pt(load.savedBack ? 'migratedBody' : 'migratedNotSaved', { from: load.migratedFrom })}</p>
        </Notice>
      )}
    </>
  )
}
