// The background's API for the popup, end to end in Chromium, called the way the popup calls
// it: from an extension page with chrome.runtime.sendMessage.
// - ui-bg-extract-mandates reads a Valtuudet list in a tab and stores nothing;
// - ui-bg-save-mandates stores only after the user confirms, validated; bad input is refused
//   with the field named and what was stored stays; nothing a person is known by is stored;
// - ui-bg-open-theme-list opens the theme list and types the Kela word into its search field,
//   or records that there was no field;
// - ui-bg-get-tab-state tells whether the tab can be read at all.
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Page } from 'playwright-core'
import { mandateThemeListLink } from '../../src/core/knowledge/index.ts'
import { SAVED_MANDATES_KEY, type ExtractMandatesReply, type TabStateReply } from '../../src/extension/protocol.ts'
import { expectedMandates, readFixture } from '../fixtures/fixture-pages.ts'
import { launchExtensionBrowser, tabIdOf, type ExtensionBrowser } from './harness/extension-browser.ts'
import { openExtensionPage, sendFromExtensionPage, serveFixture, storedLocal } from './harness/extension-state.ts'

let browser: ExtensionBrowser
let ui: Page
const send = (message: unknown) => sendFromExtensionPage(ui, message)

beforeAll(async () => {
  browser = await launchExtensionBrowser()
  ui = await openExtensionPage(browser)
})
afterAll(async () => browser?.close())

async function openFixture(file: string): Promise<{ page: Page; tabId: number }> {
  const fixture = readFixture(file)
  serveFixture(browser, fixture)
  const page = await browser.context.newPage()
  await page.goto(fixture.url)
  return { page, tabId: await tabIdOf(browser, page) }
}

describe('reading mandates', () => {
  test.each(['none-valtuudet-received-fi.html', 'none-valtuudet-received-sv.html', 'none-valtuudet-received-en.html', 'none-valtuudet-organisation-received-fi.html', 'none-valtuudet-requests-fi.html'])(
    '%s: the reply holds exactly the mandates shown, and nothing is stored', async (file) => {
      const { page, tabId } = await openFixture(file)
      const reply = (await send({ type: 'ui-bg-extract-mandates', tabId })) as ExtractMandatesReply
      expect(reply).toEqual({ ok: true, ...(expectedMandates(readFixture(file)) as object) })
      expect(JSON.stringify(reply)).not.toMatch(/\d{6}[-+A-FU-Y]\d{3}[0-9A-Y]|Maija|Mallikas|Matti|Meikäläinen|Virtanen/)
      expect(await storedLocal(browser)).toEqual({})
      await page.close()
    })

  test('a page that lists no mandates, and the granted-mandates list, are not read', async () => {
    for (const file of ['none-valtuudet-granted-fi.html', 'none-help-received-mandates-en.html']) {
      const { page, tabId } = await openFixture(file)
      expect(await send({ type: 'ui-bg-extract-mandates', tabId })).toEqual({ ok: false, reason: 'not-a-mandate-list' })
      await page.close()
    }
  })
})

describe('saving mandates', () => {
  test('confirmed mandates are stored under a versioned key; merge adds without duplicates; replace replaces', async () => {
    const { page, tabId } = await openFixture('none-valtuudet-received-fi.html')
    const read = (await send({ type: 'ui-bg-extract-mandates', tabId })) as Extract<ExtractMandatesReply, { ok: true }>
    await page.close()
    const saved = await send({ type: 'ui-bg-save-mandates', mandates: read.mandates, mode: 'replace' })
    expect(saved).toMatchObject({ ok: true, count: 3 })
    const twice = await send({ type: 'ui-bg-save-mandates', mandates: read.mandates.slice(0, 1), mode: 'merge' })
    expect(twice).toMatchObject({ ok: true, count: 3 })
    const stored = await storedLocal(browser)
    expect(Object.keys(stored)).toEqual([SAVED_MANDATES_KEY])
    expect(stored[SAVED_MANDATES_KEY]).toMatchObject({ version: 1, mandates: read.mandates })
    expect(JSON.stringify(stored)).not.toMatch(/\d{6}[-+A-FU-Y]\d{3}[0-9A-Y]|Maija|Mallikas|Matti|Meikäläinen/)
    expect(await send({ type: 'ui-bg-get-saved-mandates' })).toMatchObject({ mandates: read.mandates, savedAt: expect.any(Number) })
    expect(await send({ type: 'ui-bg-save-mandates', mandates: read.mandates.slice(1, 2), mode: 'replace' })).toMatchObject({ ok: true, count: 1 })
  })

  test('bad input is refused with the field named, and what was stored stays', async () => {
    const before = await storedLocal(browser)
    const bad = { holder: 'me', mandator: '131052-308T', type: 'asiointivaltuus', themes: ['Veroasioiden hoito'] }
    expect(await send({ type: 'ui-bg-save-mandates', mandates: [bad], mode: 'merge' })).toEqual({ ok: false, error: expect.stringMatching(/^mandates\.0\.mandator: /) })
    expect(await send({ type: 'ui-bg-save-mandates', mandates: [{ ...bad, mandator: '5908301-5', name: 'Maija' }], mode: 'merge' }))
      .toEqual({ ok: false, error: expect.stringMatching(/^mandates\.0/) })
    expect(await storedLocal(browser)).toEqual(before)
  })

  test('unreadable stored data is reported, kept, and never merged over', async () => {
    await browser.worker.evaluate((key) => chrome.storage.local.set({ [key]: { version: 9 } }), SAVED_MANDATES_KEY)
    expect(await send({ type: 'ui-bg-get-saved-mandates' })).toMatchObject({ mandates: [], savedAt: null, problem: expect.stringContaining('version') })
    const good = { holder: 'me', mandator: '5908301-5', type: 'asiointivaltuus', themes: ['Veroasioiden hoito'] }
    expect(await send({ type: 'ui-bg-save-mandates', mandates: [good], mode: 'merge' })).toMatchObject({ ok: false })
    expect((await storedLocal(browser))[SAVED_MANDATES_KEY]).toEqual({ version: 9 })
    expect(await send({ type: 'ui-bg-clear-saved-mandates' })).toEqual({ ok: true })
    expect(await storedLocal(browser)).toEqual({})
  })
})

