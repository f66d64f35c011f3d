// The popup's App with the real engine on a case with more facts than a page gives (cases.ts),
// built by the findings e2e test into one script and served on a plain page, so its findings can
// be checked with axe in Chromium. #<scenario>.<lang>, e.g. #blocking.sv or #can-access.en.
import { render } from 'preact'
import '../../../src/extension/ui/tokens.css'
import '../../../src/extension/ui/base.css'
import '../../../src/extension/popup/popup.css'
import type { Lang } from '../../../src/core/contract/ids.ts'
import { diagnoseIn } from '../../../src/core/diagnosis/engine.ts'
import { App } from '../../../src/extension/popup/App.tsx'
import { backgroundApi } from '../../../src/extension/popup/background-api.ts'
import { memoryStore } from '../../../src/extension/ui/env.ts'
import { GALLERY_TAB, GALLERY_TIME, galleryCase, type GalleryScenario } from './cases.ts'

const [scenario, lang] = location.hash.slice(1).split('.') as [GalleryScenario, Lang]

render(
  <App
    target={{ tabId: 1 }}
    env={{ store: memoryStore(), openUrl: () => undefined, copyText: async () => false, now: () => new Date(GALLERY_TIME) }}
    bg={backgroundApi(async (message) => (message.type === 'ui-bg-get-tab-state' ? GALLERY_TAB : undefined))}
    actions={{ activeTabId: async () => 1, reload: async () => undefined, requestHostAccess: async () => false }}
    uiLanguage={lang}
    engine={(input, pack) => diagnoseIn(galleryCase(scenario, input), pack)}
  />,
  document.getElementById('app')!,
)
