// Background: keeps per-tab page state in storage.session and shows it on the toolbar badge.
// One onMessage listener; it checks the sender and ignores anything it does not know.
import browser, { type Runtime } from 'webextension-polyfill'
import { ContentMessage, UiMessage, type TabStateReply } from '../protocol.ts'
import { classifySender } from '../lib/sender.ts'
import { clearTabState, readTabState, recordPageReport } from './tab-state.ts'

const extensionOrigin = browser.runtime.getURL('').replace(/\/$/, '')

browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) => {
  const from = classifySender(sender, browser.runtime.id, extensionOrigin)
  if (from.kind === 'content-script') {
    const parsed = ContentMessage.safeParse(raw)
    if (!parsed.success) return undefined
    return recordPageReport(from.tabId, sender.tab?.url, parsed.data.report).then(() => ({ ok: true }))
  }
  if (from.kind === 'extension-page') {
    const parsed = UiMessage.safeParse(raw)
    if (!parsed.success) return undefined
    return readTabState(parsed.data.tabId).then((state): TabStateReply => ({ state, access: 'ready' }))
  }
  return undefined
})

browser.tabs.onRemoved.addListener((tabId) => {
  void clearTabState(tabId)
})
