import { render } from 'preact'
import browser from 'webextension-polyfill'
import '../ui/tokens.css'
import '../ui/base.css'
import './popup.css'
import { browserEnv } from '../ui/browser-env.ts'
import { App } from './App.tsx'
import { backgroundApi } from './background-api.ts'
import { browserTabActions } from './tab-actions.ts'
import { popupTarget } from './target.ts'

// Marks when the popup's code starts running, so the bench can tell loading from work.
performance.mark('valtuusapu:popup-start')
const root = document.getElementById('app')
if (root) {
  render(
    <App
      target={popupTarget(location.search)}
      env={browserEnv}
      bg={backgroundApi((message) => browser.runtime.sendMessage(message))}
      actions={browserTabActions}
      uiLanguage={browser.i18n.getUILanguage()}
    />,
    root,
  )
}
