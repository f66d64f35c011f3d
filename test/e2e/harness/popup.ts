// Driving the popup in Chromium: open it as a page for a tab (?tabId=N), at the popup's size;
// choose its language; check it with axe-core. `simulate` answers a message in the popup page
// itself, for the one state the real background cannot produce on demand (no answer at all).
import { createRequire } from 'node:module'
import type { Page } from 'playwright-core'
import type { Lang } from '../../../src/core/contract/ids.ts'
import type { ExtensionBrowser } from './extension-browser.ts'

export const POPUP_PATH = 'src/extension/popup/index.html'
export const POPUP_SIZE = { width: 400, height: 600 }

export const popupUrl = (browser: ExtensionBrowser, tabId: number) =>
  `chrome-extension://${browser.extensionId}/${POPUP_PATH}?tabId=${tabId}`

/** Replies the page's runtime.sendMessage gets instead of the background's, by message type. */
export type SimulatedReplies = Record<string, unknown>

/**
 * Opens the popup for a tab. `simulate` answers the listed message types in the popup page
 * itself (before its script runs); every other message goes to the real background.
 */
export async function openPopup(browser: ExtensionBrowser, tabId: number, options: { simulate?: SimulatedReplies; fixedTime?: Date } = {}): Promise<Page> {
  const page = await browser.context.newPage()
  await page.setViewportSize(POPUP_SIZE)
  if (options.fixedTime) await page.clock.setFixedTime(options.fixedTime)
  if (options.simulate) {
    await page.addInitScript((replies: SimulatedReplies) => {
      // Kept on the page so that a test can stop simulating a message (delete its entry).
      const simulated = ((globalThis as unknown as { __simulatedReplies: SimulatedReplies }).__simulatedReplies = replies)
      const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage: (...args: unknown[]) => unknown } } }).chrome.runtime
      const real = runtime.sendMessage.bind(runtime)
      runtime.sendMessage = (...args: unknown[]) => {
        const message = args[0] as { type?: string }
        const callback = args.find((arg) => typeof arg === 'function') as ((reply: unknown) => void) | undefined
        if (message && typeof message.type === 'string' && message.type in simulated) {
          const reply = simulated[message.type]
          if (callback) {
            setTimeout(() => callback(reply), 0)
            return undefined
          }
          return Promise.resolve(reply)
        }
        return real(...args)
      }
    }, options.simulate)
  }
  await page.goto(popupUrl(browser, tabId))
  return page
}

/** The state the popup shows once it has loaded (data-state of the tab notice). */
export async function popupState(page: Page): Promise<string> {
  const state = page.getByTestId('state')
  await state.waitFor()
  await page.waitForFunction(() => document.querySelector('[data-testid="state"]')?.getAttribute('data-state') !== 'loading')
  return (await state.getAttribute('data-state')) ?? ''
}

/** Resolves once the background holds a failure state for the tab (the content script reports asynchronously). */
export async function waitForTabState(browser: ExtensionBrowser, tabId: number, timeoutMs = 5000): Promise<string> {
  const started = Date.now()
  while (Date.now() - started < timeoutMs) {
    const kind = await browser.worker.evaluate(async (key) => ((await chrome.storage.session.get(key))[key] as { kind?: string } | undefined)?.kind, `tab:${tabId}`)
    if (kind) return kind
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`no state recorded for tab ${tabId}`)
}

/**
 * Opens a page in a new tab and returns the tab's id. Works for any address: without host
 * permission the extension cannot see a tab's URL, so the tab is found as the one that is new.
 */
export async function tabIdOfNewPage(browser: ExtensionBrowser, load: (page: Page) => Promise<unknown>): Promise<number> {
  const ids = () => browser.worker.evaluate(async () => (await chrome.tabs.query({})).map((tab) => tab.id!))
  const before = new Set(await ids())
  await load(await browser.context.newPage())
  const added = (await ids()).filter((id) => !before.has(id))
  if (added.length !== 1) throw new Error(`expected one new tab, found ${added.length}`)
  return added[0]!
}

/** The heading of each tab state, per language, as the popup's strings word it. */
export const HEADLINE: Record<Lang, Record<string, string>> = {
  fi: { failure: 'Asiointipalvelu esti pääsyn', fine: 'Tällä sivulla ei näy virhettä', 'not-kela-page': 'Tämä välilehti ei ole Kelan tai Suomi.fin sivu', 'needs-reload': 'Lataa sivu ensin uudelleen', 'no-host-permission': 'Valtuusapu tarvitsee luvan lukea Kelan ja Suomi.fin sivuja', error: 'Valtuusapu ei saanut tämän välilehden tietoja' },
  sv: { failure: 'E-tjänsten nekade åtkomst', fine: 'Inget fel syns på den här sidan', 'not-kela-page': 'Den här fliken är inte en sida hos FPA eller Suomi.fi', 'needs-reload': 'Ladda om sidan först', 'no-host-permission': 'Valtuusapu behöver ditt tillstånd att läsa sidor hos FPA och Suomi.fi', error: 'Valtuusapu kunde inte läsa flikens tillstånd' },
  en: { failure: 'The e-service refused access', fine: 'Nothing failed on this page', 'not-kela-page': 'This tab is not a Kela or Suomi.fi page', 'needs-reload': 'Reload the page first', 'no-host-permission': 'Valtuusapu needs your permission to read Kela and Suomi.fi pages', error: 'Valtuusapu could not read the state of this tab' },
}

/** Stores the language choice before the popup opens, as the language switch does. */
export async function chooseLang(browser: ExtensionBrowser, lang: Lang): Promise<void> {
  await browser.worker.evaluate((value) => chrome.storage.local.set({ 'ui:lang': value }), lang)
}

export async function clearLocalStorage(browser: ExtensionBrowser): Promise<void> {
  await browser.worker.evaluate(() => chrome.storage.local.clear())
}

const require = createRequire(import.meta.url)
const axeSource: string = (require('axe-core') as { source: string }).source

export interface AxeViolation {
  id: string
  impact: string | null
  help: string
  nodes: string[]
}

/** axe-core's WCAG 2.1 A and AA rules on the page as it is now. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(() => 'axe' in window)
  if (!loaded) await page.evaluate(axeSource)
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] }> } }).axe
    const { violations } = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
    return violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => JSON.stringify(n.target)) }))
  })
}

/** Whether the page scrolls sideways at its current width. */
export async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
}
