// The client portfolio page (issue 6): every client's Kela mandates at a glance for an accounting
// firm. The stored list comes through PortfolioStore (storage.local, recovered, migrated, shared
// with other tabs); browser effects come in through `env`, so the page runs in happy-dom tests.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks'
import type { Lang } from '../../core/contract/ids.ts'
import type { Case } from '../../core/contract/case.ts'
import type { Result } from '../../core/contract/result.ts'
import type { Portfolio } from '../../core/portfolio/model.ts'
import { Notice } from '../ui/components.tsx'
import { UiEnvContext } from '../ui/env.ts'
import { I18nContext, detectLang } from '../ui/i18n/index.ts'
import { translator } from '../ui/i18n/all.ts'
import { LangSwitcher } from '../ui/lang-switcher.tsx'
import { preferredLang, rememberLang } from '../ui/preferences.ts'
import type { PortfolioEnv } from './env.ts'
import { FirmSettings } from './firm/FirmSettings.tsx'
import { portfolioTranslator, usePortfolioText } from './i18n/index.ts'
import { MatrixSection } from './matrix/MatrixSection.tsx'
import { PageContext, type PageApi } from './page-context.ts'
import { Reminders } from './Reminders.tsx'
import { PortfolioStore, type EditOutcome, type SaveFailure, type SaveResult, type StoreState } from './storage/portfolio-store.ts'
import { StorageNotices } from './StorageNotices.tsx'

export interface PortfolioAppProps {
  env: PortfolioEnv
  /** The browser's UI language (browser.i18n.getUILanguage()). */
  uiLanguage: string
  /** The diagnosis (tests hand in their own, which the matrix then uses too). */
  engine?: (input: Case) => Result
  /**
   * A store already opening (main.tsx starts reading storage before the first render, which
   * saves a frame on a long list); by default the page opens its own.
   */
  store?: { store: PortfolioStore; opened: Promise<StoreState> }
  /** The chosen language already being read (main.tsx, with the store); by default read on mount. */
  preferred?: Promise<Lang>
}

type LaterParts = typeof import('./later-parts.ts')

type Boot = { lang: Lang; store: PortfolioStore; state: StoreState } | { lang: Lang; error: string }

/** A store over the page's storage, already reading it. */
export function openStore(env: Pick<PortfolioEnv, 'area' | 'now'>): { store: PortfolioStore; opened: Promise<StoreState> } {
  const store = new PortfolioStore(env.area, () => env.now())
  return { store, opened: store.open() }
}

export function PortfolioApp({ env, uiLanguage, engine, store: given, preferred }: PortfolioAppProps) {
  const [boot, setBoot] = useState<Boot | null>(null)
  const [attempt, setAttempt] = useState(0)
  useEffect(() => {
    const opening = attempt === 0 && given ? given : openStore(env)
    const { store } = opening
    const lang = attempt === 0 && preferred ? preferred : preferredLang(env.store, uiLanguage)
    Promise.all([lang, opening.opened]).then(
      ([lang, state]) => setBoot({ lang, store, state }),
      (error: unknown) => setBoot({ lang: detectLang(uiLanguage), error: error instanceof Error ? error.message : String(error) }),
    )
    return () => store.close()
  }, [attempt])
  if (!boot) {
    return (
      <main class="portfolio" data-testid="portfolio" data-state="loading">
        <p class="loading" role="status">{portfolioTranslator(detectLang(uiLanguage))('loadingList')}</p>
      </main>
    )
  }
  if ('error' in boot) {
    const pt = portfolioTranslator(boot.lang)
    return (
      <main class="portfolio" data-testid="portfolio" data-state="error">
        <Notice tone="alert" title={pt('loadFailedTitle')} testId="load-failed">
          <p>{pt('loadFailedBody')}</p>
          <p class="technical">{boot.error}</p>
          <button type="button" class="btn btn-primary" onClick={() => { setBoot(null); setAttempt((n) => n + 1) }}>{pt('retry')}</button>
        </Notice>
      </main>
    )
  }
  return <Page env={env} engine={engine} store={boot.store} initial={boot.state} initialLang={boot.lang} />
}

type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'failed'; reason: SaveFailure; message: string }

