// Whether the extension can read a tab, in the two cases the popup must explain:
// - Chrome does not inject content scripts into tabs that were open before the extension was
//   installed. Chromium starts without the extension, a Kela page is opened, and only then is
//   the extension installed (CDP Extensions.loadUnpacked): `needs-reload`; after a reload, `ready`.
// - The user withholds site access (chrome://extensions > Site access > On click; Firefox lets
//   users revoke host permissions the same way): `no-host-permission`.
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

test('a Kela tab opened before the install needs a reload; after it, the tab is ready', async () => {
  const context = bare.context
  const fixture = readFixture('no-access-employer-fi.html')
  bare.server.route(fixture.url, { status: fixture.status, body: fixture.html })
  const page = await context.newPage()
  await page.goto(fixture.url)

  const id = await bare.install()
  extensionId = id
  const ui = await context.newPage()
  await ui.goto(`chrome-extension://${id}/src/extension/popup/index.html?tabId=0`)
  const send = (message: unknown) => ui.evaluate((m) => chrome.runtime.sendMessage(m), message)
  const tabId = await ui.evaluate(async (url) => (await chrome.tabs.query({})).find((tab) => tab.url === url)?.id, fixture.url)
  expect(tabId).toBeTypeOf('number')

  expect(await send({ type: 'ui-bg-get-tab-state', tabId })).toEqual({ state: null, access: 'needs-reload', filter: null })
  expect(await send({ type: 'ui-bg-extract-mandates', tabId })).toEqual({ ok: false, reason: 'needs-reload' })

  await page.reload()
  await expect.poll(() => send({ type: 'ui-bg-get-tab-state', tabId }), { timeout: 5000 }).toMatchObject({ access: 'ready', state: { kind: 'no-access' } })
})

test('site access withheld ("on click" in chrome://extensions): no-host-permission; granted again: ready', async () => {
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

  await bare.setSiteAccess(id, 'ON_ALL_SITES')
  await page.reload()
  await expect.poll(() => send({ type: 'ui-bg-get-tab-state', tabId }), { timeout: 5000 }).toMatchObject({ access: 'ready' })
})
