// Following the Kela filter of a theme list the extension opened: the background records
// `pending` until the page has loaded and the content script has typed the word (or found no
// field), so the popup asks again until it is settled, for at most `limitMs`.
import type { FilterStatus } from '../protocol.ts'
import type { BackgroundApi } from './background-api.ts'

export const FILTER_POLL_MS = 400

/**
 * Calls `onFilter` with the tab's filter each time it is read, until it is no longer pending,
 * the tab has none, `stopped()` says so, or the time is up. Resolves with the last filter seen.
 */
export async function watchFilter(bg: BackgroundApi, tabId: number, onFilter: (filter: FilterStatus) => void, stopped: () => boolean, limitMs = 15_000): Promise<FilterStatus | null> {
  let last: FilterStatus | null = null
  for (let waited = 0; waited <= limitMs && !stopped(); waited += FILTER_POLL_MS) {
    const reply = await bg.getTabState(tabId)
    if (stopped()) break
    const filter = reply.ok ? reply.value.filter : null
    if (filter) {
      last = filter
      onFilter(filter)
      if (filter.status !== 'pending') break
    } else if (reply.ok) break
    await new Promise((resolve) => setTimeout(resolve, FILTER_POLL_MS))
  }
  return last
}
