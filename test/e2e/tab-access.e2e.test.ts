// Whether the extension can read a tab, in the two cases the popup must explain:
// - Chrome does not inject content scripts into tabs that were open before the extension was
//   installed. Chromium starts without the extension, a Kela page is opened, and only then is
//   the extension installed (CDP Extensions.loadUnpacked): `needs-reload`; after a reload, `ready`.
// - The user withholds site access (chrome://extensions > Site access > On click; Firefox lets
//   users revoke host permissions the same way): `no-host-permission`.
// This needs a browser-level CDP session, so this file starts Chromium itself and connects.
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { chromium, type Browser } from 'playwright-core'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { readFixture } from '../fixtures/fixture-pages.ts'
import { CHROMIUM } from './harness/extension-browser.ts'
import { FixtureServer } from './harness/fixture-server.ts'

let server: FixtureServer
let child: ChildProcess
let browser: Browser
let extensionId = ''
const profile = mkdtempSync(join(tmpdir(), 'valtuusapu-install-'))

beforeAll(async () => {
  server = new FixtureServer()
  const port = await server.start()
  child = spawn(CHROMIUM, [
    '--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-sync',
    '--remote-debugging-port=0', `--user-data-dir=${profile}`, '--enable-unsafe-extension-debugging', '--ignore-certificate-errors',
    '--disable-features=ExtensionDisableUnsupportedDeveloper', `--host-resolver-rules=MAP *.kela.fi 127.0.0.1:${port}, MAP * ~NOTFOUND`,
    'about:blank',
  ], { stdio: ['ignore', 'ignore', 'pipe'] })
  const endpoint = await new Promise<string>((resolveEndpoint, reject) => {
    let log = ''
    child.stderr?.on('data', (chunk: Buffer) => {
      log += chunk.toString()
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(log)
      if (match?.[1]) resolveEndpoint(match[1])
    })
    child.once('exit', () => reject(new Error(`chromium exited: ${log}`)))
  })
  browser = await chromium.connectOverCDP(endpoint)
})
afterAll(async () => {
  await browser?.close().catch(() => undefined)
  const exited = new Promise((resolveExit) => (child?.exitCode !== null ? resolveExit(undefined) : child.once('exit', resolveExit)))
  child?.kill()
  await exited
  await server?.stop()
  rmSync(profile, { recursive: true, force: true, maxRetries: 5 })
})

test('a Kela tab opened before the install needs a reload; after it, the tab is ready', async () => {
  const context = browser.contexts()[0]!
  const fixture = readFixture('no-access-employer-fi.html')
  server.route(fixture.url, { status: fixture.status, body: fixture.html })
  const page = await context.newPage()
  await page.goto(fixture.url)

  const cdp = await browser.newBrowserCDPSession()
  const { id } = (await cdp.send('Extensions.loadUnpacked' as never, { path: resolve('dist/chrome') } as never)) as { id: string }
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
  const context = browser.contexts()[0]!
  const id = extensionId
  expect(id).not.toBe('')
  const fixture = readFixture('no-access-employer-fi.html')
  server.route(fixture.url, { status: fixture.status, body: fixture.html })
  const page = await context.newPage()
  await page.goto(fixture.url)
  const ui = await context.newPage()
  await ui.goto(`chrome-extension://${id}/src/extension/popup/index.html?tabId=0`)
  const send = (message: unknown) => ui.evaluate((m) => chrome.runtime.sendMessage(m), message)
  const tabId = await ui.evaluate(async (url) => (await chrome.tabs.query({})).find((tab) => tab.url === url)?.id, fixture.url)
  await expect.poll(() => send({ type: 'ui-bg-get-tab-state', tabId }), { timeout: 5000 }).toMatchObject({ access: 'ready' })

  // What the user does in chrome://extensions > Details > Site access.
  const settings = await context.newPage()
  await settings.goto('chrome://extensions')
  const setAccess = (hostAccess: string) => settings.evaluate(({ extensionId, hostAccess }) =>
    (chrome as unknown as { developerPrivate: { updateExtensionConfiguration(c: object): Promise<void> } }).developerPrivate.updateExtensionConfiguration({ extensionId, hostAccess }),
  { extensionId: id, hostAccess })
  await setAccess('ON_CLICK')
  await expect.poll(() => send({ type: 'ui-bg-get-tab-state', tabId }), { timeout: 5000 }).toMatchObject({ access: 'no-host-permission' })

  await setAccess('ON_ALL_SITES')
  await page.reload()
  await expect.poll(() => send({ type: 'ui-bg-get-tab-state', tabId }), { timeout: 5000 }).toMatchObject({ access: 'ready' })
})
