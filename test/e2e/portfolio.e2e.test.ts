// The client portfolio page in real Chromium with the built extension (dist/chrome), opened as the
// full tab it is: a 2,000-row CSV file mixing valid and invalid rows imported through the file
// input (preview counts, save), the matrix's counts and cells against the engine run in node on
// what the page stored, filters and search, a request text copied to the clipboard naming the
// exact Kela themes and the firm's Y-tunnus, backups, storage damage recovered through the real
// page, two tabs, the keyboard, axe-core (WCAG 2.1 A/AA) in each state and no sideways scrolling
// at 1280 px. Screenshots of each state land in .reports/portfolio/ for review.
import { mkdirSync, readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Page } from 'playwright-core'
import {
  buildMatrix, countMatrix, endingMandates, exportBackup, helsinkiDate, isProblem, queryMatrix, requestTexts, STORAGE_KEYS,
  type MatrixRow, type Portfolio,
} from '../../src/core/portfolio/index.ts'
import { KELA_SERVICE_THEMES } from '../../src/core/portfolio/kela-themes.ts'
import { CSV_CHOSEN_MARK, CSV_PREVIEW_MARK } from '../../src/extension/portfolio/csv/CsvImport.tsx'
import { launchExtensionBrowser, type ExtensionBrowser } from './harness/extension-browser.ts'
import { axeViolations, horizontalOverflow } from './harness/popup.ts'
import { countOf, matrixComplete, openPortfolio, seedPortfolio, seedRaw, storedPortfolio, storedValues } from './harness/portfolio.ts'
import { businessIdAt, clientMandates, demoPortfolio, FIRM_ID, FIRM_NAME, messyClientCsv } from './harness/portfolio-data.ts'

const SHOTS = '.reports/portfolio'
const ROWS = 2000
/** A plain page on a mapped host, allowed to read the clipboard: the extension asks for no such permission. */
const CLIPBOARD_READER = 'https://clipboard.example.com/'
let browser: ExtensionBrowser

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true })
  browser = await launchExtensionBrowser()
  browser.server.route(CLIPBOARD_READER, { body: '<!doctype html><title>clipboard</title>' })
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(CLIPBOARD_READER).origin })
})

/** What the system clipboard holds now, read in another tab (the browser's one clipboard). */
async function readClipboard(): Promise<string> {
  const reader = await browser.context.newPage()
  await reader.goto(CLIPBOARD_READER)
  await reader.bringToFront()
  const text = await reader.evaluate(() => navigator.clipboard.readText())
  await reader.close()
  return text
}
afterAll(async () => browser?.close())

/** axe clean, no sideways scrolling at 1280 px, and a screenshot for review. */
async function checkLook(page: Page, name: string): Promise<void> {
  expect(await axeViolations(page), `axe on ${name}`).toEqual([])
  expect(await horizontalOverflow(page), `sideways scrolling on ${name}`).toBe(0)
  await page.screenshot({ path: `${SHOTS}/${name}.png` })
}

/** The page's matrix rows as the core computes them from what the page stored. */
async function expectedMatrix(now: Date): Promise<{ stored: Portfolio; rows: MatrixRow[]; counts: ReturnType<typeof countMatrix> }> {
  const stored = await storedPortfolio(browser)
  const model = buildMatrix(stored, { now, lang: 'fi' })
  return { stored, rows: model.rows, counts: countMatrix(model.rows, model.services) }
}

async function search(page: Page, text: string): Promise<void> {
  await page.getByTestId('matrix-search').fill(text)
  await page.waitForFunction((value) => (document.querySelector('[data-testid="matrix-search"]') as HTMLInputElement).value === value, text)
}

const digits = (text: string | null) => Number((text ?? '').replace(/\D/g, ''))

