import { useEffect, useState } from 'preact/hooks'
import browser from 'webextension-polyfill'
import { TabStateReply, type TabState } from '../protocol.ts'
import type { PopupTarget } from './target.ts'

type View = { status: 'loading' } | { status: 'ready'; state: TabState | null } | { status: 'error' }

async function resolveTabId(target: PopupTarget): Promise<number | undefined> {
  if ('tabId' in target) return target.tabId
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true })
  return tab?.id
}

async function loadState(target: PopupTarget): Promise<TabState | null> {
  const tabId = await resolveTabId(target)
  if (tabId === undefined) return null
  const reply = TabStateReply.parse(await browser.runtime.sendMessage({ type: 'ui-bg-get-tab-state', tabId }))
  return reply.state
}

export function App({ target }: { target: PopupTarget }) {
  const [view, setView] = useState<View>({ status: 'loading' })
  useEffect(() => {
    loadState(target).then(
      (state) => setView({ status: 'ready', state }),
      () => setView({ status: 'error' }),
    )
  }, [target])

  return (
    <main>
      <h1>Valtuusapu</h1>
      {view.status === 'loading' && <p>…</p>}
      {view.status === 'error' && <p data-testid="state">error</p>}
      {view.status === 'ready' && (
        <p data-testid="state" data-kind={view.state?.kind ?? 'none'}>
          {view.state ? `${view.state.kind} · ${view.state.url}` : 'none'}
        </p>
      )}
    </main>
  )
}
