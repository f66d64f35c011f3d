// Opens Suomi.fi's mandate-theme list in a new tab and, once its content script reports, has it
// type the Kela search word into the page's own search field (core/page/theme-list.ts says why).
import browser from 'webextension-polyfill'
import type { Lang } from '../../core/contract/ids.ts'
import { mandateThemeListLink } from '../../core/knowledge/index.ts'
import { themeSearchWord } from '../../core/page/theme-list.ts'
import type { OpenThemeListReply } from '../protocol.ts'
import { readFilter, writeFilter } from './tab-state.ts'

const applying = new Set<number>()

export async function openThemeList(lang: Lang): Promise<OpenThemeListReply> {
  // The address comes from the knowledge base, like the popup's link: where no page in the
  // user's language is known, it is a page in another language, and the word follows the page.
  const link = mandateThemeListLink(lang)
  const url = link.url
  const tab = await browser.tabs.create({ url })
  if (tab.id === undefined) throw new Error('the browser opened no tab')
  await writeFilter(tab.id, { word: themeSearchWord(link.lang), status: 'pending', at: Date.now() })
  return { tabId: tab.id, url }
}

/** Called when a tab's content script reports: applies a pending filter once. */
export async function applyPendingFilter(tabId: number): Promise<void> {
  if (applying.has(tabId)) return
  const filter = await readFilter(tabId)
  if (filter?.status !== 'pending') return
  applying.add(tabId)
  try {
    const reply = (await browser.tabs.sendMessage(tabId, { type: 'bg-cs-apply-filter' }, { frameId: 0 }).catch(() => undefined)) as
      | { found?: unknown; word?: unknown }
      | undefined
    const found = reply?.found === true
    const word = typeof reply?.word === 'string' && /^[A-Za-z]{2,10}$/.test(reply.word) ? reply.word : filter.word
    await writeFilter(tabId, { word, status: found ? 'applied' : 'field-not-found', at: Date.now() })
  } finally {
    applying.delete(tabId)
  }
}
