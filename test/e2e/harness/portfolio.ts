// Driving the client portfolio page in Chromium: open it as the full tab it is, seed or read
// storage.local through the extension's service worker (the same storage the page uses), and
// wait for the matrix.
import type { Page } from 'playwright-core'
import type { Lang } from '../../../src/core/contract/ids.ts'
import { planSave, STORAGE_KEYS, type Portfolio } from '../../../src/core/portfolio/index.ts'
import { decodeStored, encodeWrites } from '../../../src/extension/portfolio/storage/encoding.ts'
import type { ExtensionBrowser } from './extension-browser.ts'

export const PORTFOLIO_PATH = 'src/extension/portfolio/index.html'
export const PAGE_SIZE = { width: 1280, height: 900 }

export const portfolioUrl = (browser: ExtensionBrowser) => `chrome-extension://${browser.extensionId}/${PORTFOLIO_PATH}`

/** Stores a list as the page saves it (current and last-good), replacing whatever was stored. */
export async function seedPortfolio(browser: ExtensionBrowser, portfolio: Portfolio, now: Date, extra: Record<string, unknown> = {}): Promise<void> {
  const writes = { ...encodeWrites(planSave(portfolio, portfolio, now)), ...extra }
  await browser.worker.evaluate(async (items) => {
    await chrome.storage.local.clear()
    await chrome.storage.local.set(items)
  }, writes)
}

/** Writes raw values (for damaged data) after clearing storage. */
export async function seedRaw(browser: ExtensionBrowser, items: Record<string, unknown>): Promise<void> {
  await browser.worker.evaluate(async (values) => {
    await chrome.storage.local.clear()
    await chrome.storage.local.set(values)
  }, items)
}

export async function storedValues(browser: ExtensionBrowser, keys: string[] = Object.values(STORAGE_KEYS)): Promise<Record<string, unknown>> {
  return browser.worker.evaluate((wanted) => chrome.storage.local.get(wanted), keys)
}

export async function storedPortfolio(browser: ExtensionBrowser): Promise<Portfolio> {
  return decodeStored((await storedValues(browser, [STORAGE_KEYS.current]))[STORAGE_KEYS.current]) as Portfolio
}

/** Opens the page in a new tab at 1280 px, in `lang`, with the page's clock fixed at `now`. */
export async function openPortfolio(browser: ExtensionBrowser, options: { lang?: Lang; now?: Date; size?: { width: number; height: number } } = {}): Promise<Page> {
  if (options.lang) await browser.worker.evaluate((lang) => chrome.storage.local.set({ 'ui:lang': lang }), options.lang)
  const page = await browser.context.newPage()
  await page.setViewportSize(options.size ?? PAGE_SIZE)
  if (options.now) await page.clock.setFixedTime(options.now)
  await page.goto(portfolioUrl(browser))
  await page.locator('[data-testid="portfolio"][data-state="ready"]').waitFor()
  return page
}

/** Resolves once every client's row is computed (no placeholders left). */
export async function matrixComplete(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector('[data-testid="matrix"]')?.getAttribute('data-pending') === '0')
}

export async function countOf(page: Page, testId: string): Promise<number> {
  return Number(await page.getByTestId(testId).getAttribute('data-count'))
}
