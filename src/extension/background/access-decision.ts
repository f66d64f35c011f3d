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
  // The background injects the content script into every Kela page that loads and, when asked,
  // into one that was open before (access.ts); a tab it could not inject into (an error page, a
  // page still loading) needs a reload.
  return answered ? 'ready' : 'needs-reload'
}

/**
 * When the background injects the content script after a tab update (injection.ts): a Kela page
 * that has loaded, now; one that starts loading, after a wait in case its load event never comes
 * (the script itself then waits for the load event or a second); any other page, no longer.
 * `unchanged` for updates that say nothing about loading (a title, a favicon).
 */
export function injectionFor(status: string | undefined, url: string | undefined): 'now' | 'after-wait' | 'cancel' | 'unchanged' {
  if (status !== 'loading' && status !== 'complete') return 'unchanged'
  if (url === undefined || !isKelaUrl(url)) return 'cancel'
  return status === 'complete' ? 'now' : 'after-wait'
}
