// Who sent a runtime message. One classifier for every listener (Bitwarden's sender.ts):
// - only our own extension (sender.id) is ever trusted;
// - a content script is in a tab's top frame and is not one of our pages;
// - an extension page (popup, portfolio) has our origin.
// sender.url is never used as proof of anything a page could choose; it is only compared to our
// own origin, which no web page can have.

export interface SenderLike {
  id?: string
  origin?: string
  url?: string
  tab?: { id?: number }
  frameId?: number
}

export type SenderKind =
  | { kind: 'content-script'; tabId: number }
  | { kind: 'extension-page' }
  | { kind: 'untrusted' }

export function classifySender(sender: SenderLike, extensionId: string, extensionOrigin: string): SenderKind {
  if (sender.id !== extensionId) return { kind: 'untrusted' }
  // COMPAT(firefox-pre-126): sender.origin is undefined there; fall back to the URL's origin.
  const origin = sender.origin ?? originOf(sender.url)
  if (origin === extensionOrigin) return { kind: 'extension-page' }
  const tabId = sender.tab?.id
  if (typeof tabId === 'number' && tabId >= 0 && sender.frameId === 0) return { kind: 'content-script', tabId }
  return { kind: 'untrusted' }
}

/** `new URL('chrome-extension://id/').origin` is "null", so compare scheme://host by hand. */
export function originOf(url: string | undefined): string | undefined {
  const match = url ? /^([a-z-]+:\/\/[^/?#]+)/i.exec(url) : null
  return match?.[1]
}
