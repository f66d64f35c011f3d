// What public/popup-prefetch.js, the popup's first script, starts before the popup's code has
// loaded: the tab's id, the background's answer about the tab, the first storage reads
// (PREFETCH_KEYS), and the shown language's chunk (a modulepreload the popup's own import then
// finds loaded). The popup takes each answer once (main.tsx) and checks it as it checks any reply.
import type { KeyValueStore } from '../ui/env.ts'
import { LANG_KEY } from '../ui/preferences.ts'
import type { SendMessage } from './background-api.ts'
import { LAST_ORGANISATION_KEY } from './remembered-answers.ts'
import type { TabActions } from './tab-actions.ts'

/** The storage.local keys the popup reads first (its language, the last organisation). */
export const PREFETCH_KEYS = [LANG_KEY, LAST_ORGANISATION_KEY] as const

export interface PopupPrefetch {
  /** The tab the popup describes: `?tabId=N`, else the active tab of the current window. */
  tabId: Promise<number | undefined>
  /** The background's raw reply to ui-bg-get-tab-state for that tab (validated where it is used). */
  tabState: Promise<unknown>
  /** storage.local's answer for PREFETCH_KEYS. */
  stored: Promise<Record<string, unknown>>
}

declare global {
  /** Set by public/popup-prefetch.js, if it ran. */
  var __valtuusapuPopupPrefetch: PopupPrefetch | undefined
}

/** `send`, except that the first ui-bg-get-tab-state for the prefetched tab takes the early answer. */
export function prefetchedSend(send: SendMessage, early: PopupPrefetch | undefined): SendMessage {
  let pending = early
  return async (message) => {
    const answer = pending
    pending = undefined
    if (answer && message.type === 'ui-bg-get-tab-state') {
      const tabId = await answer.tabId.catch(() => undefined)
      if (tabId === message.tabId) {
        const reply = await answer.tabState.catch(() => undefined)
        if (reply !== undefined) return reply
      }
    }
    return send(message)
  }
}

/** `actions`, except that the first activeTabId() takes the early answer. */
export function prefetchedActions(actions: TabActions, early: PopupPrefetch | undefined): TabActions {
  let pending = early?.tabId
  return {
    ...actions,
    async activeTabId() {
      const answer = pending
      pending = undefined
      const id = answer ? await answer.catch(() => undefined) : undefined
      return id ?? actions.activeTabId()
    },
  }
}

/**
 * `store`, except that the first read of each of PREFETCH_KEYS takes the early answer, unless the
 * popup wrote or removed that key first. Every later read goes to storage.
 */
export function prefetchedStore(store: KeyValueStore, early: PopupPrefetch | undefined): KeyValueStore {
  const pending = new Set<string>(early ? PREFETCH_KEYS : [])
  return {
    ...store,
    async get(key) {
      if (early && pending.delete(key)) {
        try {
          return (await early.stored)[key]
        } catch {
          // The early read failed: ask again.
        }
      }
      return store.get(key)
    },
    set(key, value) {
      pending.delete(key)
      return store.set(key, value)
    },
    remove(key) {
      pending.delete(key)
      return store.remove(key)
    },
  }
}
