// The popup's first script (src/extension/popup/index.html), a classic one that runs while the
// popup's modules are still loading. The popup's code starts about 90 ms after it opens, and then
// waited another 20-30 ms for the background's answer about the tab and for its language chunk;
// this script starts both at once, and the two storage reads the popup starts with (its language
// and the last organisation), so they are there, or nearly, when the code wants them.
// Plain JavaScript in public/ because Vite would merge a module into the popup's bundle and run it
// after the shared code. What it must agree with, a unit test checks (test/unit/extension/popup/
// prefetch.test.ts): `?tabId=` as src/extension/popup/target.ts reads it, the message of
// background-api.ts getTabState, PREFETCH_KEYS of prefetch.ts, the language as preferredLang
// picks it, the chunk names of vite.config.ts. The popup validates the answer as it validates any reply (prefetch.ts).
'use strict'
{
  const api = globalThis.browser ?? globalThis.chrome
  const LANGS = ['fi', 'sv', 'en']
  try {
    const raw = new URLSearchParams(location.search).get('tabId')
    const tabId = raw !== null && /^\d{1,10}$/.test(raw)
      ? Promise.resolve(Number(raw))
      : api.tabs.query({ active: true, currentWindow: true }).then((tabs) => tabs[0]?.id)
    const tabState = tabId.then((id) => (id === undefined ? undefined : api.runtime.sendMessage({ type: 'ui-bg-get-tab-state', tabId: id })))
    // Handled where the popup uses them; never an unhandled rejection.
    tabId.catch(() => undefined)
    tabState.catch(() => undefined)
    const stored = api.storage.local.get(['ui:lang', 'answers:last-organisation'])
    stored.catch(() => undefined)
    globalThis.__valtuusapuPopupPrefetch = { tabId, tabState, stored }
    // The language shown: the one the user chose in the popup, else the browser's (preferredLang).
    stored.then((values) => {
      const chosen = values?.['ui:lang']
      const primary = String(api.i18n.getUILanguage() ?? '').toLowerCase().split(/[-_]/)[0]
      const lang = LANGS.includes(chosen) ? chosen : LANGS.includes(primary) ? primary : 'en'
      const link = document.createElement('link')
      link.rel = 'modulepreload'
      link.href = `/assets/popup-lang-${lang}.js`
      document.head.append(link)
    }, () => undefined)
  } catch {
    // Without it the popup asks for the same things itself, a little later.
  }
}
