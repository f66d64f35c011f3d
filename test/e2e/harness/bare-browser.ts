// A Chromium started without the extension, driven over CDP, for what only happens around an
// install: Chrome does not inject content scripts into tabs that were already open (the popup
// must say "reload the page"), and the user can withhold site access in chrome://extensions
// (the popup must offer to ask for it). `install` loads dist/chrome while the browser runs
// (CDP Extensions.loadUnpacked); `setSiteAccess` does what the user does in the extension's
// details page.
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { chromium, type Browser, type BrowserContext } from 'playwright-core'
import { CHROMIUM } from './extension-browser.ts'
import { FixtureServer } from './fixture-server.ts'
import { removeProfile } from './remove-profile.ts'

export type SiteAccess = 'ON_CLICK' | 'ON_ALL_SITES'

export interface BareBrowser {
  browser: Browser
  context: BrowserContext
  server: FixtureServer
  /** Installs the built extension now; resolves with its id. */
  install(dist?: string): Promise<string>
  setSiteAccess(extensionId: string, access: SiteAccess): Promise<void>
  close(): Promise<void>
}

export async function launchBareBrowser(): Promise<BareBrowser> {
  const server = new FixtureServer()
  const port = await server.start()
  const profile = mkdtempSync(join(tmpdir(), 'valtuusapu-install-'))
  const child: ChildProcess = spawn(CHROMIUM, [
    '--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-sync',
    '--remote-debugging-port=0', `--user-data-dir=${profile}`, '--enable-unsafe-extension-debugging', '--ignore-certificate-errors',
    '--disable-features=ExtensionDisableUnsupportedDeveloper', `--host-resolver-rules=MAP *.kela.fi 127.0.0.1:${port}, MAP *.suomi.fi 127.0.0.1:${port}, MAP * ~NOTFOUND`,
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
  const browser = await chromium.connectOverCDP(endpoint)
  const context = browser.contexts()[0]!
  return {
    browser, context, server,
    async install(dist = resolve('dist/chrome')) {
      const cdp = await browser.newBrowserCDPSession()
      const { id } = (await cdp.send('Extensions.loadUnpacked' as never, { path: dist } as never)) as { id: string }
      return id
    },
    async setSiteAccess(extensionId, hostAccess) {
      const settings = await context.newPage()
      await settings.goto('chrome://extensions')
      await settings.evaluate(({ extensionId, hostAccess }) =>
        (chrome as unknown as { developerPrivate: { updateExtensionConfiguration(c: object): Promise<void> } }).developerPrivate.updateExtensionConfiguration({ extensionId, hostAccess }),
      { extensionId, hostAccess })
      await settings.close()
    },
    async close() {
      await browser.close().catch(() => undefined)
      const exited = new Promise((resolveExit) => (child.exitCode !== null ? resolveExit(undefined) : child.once('exit', resolveExit)))
      child.kill()
      await exited
      await server.stop()
      await removeProfile(profile)
    },
  }
}
