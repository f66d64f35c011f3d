// Renders the portfolio page in happy-dom with the browser faked: an in-memory storage.local
// (with change events, as other tabs see them), a fixed clock, recorded downloads and copies,
// and a background that does not answer for saved mandates (as today, before issue 4).
import { render, waitFor } from '@testing-library/preact'
import { vi } from 'vitest'
import type { Case } from '../../../../src/core/contract/case.ts'
import type { Result } from '../../../../src/core/contract/result.ts'
import { planSave, type Portfolio } from '../../../../src/core/portfolio/index.ts'
import { PortfolioApp } from '../../../../src/extension/portfolio/App.tsx'
import type { DownloadFile, PortfolioEnv } from '../../../../src/extension/portfolio/env.ts'
import { memoryArea, type MemoryArea } from '../../../../src/extension/portfolio/storage/area.ts'
import { encodeWrites } from '../../../../src/extension/portfolio/storage/encoding.ts'
import { memoryStore } from '../../../../src/extension/ui/env.ts'
import type { BgResult, SavedMandatesReply } from '../../../../src/extension/popup/background-api.ts'

export const NOW = new Date('2026-03-04T08:00:00Z')

export interface PageHarness {
  area: MemoryArea
  env: PortfolioEnv & { downloads: DownloadFile[]; copyText: ReturnType<typeof vi.fn>; openUrl: ReturnType<typeof vi.fn> }
  view: ReturnType<typeof render>
  /** Resolves once the page shows the list (not "loading"). */
  ready(): Promise<void>
}

/** Storage as the page writes it, for a list. */
export function storedList(portfolio: Portfolio): Record<string, unknown> {
  return encodeWrites(planSave(portfolio, portfolio, NOW))
}

export function renderPage(options: {
  stored?: Record<string, unknown>
  area?: MemoryArea
  lang?: string
  uiLanguage?: string
  engine?: (input: Case) => Result
  savedMandates?: BgResult<SavedMandatesReply>
} = {}): PageHarness {
  const area = options.area ?? memoryArea(options.stored ?? {})
  const downloads: DownloadFile[] = []
  const env = {
    area,
    store: memoryStore(options.lang ? { 'ui:lang': options.lang } : {}),
    now: () => NOW,
    openUrl: vi.fn(),
    copyText: vi.fn(async () => true),
    download: (file: DownloadFile) => void downloads.push(file),
    downloads,
    savedMandates: async () => options.savedMandates ?? { ok: false as const, reason: 'no-answer' as const },
  }
  const view = render(<PortfolioApp env={env} uiLanguage={options.uiLanguage ?? 'fi-FI'} {...(options.engine ? { engine: options.engine } : {})} />)
  return {
    area, env, view,
    ready: () => waitFor(() => {
      if (!view.container.querySelector('[data-testid="portfolio"][data-state="ready"]')) throw new Error('not ready')
    }),
  }
}
