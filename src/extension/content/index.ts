// Content script: classifies the page and reports the result to the background.
// It uses chrome.* rather than webextension-polyfill: MV3 chrome.* returns promises in Chrome and
// Firefox, and the polyfill would add 3 KB gzip to the script every Kela page loads.
// It never throws into the page's console: a Kela page must not show our errors as its own.
import { classifyDocument } from '../../core/page/classify.ts'
import { ContentMessage } from '../protocol.ts'

function report(): void {
  const message = ContentMessage.parse({ type: 'cs-bg-page-state', report: classifyDocument(document) })
  chrome.runtime.sendMessage(message).catch(() => {
    // The background may be restarting or the extension reloading; the next report retries.
  })
}

try {
  report()
} catch {
  // A classifier bug must not break the page.
}
