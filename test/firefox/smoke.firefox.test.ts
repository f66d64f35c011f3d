// Firefox smoke test: the Firefox build, installed as a temporary add-on in Debian's
// firefox-esr, classifies a failure page at a Kela URL and its background stores the state; its
// popup renders with the language chunk it loads on demand.
import { afterAll, beforeAll, expect, test } from 'vitest'
import { readFixture } from '../fixtures/fixture-pages.ts'
import { launchFirefoxWithExtension, type FirefoxExtension } from './firefox-extension.ts'

let firefox: FirefoxExtension
const failure = readFixture('skeleton-no-access-fi.html')

beforeAll(async () => {
  firefox = await launchFirefoxWithExtension()
  firefox.server.route(failure.url, { status: failure.status, body: failure.html })
})
afterAll(async () => firefox?.close())

test('a failure page at a Kela URL is classified and its state stored by the background', async () => {
  const page = await firefox.browser.newPage()
  await page.goto(failure.url)
  const popup = await firefox.openExtensionPage('src/extension/popup/index.html')
  const readStates = () => popup.evaluate(async () => {
    const all = await browser.storage.session.get(null)
    return Object.values(all) as { kind: string; url: string }[]
  })
  await expect.poll(readStates, { timeout: 10_000 }).toContainEqual(expect.objectContaining({ kind: failure.kind, url: failure.url }))
  // Firefox itself calls Mozilla's services (settings, telemetry); anything else would be ours.
  const notFirefoxOwn = firefox.proxy.refused.filter((host) => !/(^|\.)(mozilla\.(com|net|org)|firefox\.com|mozaws\.net)$/.test(host))
  expect(notFirefoxOwn).toEqual([])
})

test('the popup renders in Firefox with its language loaded on demand, and switches language', async () => {
  const popup = await firefox.openExtensionPage('src/extension/popup/index.html')
  await popup.waitForSelector('[data-testid="state"]:not([data-state="loading"])', { timeout: 10_000 })
  const lang = await popup.$eval('[data-testid="popup"]', (el) => el.getAttribute('data-lang'))
  expect(['fi', 'sv', 'en']).toContain(lang)
  const other = lang === 'sv' ? 'English' : 'Svenska'
  await popup.$$eval('.lang-option', (buttons, name) => buttons.find((b) => b.textContent === name)?.dispatchEvent(new MouseEvent('click', { bubbles: true })), other)
  await popup.waitForFunction((want) => document.querySelector('[data-testid="popup"]')?.getAttribute('data-lang') === want, { timeout: 10_000 }, other === 'Svenska' ? 'sv' : 'en')
  expect(await popup.$eval('h2', (el) => el.textContent?.length ?? 0)).toBeGreaterThan(0)
})
