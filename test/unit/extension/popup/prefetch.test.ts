// The popup's early start: public/popup-prefetch.js, run here in a sandbox with a fake browser,
// asks for what the popup's code would ask for first (the same tab, the same message, the same
// storage keys, the language chunk detectLang picks), and the popup takes each early answer once.
import { readFileSync } from 'node:fs'
import { runInNewContext } from 'node:vm'
import { describe, expect, test } from 'vitest'
import { UiMessage } from '../../../../src/extension/protocol.ts'
import { memoryStore } from '../../../../src/extension/ui/env.ts'
import { preferredLang } from '../../../../src/extension/ui/preferences.ts'
import { POPUP_LANGUAGE_CHUNK } from '../../../../src/extension/popup/language-chunk.ts'
import { PREFETCH_KEYS, prefetchedActions, prefetchedSend, prefetchedStore, type PopupPrefetch } from '../../../../src/extension/popup/prefetch.ts'
import { popupTarget } from '../../../../src/extension/popup/target.ts'
import type { TabActions } from '../../../../src/extension/popup/tab-actions.ts'

const SCRIPT = readFileSync('public/popup-prefetch.js', 'utf8')

interface Run {
  prefetch: PopupPrefetch | undefined
  sent: unknown[]
  asked: unknown[]
  preloaded: { rel: string; href: string }[]
  queried: number
}

/** Runs the script as the popup page would, with `search` in its address. */
function runScript(search: string, uiLanguage: string, activeTab: number | null = 7, stored: Record<string, unknown> = { 'ui:lang': 'sv' }): Run {
  const run: Run = { prefetch: undefined, sent: [], asked: [], preloaded: [], queried: 0 }
  const chrome = {
    tabs: { query: async () => { run.queried++; return activeTab === null ? [] : [{ id: activeTab }] } },
    runtime: { sendMessage: async (message: unknown) => { run.sent.push(message); return { state: null, access: 'ready', filter: null } } },
    storage: { local: { get: async (keys: unknown) => { run.asked.push(keys); return stored } } },
    i18n: { getUILanguage: () => uiLanguage },
  }
  const document = {
    createElement: () => ({ rel: '', href: '' }),
    head: { append: (link: { rel: string; href: string }) => run.preloaded.push(link) },
  }
  const sandbox: Record<string, unknown> = { chrome, document, location: { search }, URLSearchParams, Promise, String, Number }
  sandbox.globalThis = sandbox
  runInNewContext(SCRIPT, sandbox)
  run.prefetch = sandbox.__valtuusapuPopupPrefetch as PopupPrefetch | undefined
  return run
}

describe('public/popup-prefetch.js', () => {
  test.each(['?tabId=42', '?tabId=0', '', '?tabId=abc', '?tabId=12345678901', '?other=1'])('%s: the tab popupTarget picks, and the message getTabState sends', async (search) => {
    const run = runScript(search, 'fi-FI', 7)
    const target = popupTarget(search)
    const expected = 'tabId' in target ? target.tabId : 7
    expect(await run.prefetch!.tabId).toBe(expected)
    expect(run.queried).toBe('tabId' in target ? 0 : 1)
    await run.prefetch!.tabState
    expect(run.sent).toEqual([{ type: 'ui-bg-get-tab-state', tabId: expected }])
    expect(UiMessage.safeParse(run.sent[0]).success).toBe(true)
  })

  test('no active tab: no message, and the popup asks for itself', async () => {
    const run = runScript('', 'fi', null)
    expect(await run.prefetch!.tabId).toBeUndefined()
    expect(await run.prefetch!.tabState).toBeUndefined()
    expect(run.sent).toEqual([])
  })

  test('it reads exactly the keys the popup reads first', async () => {
    const run = runScript('', 'fi')
    expect(run.asked).toEqual([[...PREFETCH_KEYS]])
    expect(await run.prefetch!.stored).toEqual({ 'ui:lang': 'sv' })
  })

  const LOCALES = ['fi', 'fi-FI', 'sv', 'sv-FI', 'sv-SE', 'en', 'en-US', 'de-DE', 'FI_fi', '', 'se']
  test.each(LOCALES)('UI language %j: it preloads the chunk of the language preferredLang picks, and only that one', async (ui) => {
    for (const chosen of [undefined, 'fi', 'sv', 'en', 'de', 7]) {
      const stored = chosen === undefined ? {} : { 'ui:lang': chosen }
      const run = runScript('', ui, 7, stored)
      await run.prefetch!.stored
      await new Promise((resolve) => setTimeout(resolve, 0))
      const expected = await preferredLang(memoryStore(stored), ui)
      expect(run.preloaded, `chosen ${String(chosen)}`).toEqual([{ rel: 'modulepreload', href: `/assets/${POPUP_LANGUAGE_CHUNK}${expected}.js` }])
    }
  })

  test('a browser without the APIs: nothing set, nothing thrown', () => {
    const sandbox: Record<string, unknown> = { location: { search: '' }, URLSearchParams, document: {} }
    sandbox.globalThis = sandbox
    expect(() => runInNewContext(SCRIPT, sandbox)).not.toThrow()
    expect(sandbox.__valtuusapuPopupPrefetch).toBeUndefined()
  })
})