describe('a 2,000-row client list, from file to request text (fi)', () => {
  test('import, matrix, filters, search and the request text', async () => {
    await browser.worker.evaluate(() => chrome.storage.local.clear())
    const page = await openPortfolio(browser, { lang: 'fi' })
    await checkLook(page, 'fi-empty')

    // The firm and the user's own edustamisvaltuus, as a user enters them.
    await page.getByTestId('firm-id').fill('0913909 2')
    await page.getByTestId('firm-name').fill(FIRM_NAME)
    await page.getByTestId('firm-save').click()
    await expect.poll(() => page.getByTestId('firm-summary-id').textContent()).toBe(`${FIRM_NAME} (${FIRM_ID})`)
    const own = page.getByTestId('own-mandate-form')
    await own.getByTestId('mandate-type').selectOption('edustamisvaltuus')
    for (const box of await own.locator('.theme-choices input[type="checkbox"]').all()) await box.check()
    await own.getByTestId('add-mandate').click()
    await expect.poll(() => countOf(page, 'own-mandate-list')).toBe(1)
    await page.getByTestId('own-checked').click()
    await expect.poll(async () => (await storedPortfolio(browser))?.firm.ownMandatesCheckedOn).toBeTruthy()

    // The file: chosen in the file input, read in the page.
    const fixture = messyClientCsv(ROWS)
    await page.getByTestId('csv-file').setInputFiles({ name: 'asiakasrekisteri.csv', mimeType: 'text/csv', buffer: Buffer.from(fixture.bytes) })
    const preview = page.getByTestId('csv-preview')
    await preview.waitFor()
    expect(Number(await preview.getAttribute('data-accepted'))).toBe(fixture.accepted)
    expect(Number(await preview.getAttribute('data-rejected'))).toBe(fixture.rejected)
    expect(Number(await preview.getAttribute('data-duplicates'))).toBe(fixture.duplicates)
    expect(Number(await preview.getAttribute('data-empty'))).toBe(fixture.empty)
    expect(fixture.accepted + fixture.rejected + fixture.duplicates + fixture.empty).toBe(ROWS)
    // The counts as the user reads them.
    expect(digits(await page.getByTestId('preview-accepted').textContent())).toBe(fixture.accepted)
    expect(digits(await page.getByTestId('preview-rejected').textContent())).toBe(fixture.rejected)
    expect(await page.getByTestId('rejected-list').textContent()).toContain('Y-tunnuksen tarkistusnumero ei täsmää')
    expect(await page.getByTestId('rejected-list').textContent()).not.toContain('131052-308T')
    expect(await page.getByTestId('file-notices').textContent()).toContain('Yhteyshenkilö')
    await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, CSV_PREVIEW_MARK)
    const previewMs = await page.evaluate(([chosen, shown]) => performance.getEntriesByName(shown)[0]!.startTime - performance.getEntriesByName(chosen)[0]!.startTime, [CSV_CHOSEN_MARK, CSV_PREVIEW_MARK] as const)
    await preview.scrollIntoViewIfNeeded()
    await checkLook(page, 'fi-import-preview')
    expect(await page.getByTestId('preview-total').getAttribute('data-sum')).toBe(String(ROWS))
    // A rejected row opened for correction with the keyboard: axe clean, then closed unchanged.
    await page.getByTestId('correct-row').first().focus()
    await page.keyboard.press('Enter')
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('correct-business-id')
    await checkLook(page, 'fi-import-correction')
    await page.getByTestId('cancel-correction').click()
    expect(Number(await preview.getAttribute('data-rejected'))).toBe(fixture.rejected)
    expect(await storedPortfolio(browser).then((p) => p.clients.length)).toBe(0)

    const saveStarted = Date.now()
    await page.getByTestId('import-apply').click()
    await page.getByTestId('import-done').waitFor()
    expect(Number(await page.getByTestId('import-done').getAttribute('data-added'))).toBe(fixture.accepted)
    await matrixComplete(page)
    console.log(`import of ${ROWS} rows in the page: preview on screen ${previewMs.toFixed(0)} ms after the file was chosen; saved and every row checked ${Date.now() - saveStarted} ms after "add"`)
    const imported = await storedPortfolio(browser)
    expect(imported.clients).toHaveLength(fixture.accepted)
    for (const c of imported.clients.slice(0, 50)) expect(c.name).toBe(fixture.names.get(c.businessId))

    // Mandates for the clients, brought in as a backup to merge (every situation the matrix shows).
    const now = new Date()
    const today = helsinkiDate(now)
    const withMandates: Portfolio = { ...imported, clients: imported.clients.map((c, n) => ({ ...c, ...clientMandates(n, c.businessId, today) })) }
    await page.getByTestId('backup-file').setInputFiles({ name: 'mandates.json', mimeType: 'application/json', buffer: Buffer.from(exportBackup(withMandates, now)) })
    await page.getByTestId('backup-preview').waitFor()
    expect(Number(await page.getByTestId('backup-preview').getAttribute('data-added'))).toBe(0)
    // Every client but the "not looked yet" ones (n % 20 of 18 and 19) gains mandates or a checked date.
    expect(Number(await page.getByTestId('backup-preview').getAttribute('data-updated'))).toBe(imported.clients.filter((_, n) => n % 20 < 18).length)
    await page.getByTestId('backup-merge').click()
    await page.getByTestId('restore-done').waitFor()
    await matrixComplete(page)

    // The matrix against the engine, run in node on exactly what the page stored.
    const { stored, rows, counts } = await expectedMatrix(now)
    expect(counts.rowsWithProblems).toBeGreaterThan(100)
    expect(counts.rowsEndingSoon).toBeGreaterThan(50)
    expect(await countOf(page, 'count-all')).toBe(fixture.accepted)
    expect(await countOf(page, 'count-problems')).toBe(counts.rowsWithProblems)
    expect(await countOf(page, 'count-ending-soon')).toBe(counts.rowsEndingSoon)
    expect(await countOf(page, 'count-unknown')).toBe(rows.filter((row) => row.cells.some((cell) => cell.status === 'unknown')).length)
    for (const service of stored.firm.services) {
      const problems = Object.entries(counts.cells[service]!).filter(([status]) => isProblem(status as never)).reduce((n, [, value]) => n + value, 0)
      expect(await countOf(page, `problems-${service}`), service).toBe(problems)
    }
    for (const n of [0, 10, 11, 12, 13, 14, 15, 16, 17, 18, 26, 46]) {
      const row = rows[n]!
      await search(page, row.businessId)
      const tr = page.locator(`tr[data-business-id="${row.businessId}"]`)
      await tr.waitFor()
      expect(await tr.locator('td.cell-service').evaluateAll((tds) => tds.map((td) => td.getAttribute('data-status'))), `client ${n}`).toEqual(row.cells.map((cell) => cell.status))
      expect(await tr.getAttribute('data-worst')).toBe(row.worst)
    }
    await search(page, '')
    await page.getByTestId('matrix').scrollIntoViewIfNeeded()
    await checkLook(page, 'fi-matrix')

    // Filters and search.
    await page.getByTestId('filter-problems').check()
    await expect.poll(() => countOf(page, 'shown-count')).toBe(counts.rowsWithProblems)
    for (const worst of await page.locator('tr.matrix-row').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-worst')))) expect(isProblem(worst as never)).toBe(true)
    await checkLook(page, 'fi-matrix-problems')
    await page.getByTestId('filter-ending-soon').check()
    await expect.poll(() => countOf(page, 'shown-count')).toBe(counts.rowsEndingSoon)
    await page.getByTestId('filter-all').check()
    await search(page, 'ahtarin')
    await expect.poll(() => countOf(page, 'shown-count')).toBe(queryMatrix(rows, { search: 'ahtarin' }).length)
    expect(await countOf(page, 'shown-count')).toBeGreaterThan(0)
    await search(page, '')

    // Reminders: mandates ending within 30 days, as the core finds them.
    expect(Number(await page.getByTestId('reminders').getAttribute('data-count'))).toBe(endingMandates(stored, now).length)

    // A client whose occupational health themes are missing: the request text to copy.
    const missing = stored.clients[13]!
    await search(page, missing.businessId)
    await page.locator(`tr[data-business-id="${missing.businessId}"] .row-open`).click()
    const details = page.getByTestId('client-details')
    await details.waitFor()
    await page.getByTestId('copy-client').click()
    await expect.poll(() => page.getByTestId('copy-client-status').textContent()).toContain('Kopioitu')
    const copied = await readClipboard()
    await page.bringToFront()
    expect(await page.getByTestId('request-client-text').inputValue()).toBe(copied)
    const expected = requestTexts(stored, missing.businessId, { lang: 'fi', now })
    if (!expected.ok) throw new Error(expected.error)
    expect(copied).toBe(expected.toClient)
    for (const theme of KELA_SERVICE_THEMES['occupational-health'].themes) expect(copied).toContain(`- ${theme.fi}\n`)
    for (const theme of KELA_SERVICE_THEMES.employer.themes) expect(copied).not.toContain(theme.fi)
    expect(copied).toContain(`${FIRM_NAME} (Y-tunnus ${FIRM_ID})`)
    expect(copied).toContain(missing.businessId)
    expect(copied).toContain('https://www.suomi.fi/valtuudet')
    await details.scrollIntoViewIfNeeded()
    await checkLook(page, 'fi-client-details')
    // The same message in Swedish, for a Swedish-speaking client.
    await page.getByTestId('request-lang-sv').check()
    const swedish = await page.getByTestId('request-client-text').inputValue()
    expect(swedish).toContain(`FO-nummer ${FIRM_ID}`)
    for (const theme of KELA_SERVICE_THEMES['occupational-health'].themes) expect(swedish).toContain(`- ${theme.sv}\n`)

    // Export: the client list as CSV for Excel.
    const downloading = page.waitForEvent('download')
    await page.getByTestId('export-csv').click()
    const csv = readFileSync((await (await downloading).path())!, 'utf8')
    expect(csv.startsWith('\uFEFFY-tunnus;Nimi\r\n')).toBe(true)
    expect(csv.trimEnd().split('\r\n')).toHaveLength(fixture.accepted + 1)

    // Nothing left the computer: every request was to the extension itself (or the test's clipboard reader).
    expect(browser.requests.map((request) => request.url()).filter((url) => !/^(chrome-extension|data|blob):/.test(url) && !url.startsWith(CLIPBOARD_READER))).toEqual([])
    await page.close()
  }, 180_000)
})

