// The popup: the tab's state, the diagnosis of the case built from it and from the user's
// answers, the guided questions, sharing, links and Kela support. Browser effects come in
// through props (env, bg, actions), so the same component runs in happy-dom tests.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks'
import type { Case } from '../../core/contract/case.ts'
import type { Lang } from '../../core/contract/ids.ts'
import type { QuestionId, Result } from '../../core/contract/result.ts'
import { diagnoseIn, type LanguagePack } from '../../core/diagnosis/engine.ts'
import type { FilterStatus, UserSituation } from '../protocol.ts'
import { Button } from '../ui/components.tsx'
import { UiEnvContext, type UiEnv } from '../ui/env.ts'
import { I18nContext } from '../ui/i18n/index.ts'
import { LangSwitcher } from '../ui/lang-switcher.tsx'
import { preferredLang, rememberLang } from '../ui/preferences.ts'
import { SupportCard } from '../ui/support-card.tsx'
import { PortfolioLink } from '../portfolio/PortfolioLink.tsx'
import { UsefulLinks } from '../ui/useful-links.tsx'
import type { BackgroundApi } from './background-api.ts'
import { baseCase } from './base-case.ts'
import { CopyButtons } from './CopyButtons.tsx'
import { ReportButton } from './report/ReportButton.tsx'
import { DiagnosisView } from './diagnosis/DiagnosisView.tsx'
import { watchFilter } from './filter-watch.ts'
import { applyAnswers, openQuestions, type AnswerValues, type Answers } from './guided/answers.ts'
import { GuidedFlow } from './guided/GuidedFlow.tsx'
import { OrganisationField } from './guided/OrganisationField.tsx'
import { loadLanguage, type PopupLanguage } from './language.ts'
import { forgetOrganisation, lastOrganisation, mergeRemembered, rememberAnswers, rememberedAnswers } from './remembered-answers.ts'
import type { TabActions } from './tab-actions.ts'
import type { PopupTarget } from './target.ts'
import { FilterNotice, TabStatus, tabStateName, type GrantState, type TabView } from './TabStatus.tsx'

export type Engine = (input: Case, pack: LanguagePack) => Result

export interface AppProps {
  target: PopupTarget
  env: UiEnv
  bg: BackgroundApi
  actions: TabActions
  /** The browser's UI language (browser.i18n.getUILanguage()). */
  uiLanguage: string
  /** The diagnosis engine; the findings gallery wraps the real one to add facts to the case. */
  engine?: Engine
  /** startBoot(...) already under way (main.tsx); by default the popup starts it when it mounts. */
  booting?: Promise<Boot>
}

export interface Boot {
  language: PopupLanguage
  tabId: number | undefined
  view: TabView
  organisationId: string | undefined
  remembered: Answers
}

async function loadTab(bg: BackgroundApi, tabId: number | undefined): Promise<TabView> {
  if (tabId === undefined) return { status: 'error' }
  const reply = await bg.getTabState(tabId)
  return reply.ok ? { status: 'ok', reply: reply.value } : { status: 'error' }
}

/**
 * Starts everything the popup needs before it can show anything: the language, the tab's state,
 * the remembered answers. main.tsx calls it before the first render, so none of it waits for a
 * paint (and public/popup-prefetch.js has started the first of it even earlier). Only the language
 * shown loads: the chosen one, else the browser's.
 */
export function startBoot({ target, env, bg, actions, uiLanguage }: Pick<AppProps, 'target' | 'env' | 'bg' | 'actions' | 'uiLanguage'>): Promise<Boot> {
  const tabId = 'tabId' in target ? Promise.resolve(target.tabId) : actions.activeTabId().catch(() => undefined)
  const organisation = lastOrganisation(env.store)
  return Promise.all([
    preferredLang(env.store, uiLanguage).then(loadLanguage),
    tabId,
    tabId.then((id) => loadTab(bg, id)),
    organisation,
    organisation.then((id) => (id ? rememberedAnswers(env.store, id) : {})),
  ]).then(([language, id, view, organisationId, remembered]) => ({ language, tabId: id, view, organisationId, remembered }))
}

