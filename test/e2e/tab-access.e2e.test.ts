// Whether the extension can read a tab:
// - Chrome never runs declared content scripts in tabs that were open before the extension was
//   installed; ours is injected (background/injection.ts), also into those. Chromium starts
//   without the extension, two Kela pages are opened (one loaded, one whose load event an image
//   holds back), and only then is the extension installed (CDP Extensions.loadUnpacked): both
//   are read, `ready`, no reload. A Kela address showing the browser's error page
//   takes no script: `needs-reload`, the state the popup explains; after a reload, `ready`.
// - The user withholds site access (chrome://extensions > Site access > On click; Firefox lets
//   users revoke host permissions the same way): `no-host-permission`. Granted again, a Kela tab
//   opened meanwhile (no script: no permission) is read at once, without a reload.
// This needs a browser-level CDP session: harness/bare-browser.ts starts Chromium itself.
import { afterAll, beforeAll, expect, test } from 'vitest'
import { readFixture } from '../fixtures/fixture-pages.ts'
import { launchBareBrowser, type BareBrowser } from './harness/bare-browser.ts'

let bare: BareBrowser
let extensionId = ''

beforeAll(async () => {
  bare = await launchBareBrowser()
})
afterAll(async () => bare?.close())

test('Kela tabs open when the extension is installed, loaded or still loading, are read without a reload', async () => {
  const context = bare.context
  const fixture = readFixture('no-access-employer-fi.html')
  bare.server.route(fixture.url, { status: fixture.status, body: fixture.html })
  const page = await context.newPage()
  await page.goto(fixture.url)
  // A second Kela page whose load event is still waiting for an image when the extension arrives.
  const loadingUrl = `${fixture.url.replace(/\/$/, '')}-kuva`
  bare.server.route(loadingUrl, { status: fixture.status, body: fixture.html.replace('</body>', '<img src="/held-image.png" alt=""></body>') })
  let releaseImage = () => {}
  const imageHeld = new Promise<void>((resolve) => (releaseImage = resolve))
  await context.route('**/held-image.png', async (route) => {
    await imageHeld
    await route.fulfill({ status: 404, body: '' })
  })
  const loading = await context.newPage()
  await loading.goto(loadingUrl, { waitUntil: 'domcontentloaded' })

  const id = await bare.install()
  extensionId = id
  const ui = await context.newPage()
  await ui.goto(`chrome-extension://${id}/src/extension/popup/index.html?tabId=0`)
  const tabIds = await ui.evaluate(async (urls) => {
    const tabs = await chrome.tabs.query({})
    return urls.map((url) => tabs.find((tab) => tab.url === url)?.id)
  }, [fixture.url, loadingUrl])
  expect(tabIds).toEqual([expect.any(Number), expect.any(Number)])
  // Chrome never runs a declared content script in a tab opened before the install; the
  // background injects ours into every open Kela tab when installed. Only storage is read here:
  // the popup's own request would inject on demand and hide a missed tab.
  const stored = () => ui.evaluate(async (ids) => {
    const all = await chrome.storage.session.get(ids.map((tabId) => `tab:${tabId}`))
    return ids.map((tabId) => (all[`tab:${tabId}`] as { kind?: string } | undefined)?.kind ?? null)
  }, tabIds as number[])
  expect(await ui.evaluate(async (tabId) => (await chrome.tabs.get(tabId)).status, tabIds[1]!)).toBe('loading')
  await expect.poll(stored, { timeout: 5000 }).toEqual(['no-access', 'no-access'])
  releaseImage()
  const send = (message: unknown) => ui.evaluate((m) => chrome.runtime.sendMessage(m), message)
  for (const tabId of tabIds) {
    expect(await send({ type: 'ui-bg-get-tab-state', tabId })).toMatchObject({ access: 'ready', state: { kind: 'no-access' } })
  }
  await context.unroute('**/held-image.png')
  await loading.close()
  await page.close()
})

