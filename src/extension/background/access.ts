// Gathers what decides a tab's access (access-decision.ts) from the browser.
import browser from 'webextension-polyfill'
import { HOST_PERMISSIONS, type TabAccess } from '../protocol.ts'
import { decideAccess, isKelaUrl } from './access-decision.ts'

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
  let answered = granted && tab.url !== undefined && isKelaUrl(tab.url) && pinged
  // A page still loading has not run the content script yet (document_idle): give it a moment.
  for (let i = 0; !answered && granted && tab.status === 'loading' && i < 3; i++) {
    await new Promise((resolve) => setTimeout(resolve, 500))
    answered = await pingContentScript(tabId)
  }
  return decideAccess({ granted, url: tab.url, answered })
}
