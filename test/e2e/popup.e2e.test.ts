// The popup in real Chromium with the built extension, in fi, sv and en: the tab states the real
// content script and background report on pages served at real Kela, Suomi.fi and other
// addresses, one full guided path walked with the keyboard alone and checked against the engine,
// reading mandates from a Suomi.fi Valtuudet list, the theme list and its Kela filter, axe-core's
// WCAG 2.1 A/AA rules in each state, the 400 px width without sideways scrolling, and a
// screenshot of each state in .reports/popup/ for review. The states that only happen around an
// install (reload the page; site access withheld) are in popup-access.e2e.test.ts.
import { mkdirSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import * as z from 'zod'
import { Case } from '../../src/core/contract/case.ts'
import { LANGS, type Lang } from '../../src/core/contract/ids.ts'
import type { QuestionId } from '../../src/core/contract/result.ts'
import { diagnose } from '../../src/core/diagnosis/index.ts'
import { SAVED_MANDATES_KEY } from '../../src/extension/protocol.ts'
import { POPUP_LANGUAGE_CHUNK } from '../../src/extension/popup/language-chunk.ts'
import { LANG_NAMES, detectLang } from '../../src/extension/ui/i18n/index.ts'
import { HELP_PAGE, NO_ACCESS, NOT_KELA } from '../../scripts/demo/pages.ts'
import { expectedMandates, readFixture } from '../fixtures/fixture-pages.ts'
import { launchExtensionBrowser, tabIdOf, type ExtensionBrowser } from './harness/extension-browser.ts'
import { storedLocal } from './harness/extension-state.ts'
import { ORGANISATION, engineAsks, tabTo, walkGuidedPath } from './harness/guided-path.ts'
import { HEADLINE, axeViolations, chooseLang, clearLocalStorage, horizontalOverflow, openPopup, popupState, tabIdOfNewPage, waitForTabState } from './harness/popup.ts'
import type { Page } from 'playwright-core'

const SHOTS = '.reports/popup'
// A Wednesday morning in March: Kela support is open; fixed so screenshots are comparable.
const WEDNESDAY = new Date('2026-03-04T10:00:00+02:00')

let browser: ExtensionBrowser
let failureTab: number
let fineTab: number
let elsewhereTab: number
const noAccess = NO_ACCESS()
const help = HELP_PAGE()
const elsewhere = NOT_KELA()

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true })
  browser = await launchExtensionBrowser()
  for (const page of [noAccess, help, elsewhere]) browser.server.route(page.url, { body: page.html })
  const failure = await browser.context.newPage()
  await failure.goto(noAccess.url)
  failureTab = await tabIdOf(browser, failure)
  const fine = await browser.context.newPage()
  await fine.goto(help.url)
  fineTab = await tabIdOf(browser, fine)
  elsewhereTab = await tabIdOfNewPage(browser, (page) => page.goto(elsewhere.url))
  // The content script reports asynchronously; wait until the background has the failure.
  if ((await waitForTabState(browser, failureTab)) !== 'no-access') throw new Error('the demo failure page was not classified as no-access')
})
afterAll(async () => browser?.close())

/** axe clean, no sideways scrolling, and a full-page screenshot for review. */
async function checkLook(page: Page, name: string): Promise<void> {
  expect(await axeViolations(page), `axe on ${name}`).toEqual([])
  expect(await horizontalOverflow(page), `sideways scrolling on ${name}`).toBe(0)
  const shot = await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true })
  expect(shot.readUInt32BE(16), `screenshot width of ${name}`).toBe(400)
}

async function open(lang: Lang, tabId: number, options: { simulate?: Record<string, unknown> } = {}): Promise<Page> {
  await clearLocalStorage(browser)
  await chooseLang(browser, lang)
  return openPopup(browser, tabId, { fixedTime: WEDNESDAY, ...options })
}

/** Opens a fixture at its real URL in a new tab; returns the page and its tab id. */
async function openFixture(file: string): Promise<{ page: Page; tabId: number }> {
  const fixture = readFixture(file)
  browser.server.route(fixture.url, { status: fixture.status, body: fixture.html })
  const page = await browser.context.newPage()
  await page.goto(fixture.url)
  return { page, tabId: await tabIdOf(browser, page) }
}

