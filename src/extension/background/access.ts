// Gathers what decides a tab's access (access-decision.ts) from the browser.
import browser from 'webextension-polyfill'
import { HOST_PERMISSIONS, type TabAccess } from '../protocol.ts'
import { decideAccess, isKelaUrl } from './access-decision.ts'
import { injectContentScript } from './injection.ts'

export async function pingContentScript(tabId: number, timeout = 1000): Promise<boolean> {
  const ping = browser.tabs.sendMessage(tabId, { type: 'bg-cs-ping' }, { frameId: 0 }).then(
    (reply) => (reply as { ok?: unknown } | undefined)?.ok === true,
    () => false,
  )
  return Promise.race([ping, new Promise<boolean>((resolve) => setTimeout(() => resolve(false), timeout))])
}

export async function tabAccess(tabId: number): Promise<TabAccess> {
  // Asked all at once, not one after another: the popup waits for this answer. A ping to a tab
  // our content script is not in fails at once, and its answer is used only on a Kela page.
  const [granted, tab, pinged] = await Promise.all([
    browser.permissions.contains({ origins: HOST_PERMISSIONS }),
    browser.tabs.get(tabId).catch(() => undefined),
    pingContentScript(tabId),
  ])
  if (!tab) return 'not-kela-page'
  const kela = granted && tab.url !== undefined && isKelaUrl(tab.url)
  let answered = kela && pinged
  // A Kela page without our script: open before the extension was installed, or granted access
  // only now (Firefox). Inject it now; a page still loading gets it when it has loaded
  // (injection.ts), so give it a moment.
  if (kela && !answered && tab.status !== 'loading' && (await injectContentScript(tabId))) answered = await pingContentScript(tabId)
  for (let i = 0; !answered && kela && tab.status === 'loading' && i < 3; i++) {
    await new Promise((resolve) => setTimeout(resolve, 500))
    answered = await pingContentScript(tabId)
  }
  return decideAccess({ granted, url: tab.url, answered })
}
