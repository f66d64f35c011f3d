// Per-tab state in storage.session (memory only, gone when the browser closes) and the badge.
// A tab's state is cleared when its page reports that nothing failed, when it starts loading a
// page the extension does not read, and when the tab closes.
import browser from 'webextension-polyfill'
import { FilterStatus, filterKey, documentStatusKey, TabState, tabStateKey, urlWithoutQuery, type PageReport, type UserSituation } from '../protocol.ts'
import { FineMark, fineKey, PageSeen, seenKey } from './user-word-records.ts'
import { badgeFor, type Badge } from './badge.ts'
import { isKelaUrl } from './access-decision.ts'
import { afterPageReport, onTabLoading, userState } from './user-correction.ts'

export async function recordPageReport(tabId: number, tabUrl: string | undefined, report: PageReport): Promise<void> {
  const { current, fine } = await readStateAndFine(tabId)
  switch (afterPageReport(report, tabUrl, current, fine)) {
    case 'keep':
      return
    case 'clear':
      if (report.kind === 'none' && (report.service || report.lang)) {
        const seen: PageSeen = { url: urlWithoutQuery(tabUrl), service: report.service, lang: report.lang }
        await browser.storage.session.set({ [seenKey(tabId)]: seen })
      }
      await clearTabState(tabId)
      return
    case 'record':
      await setTabState(tabId, { ...report, url: urlWithoutQuery(tabUrl), at: Date.now() })
  }
}

async function setTabState(tabId: number, state: TabState): Promise<void> {
  await browser.storage.session.set({ [tabStateKey(tabId)]: state })
  await showBadge(tabId, state)
}

/** The user says what they see in the tab (Kela's situations, or something else). */
export async function recordUserSituation(tabId: number, tabUrl: string | undefined, situation: UserSituation): Promise<void> {
  const [seen] = await Promise.all([readValid(seenKey(tabId), PageSeen), browser.storage.session.remove(fineKey(tabId))])
  await setTabState(tabId, userState(situation, tabUrl, Date.now(), seen))
}

/** The user says the failure shown is not there: cleared, and kept clear on this page. */
export async function markPageFine(tabId: number, tabUrl: string | undefined): Promise<void> {
  const mark: FineMark = { url: urlWithoutQuery(tabUrl), at: Date.now() }
  await browser.storage.session.set({ [fineKey(tabId)]: mark })
  await clearTabState(tabId)
}

/** A tab starts loading a page: the user's word on the previous page no longer holds. */
export async function forgetUserWordOnLoading(tabId: number, status: string | undefined, url: string | undefined): Promise<void> {
  if (status !== 'loading') return
  const { current, fine } = await readStateAndFine(tabId)
  const { dropFine, clearUserState } = onTabLoading(url, current, fine)
  if (dropFine) await browser.storage.session.remove(fineKey(tabId))
  if (clearUserState) await clearTabState(tabId)
}

/** The tab's state and the user's "this page is fine" mark, in one read of storage.session. */
async function readStateAndFine(tabId: number): Promise<{ current: TabState | null; fine: FineMark | null }> {
  const stored = await browser.storage.session.get([tabStateKey(tabId), fineKey(tabId)])
  const current = TabState.safeParse(stored[tabStateKey(tabId)])
  const fine = FineMark.safeParse(stored[fineKey(tabId)])
  return { current: current.success ? current.data : null, fine: fine.success ? fine.data : null }
}

export async function readTabState(tabId: number): Promise<TabState | null> {
  return readValid(tabStateKey(tabId), TabState)
}

export async function readFilter(tabId: number): Promise<FilterStatus | null> {
  return readValid(filterKey(tabId), FilterStatus)
}

export async function writeFilter(tabId: number, filter: FilterStatus): Promise<void> {
  await browser.storage.session.set({ [filterKey(tabId)]: filter })
}

async function readValid<T>(key: string, schema: { safeParse(value: unknown): { success: true; data: T } | { success: false } }): Promise<T | null> {
  const stored = (await browser.storage.session.get(key))[key]
  if (stored === undefined) return null
  const parsed = schema.safeParse(stored)
  return parsed.success ? parsed.data : null
}

export async function clearTabState(tabId: number): Promise<void> {
  await browser.storage.session.remove(tabStateKey(tabId))
  await showBadge(tabId, null).catch(() => {
    // The tab may be gone already (onRemoved); there is no badge left to clear.
  })
}

/** Everything kept for a tab, when it closes. */
export async function forgetTab(tabId: number): Promise<void> {
  await browser.storage.session.remove([tabStateKey(tabId), filterKey(tabId), documentStatusKey(tabId), fineKey(tabId), seenKey(tabId)])
}

/** The badge a tab without a failure falls back to: the global one (the portfolio's reminder). */
let globalBadge: () => Badge = () => badgeFor(null, browser.i18n.getUILanguage())
export function useGlobalBadge(source: () => Badge): void {
  globalBadge = source
}

async function showBadge(tabId: number, state: TabState | null): Promise<void> {
  if (state === null || (state.kind === 'none' && state.reportedBy !== 'user')) {
    await resetTabBadge(tabId)
    return
  }
  const badge = badgeFor(state, browser.i18n.getUILanguage())
  await Promise.all([
    browser.action.setBadgeText({ tabId, text: badge.text }),
    browser.action.setBadgeBackgroundColor({ tabId, color: badge.color }),
    // White on the failure colour, whatever the global (reminder) text colour is.
    browser.action.setBadgeTextColor?.({ tabId, color: '#ffffff' }),
    browser.action.setTitle({ tabId, title: badge.title }),
  ])
}

/**
 * Drops the tab's own badge so that it shows the global one again. `null` does that for the
 * text in both browsers; Chrome refuses null for the title and colours, so those get the global
 * values explicitly (they are the same until the global badge changes, and Chrome resets a tab's
 * own values when it loads another page).
 */
async function resetTabBadge(tabId: number): Promise<void> {
  const global = globalBadge()
  const orGlobal = (reset: () => Promise<void>, explicit: () => Promise<void>) => reset().catch(explicit)
  await Promise.all([
    browser.action.setBadgeText({ tabId, text: null }),
    orGlobal(() => browser.action.setTitle({ tabId, title: null }), () => browser.action.setTitle({ tabId, title: global.title })),
    orGlobal(() => browser.action.setBadgeBackgroundColor({ tabId, color: null }), () => browser.action.setBadgeBackgroundColor({ tabId, color: global.color })),
  ])
}

/**
 * A tab that starts loading another page: its old state no longer applies unless the new page
 * is one the content script reads (it reports again as soon as it runs). Without the "tabs"
 * permission the URL is visible only on Kela and Suomi.fi pages, which is exactly the test.
 */
export function clearOnNavigation(tabId: number, status: string | undefined, url: string | undefined): Promise<void> | undefined {
  if (status !== 'loading' || (url !== undefined && isKelaUrl(url))) return undefined
  return clearTabState(tabId)
}
