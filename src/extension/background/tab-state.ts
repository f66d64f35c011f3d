// Per-tab state in storage.session (memory only, gone when the browser closes) and the badge.
import browser from 'webextension-polyfill'
import { TabState, tabStateKey, urlWithoutQuery, type PageReport } from '../protocol.ts'
import { badgeFor } from './badge.ts'

export async function recordPageReport(tabId: number, tabUrl: string | undefined, report: PageReport): Promise<void> {
  if (report.kind === 'none') {
    await clearTabState(tabId)
    return
  }
  const state: TabState = { ...report, url: urlWithoutQuery(tabUrl), at: Date.now() }
  await browser.storage.session.set({ [tabStateKey(tabId)]: state })
  await showBadge(tabId, state)
}

export async function readTabState(tabId: number): Promise<TabState | null> {
  const key = tabStateKey(tabId)
  const stored = (await browser.storage.session.get(key))[key]
  if (stored === undefined) return null
  const parsed = TabState.safeParse(stored)
  return parsed.success ? parsed.data : null
}

export async function clearTabState(tabId: number): Promise<void> {
  await browser.storage.session.remove(tabStateKey(tabId))
  await showBadge(tabId, null).catch(() => {
    // The tab may be gone already (onRemoved); there is no badge left to clear.
  })
}

async function showBadge(tabId: number, state: TabState | null): Promise<void> {
  const badge = badgeFor(state, browser.i18n.getUILanguage())
  await Promise.all([
    browser.action.setBadgeText({ tabId, text: badge.text }),
    browser.action.setBadgeBackgroundColor({ tabId, color: badge.color }),
    browser.action.setTitle({ tabId, title: badge.title }),
  ])
}
