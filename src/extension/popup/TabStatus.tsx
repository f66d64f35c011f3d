// What the popup knows about the tab, as one notice: not a Kela or Suomi.fi page, nothing
// failed, a failure (kind and e-service), or the page cannot be read (reload it; grant access).
import type { ComponentChildren } from 'preact'
import type { ServiceId } from '../../core/contract/ids.ts'
import type { TabStateReply } from '../protocol.ts'
import { Button, Notice } from '../ui/components.tsx'
import { SERVICE_NAMES, nameIn } from '../ui/facts.ts'
import { useI18n } from '../ui/i18n/index.ts'

export type TabView = { status: 'loading' } | { status: 'error' } | { status: 'ok'; reply: TabStateReply }
export type GrantState = 'idle' | 'granted' | 'refused'

/** The state name the tests and the demo address (data-state). */
export function tabStateName(view: TabView): string {
  if (view.status !== 'ok') return view.status
  if (view.reply.access !== 'ready') return view.reply.access
  return view.reply.state ? 'failure' : 'fine'
}

export function TabStatus({ view, reloading, grant, onReload, onRetry, onGrant }: {
  view: TabView
  reloading: boolean
  grant: GrantState
  onReload: () => void
  onRetry: () => void
  onGrant: () => void
}) {
  const { lang, t } = useI18n()
  const name = tabStateName(view)
  const kind = view.status === 'ok' ? view.reply.state?.kind ?? 'none' : 'none'
  const wrap = (children: ComponentChildren) => (
    <div data-testid="state" data-state={name} data-kind={kind}>{children}</div>
  )
  if (view.status === 'loading') return wrap(<p class="loading">{t('loading')}</p>)
  if (view.status === 'error') {
    return wrap(
      <Notice tone="warning" title={t('errorTitle')}>
        <p>{t('errorBody')}</p>
        <Button variant="secondary" onClick={onRetry}>{t('retry')}</Button>
      </Notice>,
    )
  }
  const { reply } = view
  switch (reply.access) {
    case 'not-kela-page':
      return wrap(<Notice tone="neutral" title={t('notKelaTitle')}><p>{t('notKelaBody')}</p></Notice>)
    case 'needs-reload':
      return wrap(
        <Notice tone="warning" title={t('needsReloadTitle')}>
          <p>{t('needsReloadBody')}</p>
          <Button onClick={onReload} disabled={reloading}>{reloading ? t('reloading') : t('reload')}</Button>
        </Notice>,
      )
    case 'no-host-permission':
      return wrap(
        <Notice tone="warning" title={t('noPermissionTitle')}>
          <p>{t('noPermissionBody')}</p>
          {grant !== 'granted' && <Button onClick={onGrant} data-testid="grant">{t('grant')}</Button>}
          <p aria-live="polite">{grant === 'granted' ? t('granted') : grant === 'refused' ? t('grantRefused') : ''}</p>
        </Notice>,
      )
    case 'ready':
      break
  }
  const state = reply.state
  if (!state) return wrap(<Notice tone="success" title={t('fineTitle')}><p>{t('fineBody')}</p></Notice>)
  const service: ServiceId | null = state.service
  return wrap(
    <Notice tone="alert" lead={t('failureLead')} title={t(`kind.${state.kind === 'none' ? 'no-access' : state.kind}`)}>
      <p>{service ? t('failureService', { service: nameIn(SERVICE_NAMES[service], lang) }) : t('failureServiceUnknown')}</p>
    </Notice>,
  )
}
