// Whether the extension can read a tab (TabAccess in protocol.ts): the pure decision, unit-tested;
// access.ts gathers its inputs from the browser.
import type { TabAccess } from '../protocol.ts'

/** A page the manifest's match patterns cover: https on kela.fi or suomi.fi and their subdomains. */
export function isKelaUrl(raw: string): boolean {
  try {
    const url = new URL(raw)
    return url.protocol === 'https:' && /(^|\.)(kela|suomi)\.fi$/.test(url.hostname)
  } catch {
    return false
  }
}

export interface AccessFacts {
  /** permissions.contains for the Kela and Suomi.fi hosts. */
  granted: boolean
  /** The tab's URL; the browser hides it on hosts we have no permission for. */
  url: string | undefined
  /** Whether our content script answered a ping in the tab. */
  answered: boolean
}

export function decideAccess({ granted, url, answered }: AccessFacts): TabAccess {
  if (!granted) return 'no-host-permission'
  if (url === undefined || !isKelaUrl(url)) return 'not-kela-page'
  // Chrome injects content scripts only into pages loaded after the extension was installed or
  // updated; Firefox injects into open tabs too. https://github.com/fregante/webext-inject-on-install
  return answered ? 'ready' : 'needs-reload'
}