describe('the Kela filter on the theme list', () => {
  const tabState = (tabId: number) => send({ type: 'ui-bg-get-tab-state', tabId }) as Promise<TabStateReply>

  // No Swedish address of the list is known (knowledge base): a Swedish user gets the confirmed
  // English page, and the word follows the page ("FPA" on a Swedish page: test/unit/page/theme-list.test.ts).
  test.each([['fi', 'none-theme-list-fi.html', 'Kela', 4], ['sv', 'none-theme-list-en.html', 'Kela', 4], ['en', 'none-theme-list-en.html', 'Kela', 4]] as const)(
    '%s (%s): the page opens and its own search field gets the word', async (lang, file, word, shown) => {
      serveFixture(browser, readFixture(file))
      const reply = (await send({ type: 'ui-bg-open-theme-list', lang })) as { tabId: number; url: string }
      expect(reply.url).toBe(mandateThemeListLink(lang).url)
      await expect.poll(async () => (await tabState(reply.tabId)).filter, { timeout: 10_000 }).toMatchObject({ word, status: 'applied' })
      const page = browser.context.pages().find((p) => p.url() === reply.url)!
      expect(await page.inputValue('#theme-search')).toBe(word)
      // The page's own search reacted: only the themes of Kela (FPA) are left.
      expect(await page.locator('#themes li:not([hidden])').count()).toBe(shown)
      expect(await page.inputValue('header input[type="search"]')).toBe('')
      await page.close()
    })

  test('no search field: nothing breaks and the tab state says what to type', async () => {
    serveFixture(browser, readFixture('none-theme-list-nofield-fi.html'))
    const reply = (await send({ type: 'ui-bg-open-theme-list', lang: 'fi' })) as { tabId: number; url: string }
    await expect.poll(async () => (await tabState(reply.tabId)).filter, { timeout: 15_000 }).toEqual({ word: 'Kela', status: 'field-not-found', at: expect.any(Number) })
    const page = browser.context.pages().find((p) => p.url() === reply.url)!
    expect(await page.inputValue('header input[type="search"]')).toBe('')
    await page.close()
  })
})

describe('whether a tab can be read', () => {
  test('a Kela page with the content script: ready', async () => {
    const { page, tabId } = await openFixture('no-access-employer-fi.html')
    await expect.poll(async () => ((await send({ type: 'ui-bg-get-tab-state', tabId })) as TabStateReply).state?.kind, { timeout: 5000 }).toBe('no-access')
    expect(await send({ type: 'ui-bg-get-tab-state', tabId })).toMatchObject({ access: 'ready', filter: null })
    await page.close()
  })

  test('a page elsewhere: not-kela-page', async () => {
    browser.server.route('https://www.example.com/', { body: '<html><body>Elsewhere</body></html>' })
    const page = await browser.context.newPage()
    await page.goto('https://www.example.com/')
    const tabs = await browser.worker.evaluate(async () => (await chrome.tabs.query({})).map((tab) => ({ id: tab.id, url: tab.url ?? null })))
    // Without host permission the browser hides the tab's address: the one tab with none is it.
    const hidden = tabs.filter((tab) => tab.url === null)
    expect(hidden.length).toBeGreaterThan(0)
    for (const tab of hidden) expect(await send({ type: 'ui-bg-get-tab-state', tabId: tab.id })).toMatchObject({ access: 'not-kela-page', state: null })
    await page.close()
  })
})
