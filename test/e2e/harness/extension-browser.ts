// Launches Debian's Chromium with the built extension (dist/chrome) through playwright-core.
// Browser downloads are impossible on our machines, so executablePath points at /usr/bin/chromium.
import { createHash } from 'node:crypto'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { chromium, type BrowserContext, type Page, type Request, type Worker } from 'playwright-core'
import { FixtureServer } from './fixture-server.ts'
import { removeProfile } from './remove-profile.ts'
import { extensionNetworkRequests } from './network-guard.ts'

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
/** Hosts the fixture server answers for: Kela, Suomi.fi, and one unrelated host for negatives. */
export const MAPPED_HOSTS = ['*.kela.fi', 'kela.fi', '*.suomi.fi', 'suomi.fi', '*.example.com']

export interface ExtensionBrowser {
  context: BrowserContext
  worker: Worker
  extensionId: string
  server: FixtureServer
  /** Every network request Chromium made from pages and service workers in this context. */
  requests: Request[]
  /** Closes the browser, and throws if the extension made any network request meanwhile. */
  close(): Promise<void>
}

/** Chromium's id for an unpacked extension: the SHA-256 of its absolute path, hex digits as a-p. */
export function unpackedExtensionId(dir: string): string {
  const hex = createHash('sha256').update(resolve(dir)).digest('hex').slice(0, 32)
  return [...hex].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('')
}

export interface LaunchOptions {
  headless?: boolean
  /** Other unpacked extensions to load beside ours (e.g. a hostile one in the security tests). */
  otherExtensions?: string[]
  /** The browser to start (the demo's, scripts/browser/find-chrome.ts); CHROMIUM otherwise. */
  executablePath?: string
  /**
   * Load the extensions over the DevTools protocol (Extensions.loadUnpacked) instead of the
   * --load-extension switch, which Google Chrome and Edge no longer accept
   * (https://playwright.dev/docs/chrome-extensions).
   */
  loadOverDevTools?: boolean
}

export async function launchExtensionBrowser(dist = resolve('dist/chrome'), options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const server = new FixtureServer()
  const port = await server.start()
  const profile = mkdtempSync(join(tmpdir(), 'valtuusapu-profile-'))
  const rules = [...MAPPED_HOSTS.map((host) => `MAP ${host} 127.0.0.1:${port}`), 'MAP * ~NOTFOUND'].join(', ')
  const extensions = [dist, ...(options.otherExtensions ?? [])]
  const loadSwitches = options.loadOverDevTools
    ? ['--enable-unsafe-extension-debugging']
    : [`--disable-extensions-except=${extensions.join(',')}`, `--load-extension=${extensions.join(',')}`]
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: options.executablePath ?? CHROMIUM,
    headless: options.headless ?? true,
    ignoreHTTPSErrors: true,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--disable-features=ExtensionDisableUnsupportedDeveloper',
      ...loadSwitches,
      `--host-resolver-rules=${rules}`,
    ],
    // Playwright starts Chromium with --disable-extensions; the load switches override it, and
    // Extensions.loadUnpacked needs it gone.
    ignoreDefaultArgs: options.loadOverDevTools ? ['--disable-extensions'] : undefined,
  })
  if (options.loadOverDevTools) {
    const session = await context.browser()!.newBrowserCDPSession()
    for (const path of extensions) await session.send('Extensions.loadUnpacked' as never, { path } as never)
    await session.detach()
  }
  const requests: Request[] = []
  context.on('request', (request) => requests.push(request))
  const extensionId = unpackedExtensionId(dist)
  const ours = (url: string) => url.startsWith(`chrome-extension://${extensionId}/`)
  const worker = context.serviceWorkers().find((w) => ours(w.url()))
    ?? (await context.waitForEvent('serviceworker', { predicate: (w) => ours(w.url()) }))
  return {
    context, worker, extensionId, server, requests,
    async close() {
      const madeByExtension = extensionNetworkRequests(requests, server.requests)
      await context.close()
      await server.stop()
      await removeProfile(profile)
      if (madeByExtension.length > 0) throw new Error(`the extension made network requests:\n${madeByExtension.join('\n')}`)
    },
  }
}

/** The tab id Chrome gave a page, asked from the extension's service worker by URL. */
export async function tabIdOf(browser: ExtensionBrowser, page: Page): Promise<number> {
  const url = page.url()
  const id = await browser.worker.evaluate(async (target) => {
    const tabs = await chrome.tabs.query({})
    return tabs.find((tab) => tab.url === target)?.id
  }, url)
  if (typeof id !== 'number') throw new Error(`no tab for ${url}`)
  return id
}

/**
 * Whether our content script has an execution context in the page. Chromium reports every
 * isolated world with the extension's origin, so this tells "ran" from "did not run" without
 * the content script marking the page (which would let the page detect the extension).
 */
export async function contentScriptWorlds(browser: ExtensionBrowser, page: Page): Promise<() => number> {
  const session = await page.context().newCDPSession(page)
  const origin = `chrome-extension://${browser.extensionId}`
  let count = 0
  session.on('Runtime.executionContextCreated', ({ context }) => {
    if (context.origin === origin) count++
  })
  await session.send('Runtime.enable')
  return () => count
}
