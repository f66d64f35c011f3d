// The user's word on a tab, against the page classifier's (pure, tested in node). The user can
// say what they see where the classifier found nothing (ui-bg-report-situation), or that a failure
// shown is not there (ui-bg-page-is-fine). Either holds for the page they said it on, the address
// without query or fragment, until the tab shows another page: a reload or a single-page app's
// re-check of the same address does not undo it.
import { urlWithoutQuery, type PageReport, type TabState, type UserSituation } from '../protocol.ts'
import type { FineMark, PageSeen } from './user-word-records.ts'

/** The state a user's report gives the tab; the e-service and language the page showed, when known. */
export function userState(situation: UserSituation, tabUrl: string | undefined, now: number, seen: PageSeen | null = null): TabState {
  const url = urlWithoutQuery(tabUrl)
  const known = seen?.url === url ? seen : null
  return {
    kind: situation === 'something-else' ? 'none' : situation,
    service: known?.service ?? null,
    lang: known?.lang ?? null,
    evidence: ['user:reported'],
    url,
    at: now,
    reportedBy: 'user',
    situation,
  }
}

/** What a page report from the content script does to the tab's state. */
export function afterPageReport(report: PageReport, tabUrl: string | undefined, current: TabState | null, fine: FineMark | null): 'record' | 'clear' | 'keep' {
  const url = urlWithoutQuery(tabUrl)
  // The user said what this page shows: the classifier does not overrule them here.
  if (current?.reportedBy === 'user' && current.url === url) return 'keep'
  if (report.kind === 'none') return 'clear'
  // The user said this page is fine.
  return fine?.url === url ? 'clear' : 'record'
}

/**
 * A tab starting to load a page: the user's word no longer applies unless it is the same page
 * again. `url` is undefined on pages the extension may not read (no `tabs` permission).
 */
export function onTabLoading(url: string | undefined, current: TabState | null, fine: FineMark | null): { dropFine: boolean; clearUserState: boolean } {
  const page = urlWithoutQuery(url)
  return {
    dropFine: fine !== null && (page === '' || page !== fine.url),
    clearUserState: current?.reportedBy === 'user' && (page === '' || page !== current.url),
  }
}
