// Whether the extension can read a tab (TabAccess in protocol.ts). The decision is pure and
// unit-tested; tabAccess() gathers its inputs from the browser.
import browser from 'webextension-polyfill'
import { HOST_PERMISSIONS, type TabAccess } from '../protocol.ts'

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

export async function pingContentScript(tabId: number, timeout = 1000): Promise<boolean> {
  const ping = browser.tabs.sendMessage(tabId, { type: 'bg-cs-ping' }, { frameId: 0 }).then(
    (reply) => (reply as { ok?: unknown } | undefined)?.ok === true,
    () => false,
  )
  return Promise.race([ping, new Promise<boolean>((resolve) => setTimeout(() => resolve(false), timeout))])
}

export async function tabAccess(tabId: number): Promise<TabAccess> {
  const granted = await browser.permissions.contains({ origins: HOST_PERMISSIONS })
  const tab = await browser.tabs.get(tabId).catch(() => undefined)
  if (!tab) return 'not-kela-page'
  let answered = granted && tab.url !== undefined && isKelaUrl(tab.url) && (await pingContentScript(tabId))
  // A page still loading has not run the content script yet (document_idle): give it a moment.
  for (let i = 0; !answered && granted && tab.status === 'loading' && i < 3; i++) {
    await new Promise((resolve) => setTimeout(resolve, 500))
    answered = await pingContentScript(tabId)
  }
  return decideAccess({ granted, url: tab.url, answered })
}
