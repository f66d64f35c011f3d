// The popup on a tab the extension cannot read, for real: a Kela address whose page failed to
// load shows the browser's error page, where no extension may run a script, so that tab needs a
// reload (a tab merely opened before the install is read at once: tab-access.e2e.test.ts); then
// the user withholds site access in chrome://extensions, so the popup must ask for it. Each state
// in fi, sv and en, axe-clean, 400 px wide, and the buttons doing what they say.
import { mkdirSync } from 'node:fs'
import type { Page, Route } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { LANGS, type Lang } from '../../src/core/contract/ids.ts'
import { readFixture } from '../fixtures/fixture-pages.ts'
import { launchBareBrowser, type BareBrowser } from './harness/bare-browser.ts'
import { HEADLINE, POPUP_PATH, POPUP_SIZE, axeViolations, horizontalOverflow, popupState } from './harness/popup.ts'
import { HOST_PERMISSIONS } from '../../src/extension/protocol.ts'

const SHOTS = '.reports/popup'
const fixture = readFixture('no-access-employer-fi.html')
/** Until the test lets it load, every request for the Kela page fails (the browser's error page). */
const refuse = (route: Route) => route.abort('connectionreset')
let bare: BareBrowser
let extensionId: string
let kela: Page
let tabId: number

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true })
  bare = await launchBareBrowser()
  bare.server.route(fixture.url, { status: fixture.status, body: fixture.html })
  extensionId = await bare.install()
  await bare.context.route(fixture.url, refuse)
  kela = await bare.context.newPage()
  await kela.goto(fixture.url).catch(() => undefined)
  const ui = await bare.context.newPage()
  await ui.goto(`chrome-extension://${extensionId}/${POPUP_PATH}?tabId=0`)
  tabId = (await ui.evaluate(async (url) => (await chrome.tabs.query({})).find((tab) => tab.url === url)?.id, fixture.url))!
  await ui.close()
})
afterAll(async () => bare?.close())

/** The popup for the Kela tab in a language, as it opens (the choice stored as the switch stores it). */
async function openPopup(lang: Lang, before?: (page: Page) => Promise<unknown>): Promise<Page> {
  const page = await bare.context.newPage()
  await page.setViewportSize(POPUP_SIZE)
  await page.goto(`chrome-extension://${extensionId}/${POPUP_PATH}?tabId=0`)
  await page.evaluate((value) => chrome.storage.local.set({ 'ui:lang': value }), lang)
  if (before) await before(page)
  await page.goto(`chrome-extension://${extensionId}/${POPUP_PATH}?tabId=${tabId}`)
  return page
}

async function checkLook(page: Page, name: string): Promise<void> {
  expect(await axeViolations(page), `axe on ${name}`).toEqual([])
  expect(await horizontalOverflow(page), `sideways scrolling on ${name}`).toBe(0)
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true })
}

describe('a Kela address showing the browser\'s error page', () => {
  test.each(LANGS)('%s: "reload the page first"', async (lang) => {
    const page = await openPopup(lang)
    expect(await popupState(page)).toBe('needs-reload')
    expect(await page.getByRole('heading', { name: HEADLINE[lang]['needs-reload'] }).count()).toBe(1)
    await checkLook(page, `${lang}-needs-reload`)
    await page.close()
  })

  test('the button reloads the tab, and the popup then shows what the page reports', async () => {
    const page = await openPopup('en')
    expect(await popupState(page)).toBe('needs-reload')
    await bare.context.unroute(fixture.url, refuse)
    const reloaded = kela.waitForEvent('load')
    await page.getByRole('button', { name: 'Reload the page' }).click()
    await reloaded
    await expect.poll(() => page.getByTestId('state').getAttribute('data-state'), { timeout: 15_000 }).toBe('failure')
    expect(await page.getByTestId('state').getAttribute('data-kind')).toBe(fixture.kind)
    await page.getByTestId('diagnosis').waitFor()
    await page.close()
  })
})

describe('site access withheld ("on click" in chrome://extensions)', () => {
  test('each language says why and offers to ask; the button asks the browser for exactly the manifest\'s hosts', async () => {
    await bare.setSiteAccess(extensionId, 'ON_CLICK')
    for (const lang of LANGS) {
      // permissions.request is watched, not replaced: the browser's own prompt follows (headless
      // Chromium cannot answer it, so the request stays open).
      const page = await openPopup(lang, (p) => p.addInitScript(() => {
        const permissions = (globalThis as unknown as { chrome: { permissions: { request: (...args: unknown[]) => Promise<boolean> } } }).chrome.permissions
        const real = permissions.request.bind(permissions)
        const calls: unknown[] = ((globalThis as unknown as { __requests: unknown[] }).__requests = [])
        permissions.request = (...args: unknown[]) => {
          calls.push(args[0])
          return real(...args)
        }
      }))
      await expect.poll(() => popupState(page)).toBe('no-host-permission')
      expect(await page.getByRole('heading', { name: HEADLINE[lang]['no-host-permission'] }).count()).toBe(1)
      await checkLook(page, `${lang}-no-host-permission`)
      await page.getByTestId('grant').click()
      await expect.poll(() => page.evaluate(() => (globalThis as unknown as { __requests: unknown[] }).__requests)).toEqual([{ origins: HOST_PERMISSIONS }])
      await page.close()
    }
  })

  test('allowed again in chrome://extensions and the page reloaded: the popup reads the page', async () => {
    await bare.setSiteAccess(extensionId, 'ON_ALL_SITES')
    await kela.reload()
    const page = await openPopup('fi')
    await expect.poll(async () => {
      await page.reload()
      return popupState(page)
    }, { timeout: 15_000 }).toBe('failure')
    await page.close()
  })
})
