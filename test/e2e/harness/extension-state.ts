// Reading the extension's state in a running test browser, and talking to the background as the
// popup does: from an extension page, with chrome.runtime.sendMessage.
import type { ConsoleMessage, Page } from 'playwright-core'
import { launchExtensionBrowser, tabIdOf, type ExtensionBrowser } from './extension-browser.ts'
import type { FixturePage } from '../../fixtures/fixture-pages.ts'

export async function storedState(browser: ExtensionBrowser, tabId: number): Promise<unknown> {
  return browser.worker.evaluate(async (key) => (await chrome.storage.session.get(key))[key], `tab:${tabId}`)
}

export async function storedLocal(browser: ExtensionBrowser): Promise<Record<string, unknown>> {
  return browser.worker.evaluate(() => chrome.storage.local.get(null))
}

export async function badgeOf(browser: ExtensionBrowser, tabId: number): Promise<{ text: string; color: number[]; title: string }> {
  return browser.worker.evaluate(async (id) => ({
    text: await chrome.action.getBadgeText({ tabId: id }),
    color: await chrome.action.getBadgeBackgroundColor({ tabId: id }),
    title: await chrome.action.getTitle({ tabId: id }),
  }), tabId)
}

/** An extension page to send ui-bg-* messages from, as the popup does. */
export async function openExtensionPage(browser: ExtensionBrowser): Promise<Page> {
  const page = await browser.context.newPage()
  await page.goto(`chrome-extension://${browser.extensionId}/src/extension/popup/index.html?tabId=0`)
  return page
}

export function sendFromExtensionPage(page: Page, message: unknown): Promise<unknown> {
  return page.evaluate((m) => chrome.runtime.sendMessage(m), message)
}

/** Serves a fixture at its real URL (with its HTTP status) for the next navigation. */
export function serveFixture(browser: ExtensionBrowser, fixture: FixturePage): void {
  browser.server.route(fixture.url, { status: fixture.status, body: fixture.html })
}

/** The built extension in Chromium with these fixtures served, and a tab showing the first of them. */
export async function browserWithKelaTab(...fixtures: FixturePage[]): Promise<{ browser: ExtensionBrowser; kela: Page; tabId: number }> {
  const browser = await launchExtensionBrowser()
  for (const fixture of fixtures) serveFixture(browser, fixture)
  const kela = await browser.context.newPage()
  await kela.goto(fixtures[0]!.url)
  return { browser, kela, tabId: await tabIdOf(browser, kela) }
}

/**
 * Console errors and warnings that came from the extension, and uncaught page errors: a Kela
 * page must never show our errors as its own.
 */
export function collectExtensionErrors(page: Page, extensionId: string, into: string[]): void {
  page.on('console', (message: ConsoleMessage) => {
    const from = message.location().url
    if ((message.type() === 'error' || message.type() === 'warning') && (from.includes(extensionId) || /valtuusapu/i.test(message.text()))) {
      into.push(`${message.type()}: ${message.text()} (${from})`)
    }
  })
  page.on('pageerror', (error) => into.push(`pageerror: ${error.message}`))
}