const early = (over: Partial<PopupPrefetch> = {}): PopupPrefetch => ({
  tabId: Promise.resolve(5),
  tabState: Promise.resolve({ early: true }),
  stored: Promise.resolve({ 'ui:lang': 'en' }),
  ...over,
})

describe('the popup takes each early answer once', () => {
  test('the first getTabState for the same tab gets the early reply; later ones, and other tabs, ask', async () => {
    const sent: unknown[] = []
    const send = prefetchedSend(async (message) => { sent.push(message); return { late: true } }, early())
    expect(await send({ type: 'ui-bg-get-tab-state', tabId: 5 })).toEqual({ early: true })
    expect(await send({ type: 'ui-bg-get-tab-state', tabId: 5 })).toEqual({ late: true })
    const other = prefetchedSend(async () => ({ late: true }), early())
    expect(await other({ type: 'ui-bg-get-tab-state', tabId: 6 })).toEqual({ late: true })
    expect(sent).toHaveLength(1)
  })

  test('an early reply that failed or never came is asked again', async () => {
    const send = prefetchedSend(async () => ({ late: true }), early({ tabState: Promise.reject(new Error('closed')) }))
    expect(await send({ type: 'ui-bg-get-tab-state', tabId: 5 })).toEqual({ late: true })
    const none = prefetchedSend(async () => ({ late: true }), early({ tabState: Promise.resolve(undefined) }))
    expect(await none({ type: 'ui-bg-get-tab-state', tabId: 5 })).toEqual({ late: true })
  })

  test('the active tab: the early answer once, then the browser', async () => {
    let asked = 0
    const actions = prefetchedActions({ activeTabId: async () => { asked++; return 9 } } as unknown as TabActions, early())
    expect(await actions.activeTabId()).toBe(5)
    expect(await actions.activeTabId()).toBe(9)
    const noTab = prefetchedActions({ activeTabId: async () => { asked++; return 9 } } as unknown as TabActions, early({ tabId: Promise.resolve(undefined) }))
    expect(await noTab.activeTabId()).toBe(9)
    expect(asked).toBe(2)
  })

  test('storage: the first read of a prefetched key is the early answer, unless the popup wrote it first', async () => {
    const store = prefetchedStore(memoryStore({ 'ui:lang': 'fi', other: 1 }), early())
    expect(await store.get('ui:lang')).toBe('en')
    expect(await store.get('ui:lang')).toBe('fi')
    expect(await store.get('other')).toBe(1)
    const written = prefetchedStore(memoryStore({}), early())
    await written.set('ui:lang', 'sv')
    expect(await written.get('ui:lang')).toBe('sv')
    const failed = prefetchedStore(memoryStore({ 'ui:lang': 'fi' }), early({ stored: Promise.reject(new Error('no')) }))
    expect(await failed.get('ui:lang')).toBe('fi')
    expect(await prefetchedStore(memoryStore({ 'ui:lang': 'fi' }), undefined).get('ui:lang')).toBe('fi')
  })
})
