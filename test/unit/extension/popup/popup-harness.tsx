// Renders the popup in happy-dom with everything the browser would give it faked: background
// replies by message type (in the protocol's shapes), an in-memory storage.local, a fixed clock,
// recorded tab actions. The diagnosis engine and the language chunks are the real ones.
import { render } from '@testing-library/preact'
import { vi } from 'vitest'
import { App, type Engine } from '../../../../src/extension/popup/App.tsx'
import { backgroundApi } from '../../../../src/extension/popup/background-api.ts'
import type { TabActions } from '../../../../src/extension/popup/tab-actions.ts'
import { memoryStore, type UiEnv } from '../../../../src/extension/ui/env.ts'
import type { TabStateReply } from '../../../../src/extension/protocol.ts'

export const FAILURE: TabStateReply = {
  access: 'ready',
  state: { kind: 'organisation-not-listed', service: 'employer', lang: 'fi', evidence: ['alert:x'], url: 'https://asiointi.kela.fi/tyonantaja/', at: 1 },
  filter: null,
}

/** A tab the background cannot describe further: not Kela, opened before the install, no access. */
export const accessReply = (access: TabStateReply['access']): TabStateReply => ({ state: null, access, filter: null })

export interface Harness {
  sent: { type: string }[]
  env: UiEnv & { store: ReturnType<typeof memoryStore>; openUrl: ReturnType<typeof vi.fn>; copyText: ReturnType<typeof vi.fn> }
  actions: { [K in keyof TabActions]: ReturnType<typeof vi.fn> }
  /** Replace a background reply while the popup is open. */
  replies: Record<string, unknown>
  view: ReturnType<typeof render>
}

export function renderPopup(options: {
  replies?: Record<string, unknown>
  store?: Record<string, unknown>
  uiLanguage?: string
  now?: string
  engine?: Engine
  grant?: boolean
} = {}): Harness {
  const replies: Record<string, unknown> = { 'ui-bg-get-tab-state': FAILURE, ...options.replies }
  const sent: { type: string }[] = []
  const bg = backgroundApi(async (message) => {
    sent.push(message as { type: string })
    return replies[(message as { type: string }).type]
  }, 100)
  const env = {
    store: memoryStore(options.store),
    openUrl: vi.fn(),
    copyText: vi.fn(async () => true),
    now: () => new Date(options.now ?? '2026-03-04T10:00:00+02:00'),
  }
  const actions = {
    activeTabId: vi.fn(async () => 42),
    reload: vi.fn(async () => undefined),
    requestHostAccess: vi.fn(async () => options.grant ?? true),
  }
  const view = render(
    <App target={{ tabId: 42 }} env={env} bg={bg} actions={actions} uiLanguage={options.uiLanguage ?? 'fi-FI'} {...(options.engine ? { engine: options.engine } : {})} />,
  )
  return { sent, env, actions, replies, view }
}