/** Answers the questions before the mandates one by mouse (the keyboard path is tested below). */
async function untilMandatesQuestion(page: Page, choices: Record<string, number> = {}): Promise<void> {
  for (let i = 0; i < 6; i++) {
    const current = await page.getByTestId('guided-flow').getAttribute('data-current')
    if (current === 'mandates') return
    const question = page.getByTestId(`question-${current}`)
    await question.locator('input[type="radio"]').nth(choices[current ?? ''] ?? 0).check()
    await question.locator('button[type="submit"]').click()
    await page.waitForFunction((previous) => document.querySelector('[data-testid="guided-flow"]')?.getAttribute('data-current') !== previous, current)
  }
  throw new Error('the mandates question never came')
}

describe.each(LANGS)('popup in %s', (lang) => {
  test('a failure on a Kela page: kind, diagnosis, the engine\'s first question, links and support', async () => {
    const page = await open(lang, failureTab)
    expect(await popupState(page)).toBe('failure')
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe(lang)
    expect(await page.getByRole('heading', { level: 2, name: HEADLINE[lang].failure }).count()).toBe(1)
    expect(await page.getByTestId('diagnosis').getAttribute('data-verdict')).toBe('unknown')
    const first = diagnose({ version: 1, lang, service: 'employer', page: { kind: 'no-access', url: noAccess.url } }).questions[0]!
    expect(await page.getByTestId('guided-flow').getAttribute('data-current')).toBe(first.id)
    expect(await page.locator('.question-title').textContent()).toBe(first.text)
    expect(await page.getByTestId('support-status').getAttribute('data-open')).toBe('true')
    await checkLook(page, `${lang}-failure`)
    await page.close()
  })

  test('a Kela help page where nothing failed', async () => {
    const page = await open(lang, fineTab)
    expect(await popupState(page)).toBe('fine')
    expect(await page.getByRole('heading', { name: HEADLINE[lang].fine }).count()).toBe(1)
    expect(await page.getByTestId('diagnosis').count()).toBe(0)
    await checkLook(page, `${lang}-fine`)
    await page.getByTestId('check-mandates').click()
    await page.getByTestId('guided-flow').waitFor()
    expect(await page.getByTestId('guided-flow').getAttribute('data-current')).toBe('service')
    await checkLook(page, `${lang}-fine-checking`)
    await page.close()
  })

  test('a page that is not Kela\'s or Suomi.fi\'s (the background says so): the check still works', async () => {
    const page = await open(lang, elsewhereTab)
    expect(await popupState(page)).toBe('not-kela-page')
    expect(await page.getByRole('heading', { name: HEADLINE[lang]['not-kela-page'] }).count()).toBe(1)
    await checkLook(page, `${lang}-not-kela-page`)
    await page.getByTestId('check-mandates').click()
    expect(await page.getByTestId('guided-flow').getAttribute('data-current')).toBe('service')
    await page.close()
  })

  test('the background does not answer: an error state, not silence', async () => {
    // The one reply still simulated: a background that does not answer cannot be had for real.
    const page = await open(lang, failureTab, { simulate: { 'ui-bg-get-tab-state': null } })
    expect(await popupState(page)).toBe('error')
    expect(await page.getByRole('heading', { name: HEADLINE[lang].error }).count()).toBe(1)
    await checkLook(page, `${lang}-error`)
    await page.close()
  })

  test('the whole guided path with the keyboard alone: the engine\'s questions, its verdict and findings', async () => {
    const page = await open(lang, failureTab)
    expect(await popupState(page)).toBe('failure')
    const runs = async () => Number(await page.getByTestId('diagnosis').getAttribute('data-runs'))
    const before = await runs()
    const asked = (await walkGuidedPath(page)) as QuestionId[]
    expect(asked).toContain('mandates')
    expect(await runs()).toBe(before + asked.length)
    await checkLook(page, `${lang}-guided-done`)

    // Copy for support, by keyboard too; the text carries the case exactly as the contract takes it.
    await tabTo(page, '[data-testid="copy-support"]')
    // Focus is visible: Suomi.fi's focus ring on the focused button.
    expect(await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement!)
      return `${style.outlineStyle} ${style.outlineWidth}`
    })).toBe('solid 2px')
    await page.keyboard.press('Enter')
    const text = (await page.getByTestId('copied-text').textContent()) ?? ''
    const copied = Case.parse(JSON.parse(text.slice(text.indexOf('{'), text.lastIndexOf('}') + 1)))
    expect(copied).toMatchObject({
      version: 1, lang, service: 'employer', actingFor: 'client', page: { kind: 'no-access', url: noAccess.url },
      mandates: [{ holder: 'me', mandator: ORGANISATION, type: 'asiointivaltuus', themes: [expect.any(String)] }],
    })
    expect(z.string().datetime({ offset: true }).safeParse(copied.now).success).toBe(true)
    expect(text).not.toContain('Työnantajan asiointipalvelu – Kela') // never the page title
    // Every question shown was the one the engine asked at that point ...
    expect(asked).toEqual(engineAsks(copied, asked))
    // ... and the verdict and findings on screen are the engine's for the case built.
    const result = diagnose(copied)
    expect(result.verdict).toBe('cannot-access')
    expect(await page.getByTestId('diagnosis').getAttribute('data-verdict')).toBe(result.verdict)
    const shown = await page.getByTestId('finding').evaluateAll((els) => els.map((el) => [el.getAttribute('data-finding-id'), el.querySelector('h4')?.textContent]))
    expect(shown).toEqual(result.findings.map((f) => [f.id, f.title]))
    await checkLook(page, `${lang}-copied`)
    await page.close()
  }, 60_000)
})

