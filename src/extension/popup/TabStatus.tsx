// What the popup knows about the tab, as one notice: not a Kela or Suomi.fi page, nothing
// failed, a failure (kind and e-service), or the page cannot be read (reload it; grant access).
// On a theme list the extension opened, also whether the Kela filter was typed in.
import type { ComponentChildren } from 'preact'
import { useEffect } from 'preact/hooks'
import { serviceName } from '../../core/knowledge/index.ts'
import type { FilterStatus, TabStateReply, UserSituation } from '../protocol.ts'
import { Button, Notice } from '../ui/components.tsx'
import { useI18n } from '../ui/i18n/index.ts'
import { MissReport, PageIsFine } from './MissReport.tsx'

export type TabView = { status: 'loading' } | { status: 'error' } | { status: 'ok'; reply: TabStateReply }
export type GrantState = 'idle' | 'granted' | 'refused'

/** The performance mark the popup sets once the tab's state is on screen (the baseline of bench/popup.bench.ts). */
export const TAB_STATE_SHOWN_MARK = 'valtuusapu:tab-state-shown'

/** The state name the tests and the demo address (data-state). */
export function tabStateName(view: TabView): string {
  if (view.status !== 'ok') return view.status
  if (view.reply.access !== 'ready') return view.reply.access
  return view.reply.state ? 'failure' : 'fine'
}

export function TabStatus({ view, reloading, grant, onReload, onRetry, onGrant, onReport, onPageFine, saidFine = false }: {
  view: TabView
  reloading: boolean
  grant: GrantState
  onReload: () => void
  onRetry: () => void
  onGrant: () => void
  /** The user says what they see where nothing failed (MissReport.tsx). */
  onReport?: (situation: UserSituation) => Promise<boolean>
  /** The user says the failure shown is not there. */
  onPageFine?: () => Promise<boolean>
  /** The user has just said this page is fine. */
  saidFine?: boolean
}) {
  const { lang, t } = useI18n()
  const name = tabStateName(view)
  const kind = view.status === 'ok' ? view.reply.state?.kind ?? 'none' : 'none'
  useEffect(() => {
    if (name !== 'loading' && performance.getEntriesByName(TAB_STATE_SHOWN_MARK).length === 0) performance.mark(TAB_STATE_SHOWN_MARK)
  }, [name])
  const reportedBy = view.status === 'ok' ? view.reply.state?.reportedBy : undefined
  const wrap = (children: ComponentChildren) => (
    <div data-testid="state" data-state={name} data-kind={kind} data-reported-by={reportedBy} tabIndex={-1} class="tab-state">
      {children}
      {view.status === 'ok' && view.reply.filter && <FilterNotice filter={view.reply.filter} />}
    </div>
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
  if (!state) {
    return wrap(
      <>
        {saidFine
          ? <Notice tone="success" title={t('saidFineTitle')}><p role="status">{t('saidFineBody')}</p></Notice>
          : <Notice tone="success" title={t('fineTitle')}><p>{t('fineBody')}</p></Notice>}
        {onReport && <MissReport onReport={onReport} />}
      </>,
    )
  }
  const byUser = state.reportedBy === 'user'
  const title = state.situation === 'something-else' ? t('somethingElseTitle')
    : byUser && state.situation ? t(`situation.${state.situation}`)
    : t(`kind.${state.kind === 'none' ? 'no-access' : state.kind}`)
  return wrap(
    <>
      <Notice tone="alert" lead={byUser ? t('userSaidLead') : t('failureLead')} title={title}>
        <p>{state.service ? t('failureService', { service: serviceName(state.service, lang).name }) : t('failureServiceUnknown')}</p>
      </Notice>
      {onPageFine && <PageIsFine userReported={byUser} onFine={onPageFine} />}
    </>,
  )
}

/**
 * The Kela filter of a theme list the extension opened in this tab: being typed, typed, or no
 * search field found, in which case the user types the word themselves.
 */
export function FilterNotice({ filter, testId = 'filter-status' }: { filter: FilterStatus; testId?: string }) {
  const { t } = useI18n()
  const word = filter.word
  return (
    <p class={`filter-status filter-${filter.status}`} role="status" data-testid={testId} data-filter={filter.status}>
      {filter.status === 'pending' ? t('filterPending', { word }) : filter.status === 'applied' ? t('filterApplied', { word }) : t('filterNoField', { word })}
    </p>
  )
}
