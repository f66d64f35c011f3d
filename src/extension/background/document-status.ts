// The HTTP status of each tab's main document, observed with the non-blocking webRequest API on
// the Kela and Suomi.fi hosts only (the manifest's host permissions limit it further). The
// content script cannot read it itself in Firefox (PerformanceResourceTiming.responseStatus is
// Chromium-only), and 401, 403 and 5xx are strong signals of a failed page.
import browser from 'webextension-polyfill'
import { documentStatusKey, HOST_PERMISSIONS, urlWithoutQuery } from '../protocol.ts'

interface Seen {
  url: string
  status: number
}

const seen = new Map<number, Seen>()

export function observeDocumentStatus(): void {
  browser.webRequest.onHeadersReceived.addListener((details) => {
    if (details.tabId < 0) return
    const entry: Seen = { url: urlWithoutQuery(details.url), status: details.statusCode }
    seen.set(details.tabId, entry)
    // The service worker may sleep before the content script asks; keep a copy.
    void browser.storage.session.set({ [documentStatusKey(details.tabId)]: entry }).catch(() => undefined)
  }, { urls: HOST_PERMISSIONS, types: ['main_frame'] })
}

/** The status seen for this tab's document at `pageUrl`, or null. */
export async function documentStatus(tabId: number, pageUrl: string | undefined): Promise<number | null> {
  const key = documentStatusKey(tabId)
  const entry = seen.get(tabId) ?? ((await browser.storage.session.get(key))[key] as Seen | undefined)
  return entry && typeof entry.status === 'number' && entry.url === urlWithoutQuery(pageUrl) ? entry.status : null
}

export function forgetDocumentStatus(tabId: number): void {
  seen.delete(tabId)
}
