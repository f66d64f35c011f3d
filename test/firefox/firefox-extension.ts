// Firefox ESR (Debian's firefox-esr) driven by puppeteer-core over WebDriver BiDi, with
// dist/firefox installed as a temporary add-on. Pages load at their real Kela URLs through
// TunnelProxy.
//
// Reading the extension's state: BiDi refuses to navigate to moz-extension:// URLs, so the test
// installs a TEST-ONLY copy of dist/firefox whose manifest additionally lists the popup page as a
// web-accessible resource for https://www.kela.fi/* only; a Kela page of the fixture server then
// navigates itself to the popup, where the test can use the extension's own APIs. The shipped
// build has no web_accessible_resources (test/build/manifest.test.ts).
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import puppeteer, { type Browser, type Page } from 'puppeteer-core'
import { FixtureServer } from '../e2e/harness/fixture-server.ts'
import { TunnelProxy } from '../e2e/harness/tunnel-proxy.ts'

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr'
export const LAUNCHER_URL = 'https://www.kela.fi/valtuusapu-test-launcher'
const EXTENSION_UUID = '5d1b7a8e-1f7e-4c56-9d0b-6b2a7f0c9a11'

export interface FirefoxExtension {
  browser: Browser
  server: FixtureServer
  proxy: TunnelProxy
  origin: string
  /** Opens one of the extension's pages (e.g. the popup) in a new tab, with extension APIs. */
  openExtensionPage(path: string): Promise<Page>
  close(): Promise<void>
}

export async function launchFirefoxWithExtension(dist = resolve('dist/firefox')): Promise<FirefoxExtension> {
  const copy = mkdtempSync(join(tmpdir(), 'valtuusapu-ff-'))
  cpSync(dist, copy, { recursive: true })
  const manifestPath = join(copy, 'manifest.json')
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'))
  manifest.web_accessible_resources = [{ resources: ['src/extension/popup/index.html'], matches: ['https://www.kela.fi/*'] }]
  writeFileSync(manifestPath, JSON.stringify(manifest))
  const geckoId: string = manifest.browser_specific_settings.gecko.id

  const server = new FixtureServer()
  const serverPort = await server.start()
  server.route(LAUNCHER_URL, { body: '<!doctype html><html lang="fi"><head><title>launcher</title></head><body></body></html>' })
  const proxy = new TunnelProxy()
  const proxyPort = await proxy.start(serverPort)

  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    acceptInsecureCerts: true,
    extraPrefsFirefox: {
      'network.proxy.type': 1,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxyPort,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxyPort,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      // A fixed moz-extension:// UUID, so the test knows the extension's origin.
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: EXTENSION_UUID }),
    },
  })
  const installed = await browser.installExtension(copy)
  if (installed !== geckoId) throw new Error(`installed ${installed}, expected ${geckoId}`)
  const origin = `moz-extension://${EXTENSION_UUID}`

  return {
    browser, server, proxy, origin,
    async openExtensionPage(path: string) {
      const page = await browser.newPage()
      await page.goto(LAUNCHER_URL)
      await page.evaluate((url) => { location.href = url }, `${origin}/${path}`)
      // Puppeteer does not report this navigation; wait until the page runs at our origin.
      const deadline = Date.now() + 10_000
      while (Date.now() < deadline) {
        const at = await page.evaluate(() => location.origin).catch(() => '')
        if (at === origin) return page
        await new Promise((done) => setTimeout(done, 100))
      }
      throw new Error(`the launcher page did not reach ${origin}/${path}`)
    },
    async close() {
      await browser.close()
      await proxy.stop()
      await server.stop()
      rmSync(copy, { recursive: true, force: true })
    },
  }
}
