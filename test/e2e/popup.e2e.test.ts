// The popup in real Chromium with the built extension, in fi, sv and en: every tab state, one
// full guided path walked with the keyboard alone, axe-core's WCAG 2.1 A/AA rules in each
// state, the 400 px width without sideways scrolling, and a screenshot of each state in
// .reports/popup/ for review.
// The failure and "page fine" states come from the real content script and background on demo
// pages served at real Kela URLs. The background does not yet tell the other access states or
// handle the mandate and theme-list messages (issue 4 adds them), so for those the test answers
// in the popup page itself (openPopup's `simulate`); the popup code under test is the same.
import { mkdirSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import * as z from 'zod'
import { Case } from '../../src/core/contract/case.ts'
import { LANGS, type Lang } from '../../src/core/contract/ids.ts'
import { HELP_PAGE, NO_ACCESS } from '../../scripts/demo/pages.ts'
import { launchExtensionBrowser, tabIdOf, type ExtensionBrowser } from './harness/extension-browser.ts'
import { CLIENT, ORGANISATION, tabTo, walkGuidedPath } from './harness/guided-path.ts'
import { axeViolations, chooseLang, clearLocalStorage, horizontalOverflow, openPopup, popupState, stopSimulating, waitForTabState, type SimulatedReplies } from './harness/popup.ts'
import type { Page } from 'playwright-core'

const SHOTS = '.reports/popup'
// A Wednesday morning in March: Kela support is open; fixed so screenshots are comparable.
const WEDNESDAY = new Date('2026-03-04T10:00:00+02:00')

let browser: ExtensionBrowser
let failureTab: number
let fineTab: number
const noAccess = NO_ACCESS()
const help = HELP_PAGE()

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true })
  browser = await launchExtensionBrowser()
  browser.server.route(noAccess.url, { body: noAccess.html })
  browser.server.route(help.url, { body: help.html })
  const failure = await browser.context.newPage()
  await failure.goto(noAccess.url)
  failureTab = await tabIdOf(browser, failure)
  const fine = await browser.context.newPage()
  await fine.goto(help.url)
  fineTab = await tabIdOf(browser, fine)
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

async function open(lang: Lang, tabId: number, simulate?: SimulatedReplies): Promise<Page> {
  await clearLocalStorage(browser)
  await chooseLang(browser, lang)
  return openPopup(browser, tabId, { fixedTime: WEDNESDAY, ...(simulate ? { simulate } : {}) })
}

const HEADLINE: Record<Lang, Record<string, string>> = {
  fi: { failure: 'Asiointipalvelu esti pääsyn', fine: 'Tällä sivulla ei näy virhettä', 'not-kela-page': 'Tämä välilehti ei ole Kelan tai Suomi.fin sivu', 'needs-reload': 'Lataa sivu ensin uudelleen', 'no-host-permission': 'Valtuusapu tarvitsee luvan lukea Kelan ja Suomi.fin sivuja', error: 'Valtuusapu ei saanut tämän välilehden tietoja' },
  sv: { failure: 'E-tjänsten nekade åtkomst', fine: 'Inget fel syns på den här sidan', 'not-kela-page': 'Den här fliken är inte en sida hos FPA eller Suomi.fi', 'needs-reload': 'Ladda om sidan först', 'no-host-permission': 'Valtuusapu behöver ditt tillstånd att läsa sidor hos FPA och Suomi.fi', error: 'Valtuusapu kunde inte läsa flikens tillstånd' },
  en: { failure: 'The e-service refused access', fine: 'Nothing failed on this page', 'not-kela-page': 'This tab is not a Kela or Suomi.fi page', 'needs-reload': 'Reload the page first', 'no-host-permission': 'Valtuusapu needs your permission to read Kela and Suomi.fi pages', error: 'Valtuusapu could not read the state of this tab' },
}

const simulatedState = (access: string) => ({ 'ui-bg-get-tab-state': { state: null, access } })

describe.each(LANGS)('popup in %s', (lang) => {
  test('a failure on a Kela page: kind, diagnosis, the first question, links and support', async () => {
    const page = await open(lang, failureTab)
    expect(await popupState(page)).toBe('failure')
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe(lang)
    expect(await page.getByRole('heading', { level: 2, name: HEADLINE[lang].failure }).count()).toBe(1)
    expect(await page.getByTestId('diagnosis').getAttribute('data-verdict')).toBe('unknown')
    expect(await page.getByTestId('guided-flow').getAttribute('data-current')).toBeTruthy()
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
    await checkLook(page, `${lang}-fine-checking`)
    await page.close()
  })

  test.each(['not-kela-page', 'needs-reload', 'no-host-permission'])('access state %s (reply simulated until issue 4)', async (access) => {
    const page = await open(lang, failureTab, simulatedState(access))
    expect(await popupState(page)).toBe(access)
    expect(await page.getByRole('heading', { name: HEADLINE[lang][access] }).count()).toBe(1)
    await checkLook(page, `${lang}-${access}`)
    await page.close()
  })

  test('the background does not answer: an error state, not silence', async () => {
    const page = await open(lang, failureTab, { 'ui-bg-get-tab-state': null })
    expect(await popupState(page)).toBe('error')
    expect(await page.getByRole('heading', { name: HEADLINE[lang].error }).count()).toBe(1)
    await checkLook(page, `${lang}-error`)
    await page.close()
  })

  test('the whole guided path with the keyboard alone, re-running the engine after each answer', async () => {
    const page = await open(lang, failureTab)
    expect(await popupState(page)).toBe('failure')
    const runs = async () => Number(await page.getByTestId('diagnosis').getAttribute('data-runs'))
    const before = await runs()
    const asked = await walkGuidedPath(page)
    expect(asked.length).toBeGreaterThanOrEqual(3)
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
    const parsed = Case.parse(JSON.parse(text.slice(text.indexOf('{'), text.lastIndexOf('}') + 1)))
    expect(parsed).toMatchObject({
      version: 1, lang, service: 'employer', actingFor: 'client', client: { businessId: CLIENT },
      page: { kind: 'no-access', url: noAccess.url },
      mandates: [{ holder: 'me', mandator: ORGANISATION, type: 'asiointivaltuus', themes: [expect.any(String)] }],
    })
    expect(z.string().datetime({ offset: true }).safeParse(parsed.now).success).toBe(true)
    expect(text).not.toContain('Työnantajan asiointipalvelu – Kela') // never the page title
    await checkLook(page, `${lang}-copied`)
    await page.close()
  }, 60_000)
})

