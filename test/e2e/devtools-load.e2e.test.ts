// The way `npm run demo` loads the extension into Google Chrome or Edge, which no longer accept
// --load-extension (scripts/browser/find-chrome.ts): over the DevTools protocol
// (Extensions.loadUnpacked). Tried here in Debian's Chromium, the only browser on our machines:
// the extension loaded this way reads a Kela failure page as with the switch.
import { afterAll, beforeAll, expect, test } from 'vitest'
import { readFixture } from '../fixtures/fixture-pages.ts'
import { launchExtensionBrowser, tabIdOf, type ExtensionBrowser } from './harness/extension-browser.ts'
import { serveFixture, storedState } from './harness/extension-state.ts'

let browser: ExtensionBrowser
beforeAll(async () => {
  browser = await launchExtensionBrowser(undefined, { loadOverDevTools: true })
})
afterAll(async () => browser?.close())

test('loaded over the DevTools protocol, the extension classifies a Kela failure page', async () => {
  const fixture = readFixture('no-access-employer-fi.html')
  serveFixture(browser, fixture)
  const page = await browser.context.newPage()
  await page.goto(fixture.url)
  const tabId = await tabIdOf(browser, page)
  await expect.poll(() => storedState(browser, tabId), { timeout: 5000 }).toMatchObject({ kind: fixture.kind, service: fixture.service })
})