function Page({ env, engine, store, initial, initialLang }: { env: PortfolioEnv; engine: ((input: Case) => Result) | undefined; store: PortfolioStore; initial: StoreState; initialLang: Lang }) {
  const [lang, setLang] = useState(initialLang)
  const [state, setState] = useState(initial)
  const [external, setExternal] = useState(0)
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'idle' })
  const [selected, setSelected] = useState<string | null>(null)
  const [announcement, setAnnouncement] = useState('')
  const focusRow = useRef<((businessId: string) => void) | null>(null)
  // The client details and the tools below the matrix are loaded after the first paint: on a long
  // list the matrix comes first, and their code (the CSV parser among it) is not needed for it.
  const [later, setLater] = useState<LaterParts | null>(null)
  useEffect(() => void import('./later-parts.ts').then((parts) => setLater(parts)), [])
  const i18n = useMemo(() => ({ lang, t: translator(lang) }), [lang])
  const now = useMemo(() => env.now(), [state])

  useEffect(() => {
    const unsubscribe = store.subscribe((next, reason) => {
      setState(next)
      if (reason === 'external') setExternal((n) => n + 1)
    })
    // Another tab may have saved between the first render and this effect.
    if (store.state !== initial) {
      setState(store.state)
      setExternal((n) => n + 1)
    }
    return unsubscribe
  }, [store])
  useEffect(() => {
    document.documentElement.lang = lang
    document.title = `${portfolioTranslator(lang)('title')} – Valtuusapu`
  }, [lang])
  // A client deleted (here or in another tab) closes its details.
  useEffect(() => {
    if (selected !== null && !state.portfolio.clients.some((client) => client.businessId === selected)) setSelected(null)
  }, [state, selected])

  const api = useMemo<PageApi>(() => ({
    state,
    now,
    env,
    engine,
    selected,
    select: (businessId) => {
      const previous = selected
      setSelected(businessId)
      if (businessId === null && previous !== null) focusRow.current?.(previous)
    },
    announce: setAnnouncement,
    async save<T>(edit: (current: Portfolio) => EditOutcome<T>): Promise<SaveResult<T>> {
      setSaveState({ kind: 'saving' })
      const result = await store.update(edit)
      if (result.ok) setSaveState({ kind: 'saved' })
      else if (result.saveFailed) setSaveState({ kind: 'failed', ...result.saveFailed })
      else setSaveState({ kind: 'idle' })
      return result
    },
  }), [state, now, env, engine, selected, store])

  function switchLang(next: Lang) {
    setLang(next)
    void rememberLang(env.store, next)
  }

  return (
    <I18nContext.Provider value={i18n}>
      <UiEnvContext.Provider value={env}>
        <PageContext.Provider value={api}>
          <PageHeader onLang={switchLang} />
          <main class="portfolio" data-testid="portfolio" data-state="ready" data-lang={lang}>
            <PageIntro />
            <SaveStatus state={saveState} external={external} announcement={announcement} />
            <StorageNotices store={store} />
            <Reminders />
            <FirmSettings />
            <MatrixSection focusRow={focusRow} />
            {selected !== null && later && <later.ClientDetails key={selected} businessId={selected} />}
            {later && (
              <div class="tools">
                <later.CsvImport />
                <later.AddClient />
                <later.BackupSection />
              </div>
            )}
          </main>
        </PageContext.Provider>
      </UiEnvContext.Provider>
    </I18nContext.Provider>
  )
}

function PageHeader({ onLang }: { onLang: (lang: Lang) => void }) {
  const { pt } = usePortfolioText()
  return (
    <header class="page-header">
      <div class="page-header-inner">
        <p class="brand"><span class="brand-name">Valtuusapu</span> <span class="brand-page">{pt('title')}</span></p>
        <LangSwitcher onChange={onLang} />
      </div>
    </header>
  )
}

function PageIntro() {
  const { pt } = usePortfolioText()
  return (
    <div class="intro">
      <h1>{pt('title')}</h1>
      <p class="lead">{pt('lead')}</p>
      <p class="privacy">{pt('privacy')}</p>
    </div>
  )
}

function SaveStatus({ state, external, announcement }: { state: SaveState; external: number; announcement: string }) {
  const { pt } = usePortfolioText()
  const [shownExternal, setShownExternal] = useState(0)
  useEffect(() => setShownExternal(external), [external])
  const failed = state.kind === 'failed'
  const text = state.kind === 'saving' ? pt('saving') : state.kind === 'saved' ? pt('saved') : ''
  return (
    <>
      <p class="save-status" role="status" data-testid="save-status" data-state={state.kind}>
        {text}
        {shownExternal > 0 && <span data-testid="external-change"> {pt('changedElsewhere')}</span>}
        {announcement && <span data-testid="announcement"> {announcement}</span>}
      </p>
      {failed && (
        <div role="alert">
          <Notice tone="alert" title={pt('saveFailedTitle')} testId="save-failed">
            <p>{pt(`saveFailed.${state.reason}`)}</p>
            {state.reason !== 'read-only' && <p class="technical">{state.message}</p>}
          </Notice>
        </div>
      )}
    </>
  )
}