describe('actions', () => {
  test('the language switch is remembered for the next opening', async () => {
    const page = await open('fi', failureTab)
    await popupState(page)
    await page.getByRole('button', { name: 'Svenska' }).click()
    await expect.poll(() => page.getByTestId('popup').getAttribute('data-lang')).toBe('sv')
    await page.close()
    const again = await openPopup(browser, failureTab)
    await popupState(again)
    expect(await again.getByTestId('popup').getAttribute('data-lang')).toBe('sv')
    await again.close()
  })

  test('"grant access" asks the browser on the click itself', async () => {
    const page = await open('en', failureTab, simulatedState('no-host-permission'))
    await popupState(page)
    await page.getByTestId('grant').click()
    // Chromium granted the hosts at install, so the request succeeds at once.
    await page.getByText('Access allowed. Reload the page, then open Valtuusapu again.').waitFor()
    await page.close()
  })

  test('"reload the page" reloads the tab and then shows what the page reports', async () => {
    const page = await open('en', failureTab, simulatedState('needs-reload'))
    await popupState(page)
    // After the reload the popup asks the real background again (the simulation is only for the first ask).
    await stopSimulating(page, 'ui-bg-get-tab-state')
    await page.getByRole('button', { name: 'Reload the page' }).click()
    await expect.poll(() => page.getByTestId('state').getAttribute('data-state'), { timeout: 10_000 }).toBe('failure')
    await page.close()
  })

  /** Answers the questions before the mandates one by mouse (the keyboard path is tested above). */
  async function untilMandatesQuestion(page: Page): Promise<void> {
    for (let i = 0; i < 4; i++) {
      const current = await page.getByTestId('guided-flow').getAttribute('data-current')
      if (current === 'mandates') return
      const question = page.getByTestId(`question-${current}`)
      await question.locator('input[type="radio"]').nth(current === 'acting-for' ? 1 : 0).check()
      await question.locator('button[type="submit"]').click()
    }
    throw new Error('the mandates question never came')
  }

  test('reading mandates when the background cannot yet: a clear message', async () => {
    const page = await open('en', failureTab)
    await popupState(page)
    await untilMandatesQuestion(page)
    await page.getByTestId('read-mandates').click()
    await page.getByText('Reading the page is not available here yet. Enter the mandates below.').waitFor()
    await page.close()
  })

  test('read mandates (reply simulated until issue 4) are shown for confirmation, then used', async () => {
    const mandate = { holder: 'me', mandator: ORGANISATION, type: 'edustamisvaltuus', themes: ['Palvelussuhteeseen liittyvien etuuksien hakeminen'] }
    const page = await open('en', failureTab, { 'ui-bg-extract-mandates': { mandates: [mandate] } })
    await popupState(page)
    await untilMandatesQuestion(page)
    await page.getByTestId('read-mandates').click()
    await page.getByText('Mandates found on the page: 1. Check them before you use them.').waitFor()
    await checkLook(page, 'en-mandates-found')
    await page.getByTestId('use-found').click()
    await expect.poll(() => page.getByTestId('answers').textContent()).toContain('Mandates you entered: 1')
    await page.close()
  })

  test('a deep link opens a new tab; the theme-list link falls back to the plain list when the background cannot filter', async () => {
    const page = await open('fi', failureTab)
    await popupState(page)
    const themeList = 'https://www.suomi.fi/e-authorizations/mandate-themes'
    const tabsAt = (url: string) => browser.worker.evaluate(async (wanted) => (await chrome.tabs.query({})).filter((t) => (t.pendingUrl ?? t.url) === wanted).length, url)
    const before = await tabsAt(themeList)
    await page.getByTestId('theme-list-link').click()
    // The extension's part is the new tab at the list's address (the test server does not serve the list).
    await expect.poll(() => tabsAt(themeList), { timeout: 10_000 }).toBe(before + 1)
    // Any other link too (the extension can only see tab addresses on Kela and Suomi.fi hosts).
    const troubleshooting = 'https://www.kela.fi/asiointi-ongelmatilanteet'
    const already = await tabsAt(troubleshooting)
    await page.getByRole('link', { name: /ongelmatilanteet/ }).click()
    await expect.poll(() => tabsAt(troubleshooting), { timeout: 10_000 }).toBe(already + 1)
    await page.close()
  })
})
