// Every fixture in real Chromium with the built extension, at its real URL and HTTP status:
// each failure page sets the tab's stored state and its badge; each page where nothing failed
// (help pages, news, normal e-service pages, Valtuudet lists) clears them and shows nothing; a
// single-page app is re-checked after a soft navigation; the extension never writes to the
// page's console.
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { badgeFor } from '../../src/extension/background/badge.ts'
import { urlWithoutQuery, type TabState } from '../../src/extension/protocol.ts'
import { allFixtures, readFixture } from '../fixtures/fixture-pages.ts'
import { launchExtensionBrowser, tabIdOf, type ExtensionBrowser } from './harness/extension-browser.ts'
import { badgeOf, collectExtensionErrors, serveFixture, storedState } from './harness/extension-state.ts'
import type { Page } from 'playwright-core'

let browser: ExtensionBrowser
let page: Page
let tabId: number
let uiLanguage: string
const errors: string[] = []
const fixtures = allFixtures()
const primer = readFixture('no-access-employer-fi.html')

beforeAll(async () => {
  browser = await launchExtensionBrowser()
  page = await browser.context.newPage()
  collectExtensionErrors(page, browser.extensionId, errors)
  serveFixture(browser, primer)
  await page.goto(primer.url)
  tabId = await tabIdOf(browser, page)
  uiLanguage = await browser.worker.evaluate(() => chrome.i18n.getUILanguage())
})
afterAll(async () => browser?.close())

const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16))

describe.each(fixtures.filter((f) => f.kind !== 'none'))('failure page $file', (fixture) => {
  test(`stores ${fixture.kind} for the tab and shows its badge`, async () => {
    serveFixture(browser, fixture)
    await page.goto(fixture.url)
    await expect.poll(() => storedState(browser, tabId), { timeout: 5000 }).toMatchObject({
      kind: fixture.kind, service: fixture.service, lang: fixture.lang, url: urlWithoutQuery(fixture.url),
    })
    const state = (await storedState(browser, tabId)) as TabState
    expect(Date.now() - state.at).toBeLessThan(10_000)
    const expected = badgeFor(state, uiLanguage)
    const badge = await badgeOf(browser, tabId)
    expect(badge.text).toBe(expected.text)
    expect(badge.title).toBe(expected.title)
    expect(badge.color.slice(0, 3)).toEqual(rgb(expected.color))
  })
})

describe.each(fixtures.filter((f) => f.kind === 'none'))('page without failure $file', (fixture) => {
  test('clears the state the tab had and shows no badge', async () => {
    serveFixture(browser, primer)
    await page.goto(primer.url)
    await expect.poll(() => storedState(browser, tabId), { timeout: 5000 }).toMatchObject({ kind: primer.kind })
    serveFixture(browser, fixture)
    await page.goto(fixture.url)
    // The state stays until the content script reports on the new page: once it is gone, the
    // page was classified as none.
    await expect.poll(() => storedState(browser, tabId), { timeout: 5000 }).toBeUndefined()
    expect((await badgeOf(browser, tabId)).text).toBe('')
    await page.waitForTimeout(300)
    expect(await storedState(browser, tabId)).toBeUndefined()
  })
})

test('a single-page app: a failure that appears after a click, and a soft navigation back', async () => {
  browser.server.route('https://asiointi.kela.fi/tyonantaja/spa', {
    body: `<!doctype html><html lang="fi"><head><title>Työnantajan asiointipalvelu</title></head><body>
      <main id="app"><h1>Hakemukset</h1><button id="open">Avaa päätökset</button></main>
      <script>
        const app = document.getElementById('app')
        document.getElementById('open').addEventListener('click', () => setTimeout(() => {
          history.pushState({}, '', '/tyonantaja/spa/paatokset')
          app.innerHTML = '<h1>Päätökset</h1><div role="alert">Sinulla ei ole oikeutta tähän toimintoon.</div><a id="back" href="#">Takaisin</a>'
          document.getElementById('back').addEventListener('click', (event) => {
            event.preventDefault()
            history.pushState({}, '', '/tyonantaja/spa')
            app.innerHTML = '<h1>Hakemukset</h1>'
          })
        }, 200))
      </script></body></html>`,
  })
  await page.goto('https://asiointi.kela.fi/tyonantaja/spa')
  await expect.poll(() => storedState(browser, tabId), { timeout: 5000 }).toBeUndefined()
  // Let the watcher go quiet first: a click must wake it.
  await page.waitForTimeout(2500)
  await page.click('#open')
  await expect.poll(() => storedState(browser, tabId), { timeout: 5000 }).toMatchObject({
    kind: 'function-denied', service: 'employer', url: 'https://asiointi.kela.fi/tyonantaja/spa/paatokset',
  })
  await page.click('#back')
  await expect.poll(() => storedState(browser, tabId), { timeout: 5000 }).toBeUndefined()
})

test('a tab that leaves for a page the extension does not read loses its state and badge', async () => {
  serveFixture(browser, primer)
  await page.goto(primer.url)
  await expect.poll(() => storedState(browser, tabId), { timeout: 5000 }).toMatchObject({ kind: primer.kind })
  browser.server.route('https://www.example.com/', { body: '<html><body>Elsewhere</body></html>' })
  await page.goto('https://www.example.com/')
  await expect.poll(() => storedState(browser, tabId), { timeout: 5000 }).toBeUndefined()
  expect((await badgeOf(browser, tabId)).text).toBe('')
})

test('a closed tab leaves nothing behind in storage.session', async () => {
  const other = await browser.context.newPage()
  serveFixture(browser, primer)
  await other.goto(primer.url)
  const otherId = await tabIdOf(browser, other)
  await expect.poll(() => storedState(browser, otherId), { timeout: 5000 }).toMatchObject({ kind: primer.kind })
  await other.close()
  await expect.poll(() => browser.worker.evaluate(async (id) => Object.keys(await chrome.storage.session.get(null)).filter((key) => key.endsWith(`:${id}`)), otherId), { timeout: 5000 }).toEqual([])
})

test('the extension wrote nothing to the pages\' consoles and threw nothing', () => {
  expect(errors).toEqual([])
})
