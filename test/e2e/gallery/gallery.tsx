// The popup's App with hand-made engine results (results.ts), built by the findings e2e test
// into one script and served on a plain page, so its findings can be checked with axe in
// Chromium. #<scenario>.<lang>, e.g. #blocking.sv or #can-access.en.
import { render } from 'preact'
import '../../../src/extension/ui/tokens.css'
import '../../../src/extension/ui/base.css'
import '../../../src/extension/popup/popup.css'
import type { Lang } from '../../../src/core/contract/ids.ts'
import { App } from '../../../src/extension/popup/App.tsx'
import { backgroundApi } from '../../../src/extension/popup/background-api.ts'
import { memoryStore } from '../../../src/extension/ui/env.ts'
import { blockingResult, canAccessResult } from './results.ts'

const [scenario, lang] = location.hash.slice(1).split('.') as ['blocking' | 'can-access', Lang]
const result = (scenario === 'blocking' ? blockingResult : canAccessResult)(lang)
const tab = { access: 'ready', state: { kind: 'organisation-not-listed', service: 'employer', lang: 'fi', evidence: [], url: 'https://asiointi.kela.fi/tyonantaja/', at: 0 } }

render(
  <App
    target={{ tabId: 1 }}
    env={{ store: memoryStore(), openUrl: () => undefined, copyText: async () => false, now: () => new Date('2026-03-04T10:00:00+02:00') }}
    bg={backgroundApi(async (message) => ((message as { type: string }).type === 'ui-bg-get-tab-state' ? tab : undefined))}
    actions={{ activeTabId: async () => 1, reload: async () => undefined, requestHostAccess: async () => false }}
    uiLanguage={lang}
    engine={() => result}
  />,
  document.getElementById('app')!,
)
