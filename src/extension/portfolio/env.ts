// What the portfolio page needs from the browser, on top of the shared UiEnv (new tabs, the
// clipboard, the clock, the language choice): storage.local with its change events, downloads,
// and the mandates the page reader saved. main.tsx passes the real ones; tests pass fakes.
import type { BgResult, SavedMandatesReply } from '../popup/background-api.ts'
import type { UiEnv } from '../ui/env.ts'
import type { StorageArea } from './storage/area.ts'

export interface DownloadFile {
  name: string
  text: string
  type: string
}

export interface PortfolioEnv extends UiEnv {
  area: StorageArea
  /** Saves a file through the browser's download UI (a Blob URL: no `downloads` permission). */
  download(file: DownloadFile): void
  /** The mandates the content script read from Suomi.fi Valtuudet pages and the user saved. */
  savedMandates(): Promise<BgResult<SavedMandatesReply>>
}