describe('reading mandates from Suomi.fi Valtuudet', () => {
  test('the received list in the tab is read, shown for confirmation, used and saved; the diagnosis follows', async () => {
    const fixture = 'none-valtuudet-received-fi.html'
    const { page: valtuudet, tabId } = await openFixture(fixture)
    const page = await open('fi', tabId)
    expect(await popupState(page)).toBe('fine')
    await page.getByTestId('check-mandates').click()
    // e-service: the first (employer); whose business: own
    await untilMandatesQuestion(page)
    await page.getByTestId('read-mandates').click()
    await page.getByTestId('mandate-reader').and(page.locator('[data-status="found"]')).waitFor()
    const expected = expectedMandates(readFixture(fixture)) as { mandates: unknown[]; skipped: { fromPersons: number } }
    expect(await page.locator('.found-mandates .mandate-list li').count()).toBe(expected.mandates.length)
    expect(await page.getByTestId('skipped').textContent()).toContain(String(expected.skipped.fromPersons))
    // Nothing is stored before the user confirms; no name or identity code is ever shown.
    expect(await storedLocal(browser)).not.toHaveProperty(SAVED_MANDATES_KEY)
    expect(await page.getByTestId('mandate-reader').textContent()).not.toMatch(/\d{6}[-+A-FU-Y]\d{3}[0-9A-Y]|Maija|Mallikas|Matti|Meikäläinen/)
    await checkLook(page, 'fi-mandates-found')
    await page.getByTestId('use-found').click()
    await expect.poll(async () => ((await storedLocal(browser))[SAVED_MANDATES_KEY] as { mandates?: unknown[] } | undefined)?.mandates).toEqual(expected.mandates)
    await expect.poll(() => page.getByTestId('answers').textContent()).toContain(`Lisäämäsi valtuudet: ${expected.mandates.length}`)
    await page.close()

    // Opened again on the failure tab, the confirmed mandates are offered.
    const again = await openPopup(browser, failureTab, { fixedTime: WEDNESDAY })
    await popupState(again)
    await untilMandatesQuestion(again)
    await again.getByTestId('saved-mandates').waitFor()
    await again.getByTestId('use-saved').click()
    await expect.poll(() => again.getByTestId('answers').textContent()).toContain(`Lisäämäsi valtuudet: ${expected.mandates.length}`)
    // The engine goes on from there (these mandates alone do not decide: it asks what it still needs).
    expect(await again.getByTestId('guided-flow').getAttribute('data-current')).not.toBe('mandates')
    await again.close()
    await valtuudet.close()
  })

  test('reading a Kela page that is not a mandate list: the popup says what to open', async () => {
    const page = await open('en', failureTab)
    await popupState(page)
    await untilMandatesQuestion(page)
    await page.getByTestId('read-mandates').click()
    await page.getByText('This page shows no list of mandates. Open "Received mandates" in Suomi.fi e-Authorizations in this tab and try again, or enter the mandates below.').waitFor()
    expect(await page.getByTestId('mandate-reader').getAttribute('data-reason')).toBe('not-a-mandate-list')
    await page.close()
  })

  test('reading a tab that is not Kela\'s or Suomi.fi\'s: the background refuses, the popup says so', async () => {
    const page = await open('sv', elsewhereTab)
    await popupState(page)
    await page.getByTestId('check-mandates').click()
    await untilMandatesQuestion(page)
    await page.getByTestId('read-mandates').click()
    await expect.poll(() => page.getByTestId('mandate-reader').getAttribute('data-reason')).toBe('not-kela-page')
    await page.close()
  })
})

