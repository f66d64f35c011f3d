import { render } from 'preact'
import browser from 'webextension-polyfill'
import '../ui/tokens.css'
import '../ui/base.css'
import './popup.css'
import { browserEnv } from '../ui/browser-env.ts'
import { App, startBoot } from './App.tsx'
import { backgroundApi } from './background-api.ts'
import { browserTabActions } from './tab-actions.ts'
import { popupTarget } from './target.ts'
import { prefetchedActions, prefetchedSend, prefetchedStore } from './prefetch.ts'

// Marks when the popup's code starts running, so the bench can tell loading from work.
performance.mark('valtuusapu:popup-start')
// What the popup needs starts loading now, not after the first paint (a frame later); the tab's
// state and the first storage reads were asked for already by public/popup-prefetch.js, if it ran.
const early = globalThis.__valtuusapuPopupPrefetch
const props = {
  target: popupTarget(location.search),
  env: { ...browserEnv, store: prefetchedStore(browserEnv.store, early) },
  bg: backgroundApi(prefetchedSend((message) => browser.runtime.sendMessage(message), early)),
  actions: prefetchedActions(browserTabActions, early),
  uiLanguage: browser.i18n.getUILanguage(),
}
const booting = startBoot(props)
// Handled where the popup uses it; a failure before it mounts is not an unhandled rejection.
booting.catch(() => undefined)
const root = document.getElementById('app')
if (root) render(<App {...props} booting={booting} />, root)