export function App({ booting, engine = diagnoseIn, ...props }: AppProps) {
  const { env, bg, actions } = props
  const [boot, setBoot] = useState<Boot | null>(null)
  const [broken, setBroken] = useState(false)
  useEffect(() => {
    ;(booting ?? startBoot(props)).then(setBoot, () => setBroken(true))
  }, [])
  if (broken) {
    // The strings themselves did not load: the one message that must not need them.
    return <main class="popup"><p role="alert">Valtuusapu: lataus epäonnistui · laddningen misslyckades · could not load.</p></main>
  }
  if (!boot) return <main class="popup" />
  return (
    <UiEnvContext.Provider value={env}>
      <Popup boot={boot} bg={bg} actions={actions} env={env} engine={engine} />
    </UiEnvContext.Provider>
  )
}

function Popup({ boot, bg, actions, env, engine }: { boot: Boot; bg: BackgroundApi; actions: TabActions; env: UiEnv; engine: Engine }) {
  const [language, setLanguage] = useState(boot.language)
  const lang = language.lang
  const [view, setView] = useState(boot.view)
  const [reloading, setReloading] = useState(false)
  const [grant, setGrant] = useState<GrantState>('idle')
  const [organisationId, setOrganisationId] = useState(boot.organisationId)
  const [openedList, setOpenedList] = useState<FilterStatus | null>(null)
  const [saidFine, setSaidFine] = useState(false)
  const state = view.status === 'ok' ? view.reply.state : null
  const failed = tabStateName(view) === 'failure'
  const [checking, setChecking] = useState(failed)
  const base = useMemo(() => baseCase(state, lang), [state, lang])
  const [answers, setAnswers] = useState<Answers>(() => mergeRemembered(base, {}, boot.remembered))
  const runs = useRef(0)
  const value = useMemo(() => ({ ...applyAnswers(base, answers, organisationId), now: env.now().toISOString() }), [base, answers, organisationId])
  const result = useMemo(() => {
    runs.current++
    return engine(value, language.pack)
  }, [value, language])
  const questionsLeft = openQuestions(result, value).length > 0
  const i18n = useMemo(() => ({ lang, t: language.t }), [language])
  const { t } = i18n

  useEffect(() => {
    document.documentElement.lang = lang
  }, [lang])
  useEffect(() => {
    if (organisationId) void rememberAnswers(env.store, organisationId, answers)
  }, [answers, organisationId])
  // A theme list this tab is filtering right now: follow it until the word is typed or not.
  const pendingFilter = view.status === 'ok' && view.reply.filter?.status === 'pending'
  useEffect(() => {
    if (!pendingFilter || boot.tabId === undefined) return
    let stopped = false
    void watchFilter(bg, boot.tabId, (filter) => setView((v) => (v.status === 'ok' ? { ...v, reply: { ...v.reply, filter } } : v)), () => stopped)
    return () => { stopped = true }
  }, [pendingFilter])

  function switchLang(next: Lang) {
    loadLanguage(next).then((loaded) => {
      setLanguage(loaded)
      void rememberLang(env.store, next)
    }, () => undefined)
  }

  async function reload() {
    if (boot.tabId === undefined) return
    setReloading(true)
    await actions.reload(boot.tabId).catch(() => undefined)
    // The content script reports once the page has loaded; ask until the state changes.
    for (let i = 0; i < 20; i++) {
      await new Promise((resolve) => setTimeout(resolve, 500))
      const next = await loadTab(bg, boot.tabId)
      if (next.status === 'ok' && next.reply.access !== 'needs-reload') {
        setView(next)
        setChecking(tabStateName(next) === 'failure')
        break
      }
    }
    setReloading(false)
  }

  function requestAccess() {
    // Called synchronously in the click handler (see TabActions.requestHostAccess).
    actions.requestHostAccess().then((granted) => setGrant(granted ? 'granted' : 'refused'), () => setGrant('refused'))
  }

  async function openThemeList(): Promise<boolean> {
    const reply = await bg.openThemeList(lang)
    if (!reply.ok) return false
    // A popup closes when the new tab takes focus; a popup opened as a page follows the filter.
    void watchFilter(bg, reply.value.tabId, setOpenedList, () => false)
    return true
  }

  /** The user's word on the tab: the background's reply is the tab's state as it now is. */
  async function correct(send: (tabId: number) => ReturnType<BackgroundApi['pageIsFine']>, fine: boolean): Promise<boolean> {
    if (boot.tabId === undefined) return false
    const reply = await send(boot.tabId)
    if (!reply.ok) return false
    const next: TabView = { status: 'ok', reply: reply.value }
    setView(next)
    setSaidFine(fine && !reply.value.state)
    setChecking(tabStateName(next) === 'failure')
    // Focus follows the change: the state that replaced the one the user acted on.
    requestAnimationFrame(() => document.querySelector<HTMLElement>('[data-testid="state"]')?.focus())
    return true
  }
  const report = (situation: UserSituation) => correct((tabId) => bg.reportSituation(tabId, situation), false)
  const pageIsFine = () => correct((tabId) => bg.pageIsFine(tabId), true)

  async function chooseOrganisation(id: string) {
    const remembered = await rememberedAnswers(env.store, id)
    setOrganisationId(id)
    setAnswers((current) => mergeRemembered(base, current, remembered))
  }

  function forget() {
    if (organisationId) void forgetOrganisation(env.store, organisationId)
    setOrganisationId(undefined)
  }

  const supportNeeded = (result.verdict === 'unknown' && !questionsLeft) || result.findings.some((f) => f.fixedBy === 'kela-support')
  return (
    <I18nContext.Provider value={i18n}>
      <header class="app-header">
        <div class="brand">
          <h1>{t('appName')}</h1>
          <p class="tagline">{t('tagline')}</p>
        </div>
        <LangSwitcher onChange={switchLang} />
      </header>
      <main class="popup" data-testid="popup" data-lang={lang}>
        <TabStatus
          view={view}
          reloading={reloading}
          grant={grant}
          onReload={() => void reload()}
          onRetry={() => void loadTab(bg, boot.tabId).then((next) => { setView(next); setChecking(tabStateName(next) === 'failure') })}
          onGrant={requestAccess}
          onReport={boot.tabId === undefined ? undefined : report}
          onPageFine={boot.tabId === undefined ? undefined : pageIsFine}
          saidFine={saidFine}
        />
        {!checking && (
          <p class="start-check">
            <Button variant="secondary" onClick={() => setChecking(true)} data-testid="check-mandates">{t('checkMandates')}</Button>
          </p>
        )}
        {checking && (
          <>
            <DiagnosisView result={result} questionsLeft={questionsLeft} runs={runs.current} />
            <GuidedFlow
              value={value}
              result={result}
              answers={answers}
              organisationId={organisationId}
              tabId={boot.tabId}
              bg={bg}
              onAnswer={<K extends QuestionId>(id: K, answer: AnswerValues[K]) => setAnswers((current) => ({ ...current, [id]: answer }))}
            />
            <OrganisationField organisationId={organisationId} onUse={(id) => void chooseOrganisation(id)} onForget={forget} />
            <CopyButtons value={value} result={result} questionsLeft={questionsLeft} />
          </>
        )}
        {supportNeeded && checking && <SupportCard emphasised />}
        <UsefulLinks
          service={result.service ?? value.service ?? null}
          openThemeList={openThemeList}
          themeListStatus={openedList && <FilterNotice filter={openedList} testId="opened-filter-status" />}
        />
        {!(supportNeeded && checking) && <SupportCard />}
        {view.status === 'ok' && view.reply.access === 'ready' && boot.tabId !== undefined && <ReportButton bg={bg} tabId={boot.tabId} />}
        <PortfolioLink />
      </main>
    </I18nContext.Provider>
  )
}