describe('Suomi.fi\'s theme list and its Kela filter', () => {
  const tabsAt = (url: string) => browser.worker.evaluate(async (wanted) => (await chrome.tabs.query({})).filter((t) => (t.pendingUrl ?? t.url) === wanted).map((t) => t.id!), url)

  // Swedish: no Swedish address of the list is known, so the confirmed English page opens, and the
  // word follows the page ("Kela"; "FPA" on a Swedish page: test/unit/page/theme-list.test.ts).
  test.each([['fi', 'none-theme-list-fi.html', 'applied'], ['sv', 'none-theme-list-en.html', 'applied'], ['fi', 'none-theme-list-nofield-fi.html', 'field-not-found']] as const)(
    '%s, %s: opened from the popup, the filter\'s result under the link and in the new tab\'s popup', async (lang, file, status) => {
      const fixture = readFixture(file)
      browser.server.route(fixture.url, { status: fixture.status, body: fixture.html })
      const before = await tabsAt(fixture.url)
      const page = await open(lang, failureTab)
      await popupState(page)
      await page.getByTestId('theme-list-link').click()
      // The popup opened as a page stays open and follows the filter of the tab it opened.
      await expect.poll(() => page.getByTestId('opened-filter-status').getAttribute('data-filter'), { timeout: 15_000 }).toBe(status)
      const opened = (await tabsAt(fixture.url)).filter((id) => !before.includes(id))
      expect(opened).toHaveLength(1)
      // Opening the popup on that tab tells the same.
      const there = await openPopup(browser, opened[0]!, { fixedTime: WEDNESDAY })
      expect(await popupState(there)).toBe('fine')
      expect(await there.getByTestId('filter-status').getAttribute('data-filter')).toBe(status)
      expect(await there.getByTestId('filter-status').textContent()).toContain('Kela')
      await checkLook(there, `${lang}-theme-list-${status}`)
      await there.close()
      await page.close()
      for (const p of browser.context.pages()) if (p.url() === fixture.url) await p.close()
    })

  test('any other link opens a new tab', async () => {
    const page = await open('fi', failureTab)
    await popupState(page)
    const troubleshooting = 'https://www.kela.fi/asiointi-ongelmatilanteet'
    const already = (await tabsAt(troubleshooting)).length
    await page.getByRole('link', { name: /ongelmatilanteet/ }).click()
    await expect.poll(async () => (await tabsAt(troubleshooting)).length, { timeout: 10_000 }).toBe(already + 1)
    await page.close()
  })
})

describe('actions', () => {
  test('the language switch loads the other language and is remembered for the next opening', async () => {
    const page = await open('fi', failureTab)
    await popupState(page)
    await page.getByRole('button', { name: 'Svenska' }).click()
    await expect.poll(() => page.getByTestId('popup').getAttribute('data-lang')).toBe('sv')
    await expect.poll(() => page.locator('.question-title').textContent()).toBe(diagnose({ version: 1, lang: 'sv', service: 'employer', page: { kind: 'no-access', url: noAccess.url } }).questions[0]!.text)
    await page.close()
    const again = await openPopup(browser, failureTab)
    await popupState(again)
    expect(await again.getByTestId('popup').getAttribute('data-lang')).toBe('sv')
    await again.close()
  })

  test('the popup loads only the language it shows, also when it is not the browser\'s; the others when switched to', async () => {
    const from = browser.requests.length
    // Every script this popup page fetched (the service worker's own requests left out).
    const scripts = () => browser.requests.slice(from).filter((r) => r.serviceWorker() === null && r.url().endsWith('.js')).map((r) => r.url().split('/').pop()!)
    const chunks = (lang: string) => scripts().filter((name) => name === `${POPUP_LANGUAGE_CHUNK}${lang}.js`)
    // The language chosen is not the browser's UI language, so a popup that loaded the browser's
    // language first (as popup-prefetch.js would, were it not to read the choice) is caught.
    const uiLanguage = await browser.worker.evaluate(() => chrome.i18n.getUILanguage())
    const [shown, other] = LANGS.filter((lang) => lang !== detectLang(uiLanguage))
    const page = await open(shown!, failureTab)
    await popupState(page)
    expect(chunks(shown!)).toHaveLength(1)
    expect(LANGS.filter((lang) => lang !== shown).flatMap(chunks)).toEqual([])
    await page.getByRole('button', { name: LANG_NAMES[other!] }).click()
    await expect.poll(() => page.getByTestId('popup').getAttribute('data-lang')).toBe(other)
    expect(chunks(other!)).toHaveLength(1)
    expect(chunks(detectLang(uiLanguage))).toEqual([])
    await page.close()
  })

})