test('a Kela address showing the browser\'s error page cannot be read: needs-reload; after a reload that works, ready', async () => {
  const context = bare.context
  const fixture = readFixture('no-access-employer-fi.html')
  const url = `${fixture.url.replace(/\/$/, '')}-katkos`
  bare.server.route(url, { status: fixture.status, body: fixture.html })
  // The navigation fails: Chrome shows its error page at the Kela address, where no extension
  // may run a script.
  await context.route(url, (route) => route.abort('connectionreset'))
  const page = await context.newPage()
  await page.goto(url).catch(() => undefined)
  const ui = await context.newPage()
  await ui.goto(`chrome-extension://${extensionId}/src/extension/popup/index.html?tabId=0`)
  const send = (message: unknown) => ui.evaluate((m) => chrome.runtime.sendMessage(m), message)
  const tabId = await ui.evaluate(async (address) => (await chrome.tabs.query({})).find((tab) => tab.url === address)?.id, url)
  expect(tabId).toBeTypeOf('number')
  expect(await send({ type: 'ui-bg-get-tab-state', tabId })).toEqual({ state: null, access: 'needs-reload', filter: null })
  expect(await send({ type: 'ui-bg-extract-mandates', tabId })).toEqual({ ok: false, reason: 'needs-reload' })

  await context.unroute(url)
  await page.reload()
  await expect.poll(() => send({ type: 'ui-bg-get-tab-state', tabId }), { timeout: 5000 }).toMatchObject({ access: 'ready', state: { kind: 'no-access' } })
})

test('site access withheld ("on click" in chrome://extensions): no-host-permission; granted again: a Kela tab opened meanwhile is read without a reload', async () => {
  const context = bare.context
  const id = extensionId
  expect(id).not.toBe('')
  const fixture = readFixture('no-access-employer-fi.html')
  bare.server.route(fixture.url, { status: fixture.status, body: fixture.html })
  const page = await context.newPage()
  await page.goto(fixture.url)
  const ui = await context.newPage()
  await ui.goto(`chrome-extension://${id}/src/extension/popup/index.html?tabId=0`)
  const send = (message: unknown) => ui.evaluate((m) => chrome.runtime.sendMessage(m), message)
  const tabId = await ui.evaluate(async (url) => (await chrome.tabs.query({})).find((tab) => tab.url === url)?.id, fixture.url)
  await expect.poll(() => send({ type: 'ui-bg-get-tab-state', tabId }), { timeout: 5000 }).toMatchObject({ access: 'ready' })

  // What the user does in chrome://extensions > Details > Site access.
  await bare.setSiteAccess(id, 'ON_CLICK')
  await expect.poll(() => send({ type: 'ui-bg-get-tab-state', tabId }), { timeout: 5000 }).toMatchObject({ access: 'no-host-permission' })

  // A Kela page opened while access is withheld gets no script. Granted again, it is read at once
  // (permissions.onAdded), without a reload and without a request from the popup.
  const withheldUrl = `${fixture.url.replace(/\/$/, '')}-ilman-lupaa`
  bare.server.route(withheldUrl, { status: fixture.status, body: fixture.html })
  const tabIds = () => ui.evaluate(async () => (await chrome.tabs.query({})).map((tab) => tab.id))
  const before = await tabIds()
  const opened = await context.newPage()
  await opened.goto(withheldUrl)
  // Without site access the browser hides the tab's URL from us: the new tab is the one not there before.
  const openedId = (await tabIds()).find((tabId) => !before.includes(tabId))
  expect(openedId).toBeTypeOf('number')
  const storedKind = () => ui.evaluate(async (key) => ((await chrome.storage.session.get(key))[key] as { kind?: string } | undefined)?.kind ?? null, `tab:${openedId}`)
  await opened.waitForTimeout(1500)
  expect(await storedKind()).toBeNull()
  await bare.setSiteAccess(id, 'ON_ALL_SITES')
  await expect.poll(storedKind, { timeout: 5000 }).toBe('no-access')
  await expect.poll(() => send({ type: 'ui-bg-get-tab-state', tabId }), { timeout: 5000 }).toMatchObject({ access: 'ready' })
})
