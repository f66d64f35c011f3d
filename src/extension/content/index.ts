// Content script: classifies the page, re-classifies after changes (watch.ts), reports to the
// background, and does two things only when asked: read the mandates a Suomi.fi Valtuudet list
// shows, and type the Kela search word into the mandate-theme list's search field.
// It uses chrome.* rather than webextension-polyfill: MV3 chrome.* returns promises in Chrome and
// Firefox, and the polyfill would add 3 KB gzip to the script every Kela page loads.
// It never throws into the page's console: a Kela page must not show our errors as its own.
import { classifyPage, pageLang } from '../../core/page/classify.ts'
import { extractMandates } from '../../core/page/mandates.ts'
import { findThemeSearchField, themeSearchWord } from '../../core/page/theme-list.ts'
import { BackgroundMessage } from '../content-protocol.ts'
import type { ContentMessage } from '../protocol.ts'
import { classifySender } from '../lib/sender.ts'
import { watchPage, type Watcher } from './watch.ts'

const FIELD_WAIT = 5000
let watcher: Watcher | undefined
let status: number | null = null
// The HTTP status belongs to the document that loaded, not to later soft navigations.
const loadedPath = location.pathname
let lastReport = ''

function send(message: ContentMessage): Promise<unknown> {
  try {
    return chrome.runtime.sendMessage(message).catch(() => undefined)
  } catch {
    // The extension was reloaded or removed: this copy of the script is orphaned.
    watcher?.stop()
    return Promise.resolve(undefined)
  }
}

function report(): void {
  const result = classifyPage({ doc: document, url: location.href, status: location.pathname === loadedPath ? status : null })
  const key = JSON.stringify(result)
  if (key === lastReport) return
  lastReport = key
  void send({ type: 'cs-bg-page-state', report: result })
}

async function applyFilter(): Promise<{ found: boolean; word: string }> {
  const word = themeSearchWord(pageLang(document))
  for (const started = Date.now(); Date.now() - started < FIELD_WAIT; await new Promise((r) => setTimeout(r, 250))) {
    const field = findThemeSearchField(document)
    if (!field) continue
    field.focus()
    field.value = word
    // The page's own listeners (a React or Vue search box) react to these as to typing.
    for (const type of ['input', 'change']) field.dispatchEvent(new Event(type, { bubbles: true }))
    for (const type of ['keydown', 'keyup']) field.dispatchEvent(new KeyboardEvent(type, { key: 'Enter', code: 'Enter', bubbles: true }))
    return { found: true, word }
  }
  return { found: false, word }
}

function answer(raw: unknown, sender: chrome.runtime.MessageSender, sendResponse: (response?: unknown) => void): true | undefined {
  try {
    if (classifySender(sender, chrome.runtime.id, chrome.runtime.getURL('').replace(/\/$/, '')).kind !== 'extension-page') return undefined
    const parsed = BackgroundMessage.safeParse(raw)
    if (!parsed.success) return undefined
    const message = parsed.data
    if (message.type === 'bg-cs-ping') {
      sendResponse({ ok: true })
    } else if (message.type === 'bg-cs-extract-mandates') {
      const extraction = extractMandates(document, location.href)
      sendResponse(extraction ? { ok: true, extraction } : { ok: false, reason: 'not-a-mandate-list' })
    } else {
      applyFilter().then(sendResponse, () => sendResponse({ found: false, word: '' }))
      return true
    }
  } catch {
    // Never into the page's console.
  }
  return undefined
}

// The background injects the script once a Kela page has loaded (background/injection.ts: a
// declared content script made every new Kela tab load later), or after a wait when the load
// event does not come, into the Kela pages open when the extension is installed or allowed
// again, and when the popup finds no script in its tab. Even then it does no work while the page loads: a trace showed its DOMContentLoaded
// handler (the first calls into the browser's APIs from our isolated world, the observer, the
// status request) held the page's DOMContentLoaded and load events by several milliseconds. So it
// starts after the load event, in a task of its own, or LOAD_WAIT ms after the DOM is complete
// when the page's images or frames keep the load event waiting.
const LOAD_WAIT = 1000
function start(): void {
  const statusReply = send({ type: 'cs-bg-get-document-status' }).then((reply) => {
    const value = (reply as { status?: unknown } | undefined)?.status
    status = typeof value === 'number' ? value : null
  })
  void statusReply.finally(() => {
    try {
      watcher = watchPage(report)
    } catch {
      // Never into the page's console.
    }
  })
}
let started = false
function startOnce(): void {
  if (started) return
  started = true
  setTimeout(start, 0)
}

function run(): void {
  chrome.runtime.onMessage.addListener(answer)
  if (document.readyState === 'complete') startOnce()
  else {
    addEventListener('load', startOnce, { once: true })
    document.addEventListener('DOMContentLoaded', () => setTimeout(startOnce, LOAD_WAIT), { once: true })
    // A page already past DOMContentLoaded: wait for load, or LOAD_WAIT.
    if (document.readyState === 'interactive') setTimeout(startOnce, LOAD_WAIT)
  }
}

// Injected after every load and whenever the background finds no answer in the tab: one copy per
// document. Our isolated world keeps the mark; the page cannot see it.
const RUNNING = Symbol.for('valtuusapu.content-script')
const world = globalThis as unknown as Record<symbol, boolean | undefined>
if (!world[RUNNING]) {
  world[RUNNING] = true
  run()
}
