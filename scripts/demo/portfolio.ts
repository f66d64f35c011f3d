// The client portfolio page in the demo: an accounting firm's 2,000 clients in every mandate
// situation (test/e2e/harness/portfolio-data.ts), per language: the matrix with its reminders
// and filters, one client's details with the request text, and the preview of a messy CSV file.
import type { Page } from 'playwright-core'
import { LANGS } from '../../src/core/contract/ids.ts'
import { helsinkiDate } from '../../src/core/portfolio/index.ts'
import type { ExtensionBrowser } from '../../test/e2e/harness/extension-browser.ts'
import { matrixComplete, openPortfolio, seedPortfolio } from '../../test/e2e/harness/portfolio.ts'
import { demoPortfolio, messyClientCsv } from '../../test/e2e/harness/portfolio-data.ts'

const CLIENTS = 2000

async function shot(page: Page, file: string, about: string): Promise<void> {
  // Let the scroll settle and the last frame paint.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))))
  await page.screenshot({ path: file })
  console.log(`${file}  ${about}`)
}

export async function portfolioDemo(browser: ExtensionBrowser, out: string): Promise<void> {
  const now = new Date()
  const list = demoPortfolio(CLIENTS, helsinkiDate(now))
  for (const lang of LANGS) {
    await seedPortfolio(browser, list, now)
    const overview = await openPortfolio(browser, { lang, size: { width: 1280, height: 1560 } })
    await matrixComplete(overview)
    await shot(overview, `${out}/portfolio-overview-${lang}.png`, 'the page as it opens: reminders, the firm, the matrix')
    await overview.close()
    const page = await openPortfolio(browser, { lang })
    await matrixComplete(page)
    await page.getByTestId('matrix').evaluate((section) => section.scrollIntoView({ block: 'start' }))
    await shot(page, `${out}/portfolio-matrix-${lang}.png`, `the client portfolio: ${CLIENTS} clients x Kela services, counts as filters, each cell the engine's verdict`)
    await page.getByTestId('filter-problems').check()
    await shot(page, `${out}/portfolio-problems-${lang}.png`, 'problems only')
    await page.getByTestId('filter-all').check()
    // A client whose occupational health themes are missing (n % 20 === 13).
    const client = list.clients[13]!
    await page.getByTestId('matrix-search').fill(client.businessId)
    await page.locator(`tr[data-business-id="${client.businessId}"] .row-open`).click()
    await page.getByTestId('request-texts').waitFor()
    await page.getByTestId('request-texts').evaluate((section) => section.scrollIntoView({ block: 'start' }))
    await shot(page, `${out}/portfolio-client-${lang}.png`, `${client.name}: the status per service and the request text to copy`)
    await page.close()

    await browser.worker.evaluate(() => chrome.storage.local.clear())
    const empty = await openPortfolio(browser, { lang })
    await empty.getByTestId('csv-file').setInputFiles({ name: 'asiakasrekisteri.csv', mimeType: 'text/csv', buffer: Buffer.from(messyClientCsv(CLIENTS).bytes) })
    await empty.getByTestId('csv-preview').waitFor()
    await empty.getByTestId('csv-preview').evaluate((section) => section.scrollIntoView({ block: 'start' }))
    await shot(empty, `${out}/portfolio-import-${lang}.png`, `the preview of a messy ${CLIENTS}-row CSV file: accepted, rejected with reasons, duplicates`)
    await empty.close()
  }
}