describe('storage damage, through the real page', () => {
  const now = new Date()
  const list = () => demoPortfolio(60, helsinkiDate(now))

  test('a half-written list: the last good copy, said plainly; the damaged value downloads and can be dismissed', async () => {
    await seedPortfolio(browser, list(), now)
    const cut = '{"version":2,"firm":{"businessId":"0913909-2","serv'
    await browser.worker.evaluate((value) => chrome.storage.local.set({ portfolio: value }), cut)
    const page = await openPortfolio(browser, { lang: 'en' })
    const notice = page.getByTestId('recovered')
    await notice.waitFor()
    expect(await notice.locator('[data-source]').getAttribute('data-source')).toBe('last-good')
    expect(await notice.textContent()).toContain('The previous intact save is in use')
    await matrixComplete(page)
    expect(await countOf(page, 'count-all')).toBe(60)
    expect((await storedValues(browser))[STORAGE_KEYS.damaged]).toEqual({ current: cut })
    await checkLook(page, 'en-recovered')
    const downloading = page.waitForEvent('download')
    await page.getByTestId('download-damaged').click()
    const download = await downloading
    expect(download.suggestedFilename()).toMatch(/^valtuusapu-portfolio-damaged-\d{4}-\d{2}-\d{2}\.json$/)
    expect(JSON.parse(readFileSync((await download.path())!, 'utf8'))).toEqual({ current: cut })
    await page.getByTestId('dismiss-damaged').click()
    await expect.poll(async () => STORAGE_KEYS.damaged in (await storedValues(browser))).toBe(false)
    // Healed: the next visit loads cleanly.
    const again = await openPortfolio(browser, { lang: 'en' })
    await matrixComplete(again)
    expect(await again.getByTestId('recovered').count()).toBe(0)
    expect(await countOf(again, 'count-all')).toBe(60)
    await page.close()
    await again.close()
  }, 60_000)

  test('both copies damaged: the intact clients are rescued and the lost ones counted', async () => {
    const good = list()
    const current = { ...good, clients: [...good.clients.slice(0, 10), { businessId: '1234567-0', tags: [], mandates: [] }] }
    await seedRaw(browser, { portfolio: JSON.stringify(current), 'portfolio:last-good': '["junk"]' })
    const page = await openPortfolio(browser, { lang: 'sv' })
    await page.getByTestId('recovered').waitFor()
    expect(await page.getByTestId('recovered').locator('[data-source]').getAttribute('data-source')).toBe('salvaged-current')
    expect(await page.getByTestId('dropped').textContent()).toContain('1')
    await matrixComplete(page)
    expect(await countOf(page, 'count-all')).toBe(10)
    await checkLook(page, 'sv-salvaged')
    await page.close()
  }, 60_000)

  test('a list saved by a newer Valtuusapu: shown read-only, never written over', async () => {
    const newer = JSON.stringify({ version: 7, clients: [] })
    await seedRaw(browser, { portfolio: newer })
    const page = await openPortfolio(browser, { lang: 'fi' })
    await page.getByTestId('read-only').waitFor()
    expect(await page.getByTestId('add-client-submit').isDisabled()).toBe(true)
    await checkLook(page, 'fi-read-only')
    expect((await storedValues(browser))[STORAGE_KEYS.current]).toBe(newer)
    await page.close()
  }, 60_000)
})

