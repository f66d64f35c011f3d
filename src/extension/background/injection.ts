// The content script is injected into Kela and Suomi.fi tabs once their page has loaded, not
// declared in the manifest: in Chromium, declaring a content script for a site made its pages
// opened in new tabs load about 100 ms later, whatever the script did and whenever it ran. In runs
// of 40 new-tab pairs (Kela page / the same page elsewhere), the Kela page's load was slow (about
// 200 ms instead of about 80) in 90 and 95 % of loads with the declared script, against 35 and
// 63 % elsewhere (ratio of the medians 1.97x and 1.21x); injected, 35 and 33 % against 53 and 40 %
// (0.53x and 0.92x). bench/page-load.bench.ts has the rest. Injected after the load event, the
// script costs the page's load nothing. The same injection reads Kela tabs that were open, or
// still loading, when the extension was installed (Chrome never runs declared scripts in those),
// and a tab whose host permission the user granted later (Firefox).
import browser from 'webextension-polyfill'
import { HOST_PERMISSIONS } from '../protocol.ts'
import { injectionFor } from './access-decision.ts'
import { CONTENT_SCRIPT } from './content-script-file.ts'

/** A page whose load event has not come this long after it started loading is read anyway. */
export const LOADING_WAIT_MS = 3000

const waiting = new Map<number, ReturnType<typeof setTimeout>>()

/** Runs the content script in the tab's top frame; false where the browser refuses (no permission, an error page). */
export async function injectContentScript(tabId: number): Promise<boolean> {
  try {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [CONTENT_SCRIPT] })
    return true
  } catch {
    return false
  }
}

/** Called from the background's tabs.onUpdated listener. */
export function injectOnNavigation(tabId: number, status: string | undefined, url: string | undefined): void {
  const when = injectionFor(status, url)
  if (when === 'unchanged') return
  forgetInjection(tabId)
  if (when === 'now') void injectContentScript(tabId)
  if (when === 'after-wait') {
    waiting.set(tabId, setTimeout(() => {
      waiting.delete(tabId)
      void injectContentScript(tabId)
    }, LOADING_WAIT_MS))
  }
}

export function forgetInjection(tabId: number): void {
  clearTimeout(waiting.get(tabId))
  waiting.delete(tabId)
}

/**
 * Kela and Suomi.fi tabs already open when the extension is installed or updated, or when the
 * browser starts with restored tabs. Every one, loading or not: a page that started loading before
 * this worker had registered its listeners sends us no further events for that load (measured
 * right after install), and the browser runs an injected script only once the page is idle.
 */
export async function injectIntoOpenTabs(): Promise<void> {
  const tabs = await browser.tabs.query({ url: HOST_PERMISSIONS }).catch(() => [])
  for (const tab of tabs) {
    if (tab.id === undefined) continue
    void injectContentScript(tab.id)
    if (tab.status === 'loading') injectOnNavigation(tab.id, 'loading', tab.url)
  }
}
