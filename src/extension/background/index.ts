// Background: per-tab page state in storage.session and on the toolbar badge, the HTTP status of
// Kela and Suomi.fi documents, the popup's requests (protocol.ts lists them).
// One onMessage listener; it checks the sender and ignores anything it does not know. Every
// listener is registered synchronously at the top level, so events wake the service worker.
import browser, { type Runtime } from 'webextension-polyfill'
import {
  ContentExtractReply, ContentMessage, UiMessage, firstIssue,
  type ExtractMandatesReply, type SaveMandatesReply, type TabStateReply,
} from '../protocol.ts'
import { Mandate } from '../../core/contract/case.ts'
import { classifySender } from '../lib/sender.ts'
import { clearOnNavigation, clearTabState, forgetTab, forgetUserWordOnLoading, markPageFine, readFilter, readTabState, recordPageReport, recordUserSituation, useGlobalBadge } from './tab-state.ts'
import { startPortfolioReminders } from './portfolio-reminders.ts'
import { tabAccess } from './access.ts'
import { documentStatus, forgetDocumentStatus, observeDocumentStatus } from './document-status.ts'
import { clearSavedMandates, readSavedMandates, saveMandates } from './saved-mandates.ts'
import { applyPendingFilter, openThemeList } from './theme-list.ts'
import { forgetInjection, injectIntoOpenTabs, injectOnNavigation } from './injection.ts'
import { isKelaUrl } from './access-decision.ts'
import { pageSkeleton } from './page-report.ts'

const extensionOrigin = browser.runtime.getURL('').replace(/\/$/, '')

// The portfolio's expiry reminders on the global badge; a tab's failure badge wins in that tab,
// and a tab without a failure shows the reminder.
const portfolioReminders = startPortfolioReminders(browser)
useGlobalBadge(portfolioReminders.current)

browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) => {
  const from = classifySender(sender, browser.runtime.id, extensionOrigin)
  if (from.kind === 'content-script') {
    const parsed = ContentMessage.safeParse(raw)
    if (!parsed.success) return undefined
    if (parsed.data.type === 'cs-bg-get-document-status') {
      return documentStatus(from.tabId, sender.url).then((status) => ({ status }))
    }
    const { report } = parsed.data
    return recordPageReport(from.tabId, sender.tab?.url, report).then(() => {
      void applyPendingFilter(from.tabId)
      return { ok: true }
    })
  }
  if (from.kind === 'extension-page') return answerUi(raw)
  return undefined
})

function answerUi(raw: unknown): Promise<unknown> | undefined {
  const parsed = UiMessage.safeParse(raw)
  if (!parsed.success) {
    // A save with bad mandates gets an answer that names the field; other junk is ignored.
    if ((raw as { type?: unknown } | null)?.type === 'ui-bg-save-mandates') {
      return Promise.resolve<SaveMandatesReply>({ ok: false, error: firstIssue(parsed.error) })
    }
    return undefined
  }
  const message = parsed.data
  switch (message.type) {
    case 'ui-bg-get-tab-state':
      return tabStateReply(message.tabId)
    case 'ui-bg-report-situation':
      return correctTab(message.tabId, (url) => recordUserSituation(message.tabId, url, message.situation))
    case 'ui-bg-page-is-fine':
      return correctTab(message.tabId, (url) => markPageFine(message.tabId, url))
    case 'ui-bg-page-skeleton':
      return pageSkeleton(message.tabId)
    case 'ui-bg-extract-mandates':
      return extractMandates(message.tabId)
    case 'ui-bg-save-mandates':
      return saveMandates(message.mandates, message.mode)
    case 'ui-bg-get-saved-mandates':
      return readSavedMandates()
    case 'ui-bg-clear-saved-mandates':
      return clearSavedMandates().then(() => ({ ok: true }))
    case 'ui-bg-open-theme-list':
      return openThemeList(message.lang)
  }
}

function tabStateReply(tabId: number): Promise<TabStateReply> {
  return Promise.all([readTabState(tabId), tabAccess(tabId), readFilter(tabId)])
    .then(([state, access, filter]): TabStateReply => ({ state, access, filter }))
}

/** The user's word on a Kela or Suomi.fi tab (user-correction.ts); other tabs are left alone. */
async function correctTab(tabId: number, apply: (url: string) => Promise<void>): Promise<TabStateReply> {
  const tab = await browser.tabs.get(tabId).catch(() => undefined)
  if (tab?.url !== undefined && isKelaUrl(tab.url)) await apply(tab.url)
  return tabStateReply(tabId)
}

/** Asks the tab's content script to read the Valtuudet list; stores nothing. */
async function extractMandates(tabId: number): Promise<ExtractMandatesReply> {
  const access = await tabAccess(tabId)
  if (access !== 'ready') return { ok: false, reason: access }
  const raw = await browser.tabs.sendMessage(tabId, { type: 'bg-cs-extract-mandates' }, { frameId: 0 }).catch(() => undefined)
  const reply = ContentExtractReply.safeParse(raw)
  if (!reply.success) {
    // The page may list something the contract cannot hold (a theme name over 300 characters):
    // keep every mandate that is valid and count the rest as unreadable.
    return readPartly(raw)
  }
  return reply.data.ok ? { ok: true, ...reply.data.extraction } : { ok: false, reason: 'not-a-mandate-list' }
}

function readPartly(raw: unknown): ExtractMandatesReply {
  const extraction = (raw as { extraction?: { list?: unknown; mandates?: unknown; skipped?: unknown } } | undefined)?.extraction
  const list = extraction?.list
  if (!extraction || !Array.isArray(extraction.mandates) || (list !== 'received' && list !== 'requests' && list !== 'expired')) {
    return { ok: false, reason: 'not-a-mandate-list' }
  }
  const mandates = extraction.mandates.slice(0, 1000).flatMap((item) => {
    const parsed = Mandate.safeParse(item)
    return parsed.success ? [parsed.data] : []
  })
  const skipped = extraction.skipped as Record<string, unknown> | undefined
  const count = (key: string) => (typeof skipped?.[key] === 'number' ? (skipped[key] as number) : 0)
  return {
    ok: true, list, mandates,
    skipped: { fromPersons: count('fromPersons'), invalid: count('invalid'), unreadable: count('unreadable') + extraction.mandates.length - mandates.length },
  }
}

browser.tabs.onUpdated.addListener((tabId, change, tab) => {
  void clearOnNavigation(tabId, change.status, tab.url)?.catch(() => undefined)
  void forgetUserWordOnLoading(tabId, change.status, tab.url).catch(() => undefined)
  injectOnNavigation(tabId, change.status, tab.url)
})
browser.runtime.onInstalled.addListener(() => void injectIntoOpenTabs())
// Site access granted again (chrome://extensions, Firefox's add-on permissions): read open Kela tabs now.
browser.permissions.onAdded.addListener(() => void injectIntoOpenTabs())
browser.runtime.onStartup.addListener(() => {
  void portfolioReminders.refresh()
  void injectIntoOpenTabs()
})

browser.tabs.onRemoved.addListener((tabId) => {
  forgetInjection(tabId)
  forgetDocumentStatus(tabId)
  void clearTabState(tabId).then(() => forgetTab(tabId)).catch(() => undefined)
})

observeDocumentStatus()
