// The walking skeleton, end to end in real Chromium with the built extension: the content script
// runs on a Kela URL and reports, the background stores the tab's state and sets the badge, the
// popup shows it; nothing runs on an unrelated host; the page cannot fetch our files; and the
// extension makes no network request of its own.
import { readdirSync, statSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { contentScriptWorlds, launchExtensionBrowser, tabIdOf, type ExtensionBrowser } from './harness/extension-browser.ts'
import { readFixture } from '../fixtures/fixture-pages.ts'
import { extensionNetworkRequests } from './harness/network-guard.ts'

let browser: ExtensionBrowser
const failure = readFixture('skeleton-no-access-fi.html')
const UNRELATED = 'https://www.example.com/asiointi/'
/** The failure page again, with an image that never arrives, so its load event never comes. */
const SLOW_PAGE = `${failure.url.replace(/\/$/, '')}-hidas-kuva`
const SLOW_IMAGE = 'https://asiointi.kela.fi/kuvat/hidas.png'

beforeAll(async () => {
  browser = await launchExtensionBrowser()
  browser.server.route(failure.url, { status: failure.status, body: failure.html })
  browser.server.route(UNRELATED, { body: failure.html })
})
afterAll(async () => browser?.close())

async function storedState(tabId: number): Promise<unknown> {
  return browser.worker.evaluate(async (key) => (await chrome.storage.session.get(key))[key], `tab:${tabId}`)
}

test('on a Kela URL the content script reports, the badge is set and the popup shows the state', async () => {
  const page = await browser.context.newPage()
  await page.goto(failure.url)
  const tabId = await tabIdOf(browser, page)
  await expect.poll(() => storedState(tabId), { timeout: 5000 }).toMatchObject({ kind: 'no-access', url: failure.url })
  const worlds = await contentScriptWorlds(browser, page)
  expect(worlds()).toBe(1)
  const badge = await browser.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)
  expect(badge).toBe('!')
  const title = await browser.worker.evaluate((id) => chrome.action.getTitle({ tabId: id }), tabId)
  expect(title).toMatch(/^Valtuusapu: .+/) // what was found, in the UI language (badge.test.ts)

  const popup = await browser.context.newPage()
  await popup.goto(`chrome-extension://${browser.extensionId}/src/extension/popup/index.html?tabId=${tabId}`)
  await expect.poll(() => popup.getByTestId('state').getAttribute('data-kind')).toBe('no-access')
  await popup.close()
  await page.close()
})

test('a page whose load event never comes (an image that never arrives) is still read, a second after its DOM is complete', async () => {
  // The content script reads a page after its load event, so as not to delay it; it must not wait
  // for ever when a slow image holds that event back.
  browser.server.route(SLOW_PAGE, { status: failure.status, body: failure.html.replace('</body>', `<img src="${SLOW_IMAGE}" alt=""></body>`) })
  let imageAsked = false
  await browser.context.route(SLOW_IMAGE, () => {
    imageAsked = true // never answered
  })
  const page = await browser.context.newPage()
  try {
    await page.goto(SLOW_PAGE, { waitUntil: 'domcontentloaded' })
    const tabId = await tabIdOf(browser, page)
    await expect.poll(() => storedState(tabId), { timeout: 5000 }).toMatchObject({ kind: 'no-access' })
    expect(imageAsked).toBe(true)
    expect(await page.evaluate(() => document.readyState)).toBe('interactive')
  } finally {
    await page.close()
    await browser.context.unroute(SLOW_IMAGE)
  }
})

test('on an unrelated host the content script does not run', async () => {
  const page = await browser.context.newPage()
  await page.goto(UNRELATED)
  const worlds = await contentScriptWorlds(browser, page)
  await page.waitForTimeout(500)
  expect(worlds()).toBe(0)
  const tabId = await tabIdOf(browser, page).catch(() => undefined)
  // Without host permission the extension cannot even see the tab's URL.
  if (tabId !== undefined) expect(await storedState(tabId)).toBeUndefined()
  await page.close()
})

test('a script on the Kela page cannot fetch any of the extension files', async () => {
  const dist = resolve('dist/chrome')
  const files = walk(dist).map((file) => relative(dist, file))
  expect(files).toContain('manifest.json')
  const page = await browser.context.newPage()
  await page.goto(failure.url)
  const fetched = await page.evaluate(async ({ id, paths }) => {
    const ok: string[] = []
    for (const path of paths) {
      try {
        await fetch(`chrome-extension://${id}/${path}`)
        ok.push(path)
      } catch {
        // Refused: what we want.
      }
    }
    return ok
  }, { id: browser.extensionId, paths: files })
  expect(fetched).toEqual([])
  await page.close()
})

test('the extension made no network request: every request went to a page this suite opened', async () => {
  const opened = new Set([failure.url, UNRELATED, SLOW_PAGE, SLOW_IMAGE])
  const foreign = browser.requests
    // chrome-extension: URLs never reach the network (the refused page fetches above show up
    // as chrome-extension://invalid/).
    .filter((request) => !request.url().startsWith('chrome-extension:'))
    .filter((request) => !opened.has(request.url()))
    .map((request) => `${request.method()} ${request.url()}`)
  expect(foreign).toEqual([])
  // The same check every Chromium test file runs when it closes its browser (harness/network-guard.ts).
  expect(extensionNetworkRequests(browser.requests, browser.server.requests)).toEqual([])
})

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? walk(path) : [path]
  })
}
