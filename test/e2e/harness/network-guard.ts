// Proof that the extension makes no network request, checked when every Chromium test file
// closes its browser (so it holds for the whole suite, not one test):
// - no request from the extension's service worker;
// - no request from one of the extension's pages to anything but its own files;
// - no request to the fixture server from an extension origin (a content script fetch).
// chrome-extension: URLs never reach the network (refused page fetches show up as
// chrome-extension://invalid/), and data:/blob: URLs are local.
import type { Request } from 'playwright-core'
import type { ServedRequest } from './fixture-server.ts'

const LOCAL = /^(chrome-extension|data|blob):/

function initiator(request: Request): string {
  if (request.serviceWorker()) return `service worker ${request.serviceWorker()!.url()}`
  try {
    return request.frame().url()
  } catch {
    return 'unknown'
  }
}

/** Descriptions of every request the extension itself made; empty when it made none. */
export function extensionNetworkRequests(requests: readonly Request[], served: readonly ServedRequest[]): string[] {
  const fromBrowser = requests
    .filter((request) => !LOCAL.test(request.url()))
    .filter((request) => request.serviceWorker() !== null || initiator(request).startsWith('chrome-extension://'))
    .map((request) => `${request.method()} ${request.url()} (from ${initiator(request)})`)
  const fromExtensionOrigin = served
    .filter((request) => String(request.headers.origin ?? '').startsWith('chrome-extension://'))
    .map((request) => `${request.url} (Origin: ${String(request.headers.origin)})`)
  return [...fromBrowser, ...fromExtensionOrigin]
}
