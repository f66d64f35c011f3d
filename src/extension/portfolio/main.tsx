import { render } from 'preact'
import browser from 'webextension-polyfill'
import '../ui/tokens.css'
import '../ui/base.css'
import './portfolio.css'
import { backgroundApi } from '../popup/background-api.ts'
import { browserEnv } from '../ui/browser-env.ts'
import { openStore, PortfolioApp } from './App.tsx'
import { preferredLang } from '../ui/preferences.ts'
import type { PortfolioEnv } from './env.ts'
import { blobDownload } from './files.ts'
import { PREFETCH_KEYS } from './prefetch-keys.ts'
import { browserLocalArea } from './storage/browser-area.ts'
import { prefetchedArea } from './storage/prefetched-area.ts'

// Marks when the page's code starts running, so the bench can tell loading from work.
performance.mark('valtuusapu:portfolio-start')
const bg = backgroundApi((message) => browser.runtime.sendMessage(message))
// prefetch.ts (loaded first) has already asked storage for the list.
const area = prefetchedArea(browserLocalArea, globalThis.__valtuusapuPrefetch, PREFETCH_KEYS)
const env: PortfolioEnv = {
  ...browserEnv,
  area,
  download: blobDownload,
  savedMandates: () => bg.getSavedMandates(),
}
// Reading a long list takes a while: start before the first render, and the chosen language with
// it (read after the first paint, it held the list back by a frame).
const store = openStore(env)
const uiLanguage = browser.i18n.getUILanguage()
const preferred = preferredLang(env.store, uiLanguage)
const root = document.getElementById('app')
if (root) render(<PortfolioApp env={env} uiLanguage={uiLanguage} store={store} preferred={preferred} />, root)
