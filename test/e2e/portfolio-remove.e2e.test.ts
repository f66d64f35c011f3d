// Removing a mandate in the real portfolio page (Chromium): a double-click on "Remove" removes
// that mandate only, "Undo" puts it back, and two tabs removing the same mandate remove it once.
// (Removal was by list position: the double-click deleted the next mandate too.)
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, expect, test } from 'vitest'
import type { Portfolio, RecordedMandate } from '../../src/core/portfolio/model.ts'
import { launchExtensionBrowser, type ExtensionBrowser } from './harness/extension-browser.ts'
import { axeViolations } from './harness/popup.ts'
import { countOf, openPortfolio, PAGE_SIZE, portfolioUrl, seedPortfolio, storedPortfolio } from './harness/portfolio.ts'
import { FIRM_ID } from './harness/portfolio-data.ts'

let browser: ExtensionBrowser
beforeAll(async () => {
  browser = await launchExtensionBrowser()
})
afterAll(async () => browser?.close())

const THEMES = ['Palvelussuhteeseen liittyvien etuuksien hakeminen', 'Työterveyshuollon korvausasioiden hoitaminen', 'Etuustietojen katselu ja maksuvaatimusten rekisteröinti']
const own = (theme: string): RecordedMandate => ({ mandate: { holder: 'me', mandator: FIRM_ID, type: 'edustamisvaltuus', themes: [theme] }, source: 'manual', recordedOn: '2026-03-02' })
const portfolio: Portfolio = { version: 2, firm: { businessId: FIRM_ID, services: ['employer'], ownMandates: THEMES.map(own) }, clients: [] }
const storedThemes = async () => (await storedPortfolio(browser)).firm.ownMandates.map((entry) => entry.mandate.themes[0])
const removeButton = (page: Page, n: number) => page.getByTestId('own-mandate-list').locator('.mandate-item').nth(n).getByRole('button')

/** The firm's settings (with the user's own mandates) open in the page. */
async function openFirm(page: Page): Promise<Page> {
  await page.getByTestId('firm-toggle').click()
  await page.getByTestId('own-mandate-list').waitFor()
  return page
}

test('a double-click removes that mandate only; Undo puts it back in its place', async () => {
  await seedPortfolio(browser, portfolio, new Date())
  const page = await openFirm(await openPortfolio(browser, { lang: 'en' }))
  await removeButton(page, 1).dblclick()
  await expect.poll(() => countOf(page, 'own-mandate-list')).toBe(2)
  // Let a second save (if any) land before judging.
  await page.waitForTimeout(500)
  expect(await storedThemes()).toEqual([THEMES[0], THEMES[2]])
  expect(await page.getByTestId('own-mandate-list-removed').textContent()).toContain('Mandate removed')
  expect(await axeViolations(page)).toEqual([])
  await page.getByTestId('undo-remove').click()
  await expect.poll(storedThemes).toEqual(THEMES)
  await page.close()
}, 60_000)

test('two tabs removing the same mandate remove it once', async () => {
  await seedPortfolio(browser, portfolio, new Date())
  const first = await openFirm(await openPortfolio(browser, { lang: 'en' }))
  // The second tab hears of the first tab's change only after a delay, so it still shows (and
  // removes) the mandate the first tab has just removed: the race two users at once meet.
  const second = await browser.context.newPage()
  await second.setViewportSize(PAGE_SIZE)
  await second.addInitScript(() => {
    const events = chrome.storage.onChanged
    const add = events.addListener.bind(events)
    events.addListener = (listener) => add((...args) => void setTimeout(() => listener(...args), 3000))
  })
  await second.goto(portfolioUrl(browser))
  await second.locator('[data-testid="portfolio"][data-state="ready"]').waitFor()
  await openFirm(second)
  await removeButton(first, 0).click()
  await expect.poll(storedThemes).toEqual([THEMES[1], THEMES[2]])
  expect(await countOf(second, 'own-mandate-list')).toBe(3)
  await removeButton(second, 0).click()
  await second.waitForTimeout(1000)
  expect(await storedThemes()).toEqual([THEMES[1], THEMES[2]])
  await first.close()
  await second.close()
}, 60_000)