describe('two tabs and the keyboard', () => {
  test('a client added in one tab shows in the other without reloading', async () => {
    const now = new Date()
    await seedPortfolio(browser, demoPortfolio(30, helsinkiDate(now)), now)
    const first = await openPortfolio(browser, { lang: 'fi' })
    const second = await openPortfolio(browser, { lang: 'fi' })
    await matrixComplete(first)
    await matrixComplete(second)
    await first.getByTestId('add-client-id').fill(businessIdAt(5000))
    await first.getByTestId('add-client-name').fill('Toisen välilehden Oy')
    await first.getByTestId('add-client-submit').click()
    await expect.poll(() => countOf(first, 'count-all')).toBe(31)
    await expect.poll(() => countOf(second, 'count-all')).toBe(31)
    await second.getByTestId('external-change').waitFor()
    await first.close()
    await second.close()
  }, 60_000)

  test('rows are walked with the arrow keys, Home and End; Enter opens a client and closing returns focus', async () => {
    const now = new Date()
    await seedPortfolio(browser, demoPortfolio(ROWS, helsinkiDate(now)), now)
    const page = await openPortfolio(browser, { lang: 'en' })
    await matrixComplete(page)
    const focusedRow = () => page.evaluate(() => document.activeElement?.closest('tr')?.getAttribute('aria-rowindex'))
    await page.locator('tr.matrix-row .row-open').first().focus()
    expect(await focusedRow()).toBe('2')
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('ArrowDown')
    await expect.poll(focusedRow).toBe('4')
    await page.keyboard.press('End')
    await expect.poll(focusedRow).toBe(String(ROWS + 1))
    await page.keyboard.press('Home')
    await expect.poll(focusedRow).toBe('2')
    await page.keyboard.press('PageDown')
    const afterPage = Number(await focusedRow())
    expect(afterPage).toBeGreaterThan(5)
    const id = await page.evaluate(() => document.activeElement?.closest('tr')?.getAttribute('data-business-id'))
    await page.keyboard.press('Enter')
    await page.getByTestId('client-details').waitFor()
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('client-heading')
    await checkLook(page, 'en-client-details')
    await page.getByTestId('close-details').click()
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('tr')?.getAttribute('data-business-id'))).toBe(id)
    await page.close()
  }, 60_000)

  test('the other languages: axe clean and no sideways scrolling with every service chosen', async () => {
    const now = new Date()
    const list = demoPortfolio(200, helsinkiDate(now))
    await seedPortfolio(browser, { ...list, firm: { ...list.firm, services: ['employer', 'occupational-health', 'kelmu', 'emava', 'pharma-prices', 'rehab-providers', 'kiila'] } }, now)
    for (const lang of ['sv', 'en'] as const) {
      const page = await openPortfolio(browser, { lang })
      await matrixComplete(page)
      await page.getByTestId('matrix').scrollIntoViewIfNeeded()
      await checkLook(page, `${lang}-all-services`)
      await page.getByTestId('firm-toggle').click()
      await checkLook(page, `${lang}-firm-open`)
      await page.close()
    }
  }, 90_000)
})
