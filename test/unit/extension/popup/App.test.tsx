// @vitest-environment happy-dom
// The popup as a whole in happy-dom, with the real diagnosis engine and the real language
// chunks: every tab state, the theme-list filter, the language switch, remembered answers, the
// guided flow asking exactly the engine's questions and re-running it after each answer, the
// findings it gives, reading and saving mandates, sharing and links.
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact'
import { afterEach, describe, expect, test } from 'vitest'
import type { Case } from '../../../../src/core/contract/case.ts'
import { diagnose, diagnoseIn } from '../../../../src/core/diagnosis/index.ts'
import { sortFindings } from '../../../../src/extension/popup/diagnosis/verdict.ts'
import { FAILURE, accessReply, renderPopup } from './popup-harness.tsx'

afterEach(cleanup)

const state = () => screen.getByTestId('state')
const loaded = () => waitFor(() => expect(state().dataset.state).not.toBe('loading'))
const flow = () => screen.getByTestId('guided-flow')
const current = () => flow().dataset.current
const choose = (label: string | RegExp, question: string) => {
  fireEvent.click(screen.getByLabelText(label))
  fireEvent.submit(screen.getByTestId(`question-${question}`))
}
/** The case the popup builds for the failure tab, as the engine sees it. */
const failureCase = (lang: Case['lang'], facts: Partial<Case>): Case => ({
  version: 1, lang, service: 'employer', page: { kind: 'organisation-not-listed', url: FAILURE.state!.url }, now: '2026-03-04T08:00:00.000Z', ...facts,
})

describe('tab states', () => {
  test('a failure: kind and e-service, the diagnosis and the engine\'s first question', async () => {
    renderPopup()
    await loaded()
    expect(state().dataset.state).toBe('failure')
    expect(state().textContent).toContain('Haluamasi organisaatio ei ole valittavissa')
    expect(state().textContent).toContain('Asiointipalvelu: Työnantajan asiointipalvelu')
    expect(screen.getByTestId('verdict').textContent).toBe('Syy ei ole vielä selvillä: vastaa muutamaan kysymykseen.')
    // The page told the service and the symptom: the engine asks first whose business it is.
    const engine = diagnose(failureCase('fi', {}))
    expect(engine.questions[0]!.id).toBe('acting-for')
    expect(current()).toBe('acting-for')
    expect(within(flow()).getByRole('heading', { level: 3 }).textContent).toBe(engine.questions[0]!.text)
  })

  test('nothing failed: no diagnosis until the user asks for the check', async () => {
    renderPopup({ replies: { 'ui-bg-get-tab-state': accessReply('ready') } })
    await loaded()
    expect(state().dataset.state).toBe('fine')
    expect(screen.getByText('Tällä sivulla ei näy virhettä')).toBeTruthy()
    expect(screen.queryByTestId('diagnosis')).toBeNull()
    fireEvent.click(screen.getByTestId('check-mandates'))
    // Nothing known: the engine asks for the e-service first.
    expect(current()).toBe('service')
  })

  test('not a Kela or Suomi.fi page: the check still starts from the e-service', async () => {
    renderPopup({ uiLanguage: 'en-US', replies: { 'ui-bg-get-tab-state': accessReply('not-kela-page') } })
    await loaded()
    expect(state().dataset.state).toBe('not-kela-page')
    expect(screen.getByRole('heading', { name: 'This tab is not a Kela or Suomi.fi page' })).toBeTruthy()
    fireEvent.click(screen.getByTestId('check-mandates'))
    expect(current()).toBe('service')
    expect(screen.getByLabelText('E-service for employers')).toBeTruthy()
    expect(screen.getByLabelText('Another Kela e-service')).toBeTruthy()
  })

  test('a tab opened before installation: reload it, then the state the page reports', async () => {
    const harness = renderPopup({ uiLanguage: 'sv-FI', replies: { 'ui-bg-get-tab-state': accessReply('needs-reload') } })
    await loaded()
    expect(state().dataset.state).toBe('needs-reload')
    harness.replies['ui-bg-get-tab-state'] = FAILURE
    fireEvent.click(screen.getByRole('button', { name: 'Ladda om sidan' }))
    expect(harness.actions.reload).toHaveBeenCalledWith(42)
    await waitFor(() => expect(state().dataset.state).toBe('failure'), { timeout: 3000 })
    expect(screen.getByTestId('diagnosis')).toBeTruthy()
  })

  test('no host permission: the request is made inside the click itself', async () => {
    const harness = renderPopup({ uiLanguage: 'en', replies: { 'ui-bg-get-tab-state': accessReply('no-host-permission') } })
    await loaded()
    fireEvent.click(screen.getByTestId('grant'))
    // Synchronously, before any await: Firefox drops the user gesture across one.
    expect(harness.actions.requestHostAccess).toHaveBeenCalledTimes(1)
    await screen.findByText('Access allowed. Reload the page, then open Valtuusapu again.')
  })

  test('a refused permission says what it means', async () => {
    renderPopup({ uiLanguage: 'en', grant: false, replies: { 'ui-bg-get-tab-state': accessReply('no-host-permission') } })
    await loaded()
    fireEvent.click(screen.getByTestId('grant'))
    await screen.findByText(/Access was not allowed/)
  })

  test('the background does not answer, or answers in an old shape: an error with a retry that works', async () => {
    const harness = renderPopup({ replies: { 'ui-bg-get-tab-state': undefined } })
    await loaded()
    expect(state().dataset.state).toBe('error')
    harness.replies['ui-bg-get-tab-state'] = { state: null, access: 'ready' }
    fireEvent.click(screen.getByRole('button', { name: 'Yritä uudelleen' }))
    await waitFor(() => expect(harness.sent.filter((m) => m.type === 'ui-bg-get-tab-state').length).toBe(2))
    expect(state().dataset.state).toBe('error')
    harness.replies['ui-bg-get-tab-state'] = FAILURE
    fireEvent.click(screen.getByRole('button', { name: 'Yritä uudelleen' }))
    await waitFor(() => expect(state().dataset.state).toBe('failure'))
  })
})

describe('the theme list the extension opened', () => {
  const themeList = (status: 'pending' | 'applied' | 'field-not-found', word = 'Kela') => ({ ...accessReply('ready'), filter: { word, status, at: 1 } })

  test('the word was typed: the list shows Kela\'s themes', async () => {
    renderPopup({ uiLanguage: 'en', replies: { 'ui-bg-get-tab-state': themeList('applied') } })
    await loaded()
    expect(screen.getByTestId('filter-status').textContent).toBe('The list is filtered: "Kela" is in its search field, so it shows Kela\'s themes.')
  })

  test('no search field: the user is told to type the word, FPA in Swedish', async () => {
    renderPopup({ uiLanguage: 'sv', replies: { 'ui-bg-get-tab-state': themeList('field-not-found', 'FPA') } })
    await loaded()
    expect(screen.getByTestId('filter-status').dataset.filter).toBe('field-not-found')
    expect(screen.getByTestId('filter-status').textContent).toContain('Skriv själv ”FPA” i det')
  })

  test('still being typed: followed until it is settled', async () => {
    const harness = renderPopup({ uiLanguage: 'fi', replies: { 'ui-bg-get-tab-state': themeList('pending') } })
    await loaded()
    expect(screen.getByTestId('filter-status').dataset.filter).toBe('pending')
    harness.replies['ui-bg-get-tab-state'] = themeList('applied')
    await waitFor(() => expect(screen.getByTestId('filter-status').dataset.filter).toBe('applied'), { timeout: 3000 })
    expect(screen.getByTestId('filter-status').textContent).toContain('hakukentässä on ”Kela”')
  })

  test('opening the list from the popup: through the background, then its filter under the link; else the plain link', async () => {
    const harness = renderPopup({ uiLanguage: 'sv' })
    await loaded()
    expect(screen.getByText('Om listan inte är avgränsad, skriv ”FPA” i sökfältet.')).toBeTruthy()
    // The background does not answer: the plain list opens (the knowledge base's address for Swedish).
    fireEvent.click(screen.getByTestId('theme-list-link'))
    await waitFor(() => expect(harness.env.openUrl).toHaveBeenCalledWith('https://www.suomi.fi/e-authorizations/mandate-themes'))
    expect(harness.sent.find((m) => m.type === 'ui-bg-open-theme-list')).toEqual({ type: 'ui-bg-open-theme-list', lang: 'sv' })

    cleanup()
    const handled = renderPopup({ uiLanguage: 'fi', replies: { 'ui-bg-open-theme-list': { tabId: 77, url: 'https://www.suomi.fi/valtuudet/valtuusasiat' } } })
    await loaded()
    handled.replies['ui-bg-get-tab-state'] = themeList('field-not-found')
    fireEvent.click(screen.getByTestId('theme-list-link'))
    await screen.findByTestId('opened-filter-status')
    expect(screen.getByTestId('opened-filter-status').textContent).toContain('Kirjoita siihen itse ”Kela”')
    expect(handled.sent).toContainEqual({ type: 'ui-bg-get-tab-state', tabId: 77 })
    expect(handled.env.openUrl).not.toHaveBeenCalled()
  })
})

describe('language', () => {
  test('follows the browser, switches, and remembers the choice', async () => {
    const harness = renderPopup({ uiLanguage: 'en-GB' })
    await loaded()
    expect(screen.getByTestId('popup').dataset.lang).toBe('en')
    fireEvent.click(screen.getByRole('button', { name: 'Svenska' }))
    // The Swedish chunk loads on demand.
    await waitFor(() => expect(screen.getByTestId('popup').dataset.lang).toBe('sv'), { timeout: 5000 })
    expect(state().textContent).toContain('Organisationen du vill välja finns inte i listan')
    // The engine's question is in Swedish too.
    expect(within(flow()).getByRole('heading', { level: 3 }).textContent).toBe(diagnose(failureCase('sv', {})).questions[0]!.text)
    await waitFor(() => expect(document.documentElement.lang).toBe('sv'))
    await waitFor(() => expect(harness.env.store.data.get('ui:lang')).toBe('sv'))
  })

  test('a remembered choice wins over the browser', async () => {
    renderPopup({ uiLanguage: 'fi-FI', store: { 'ui:lang': 'en' } })
    await loaded()
    expect(screen.getByTestId('popup').dataset.lang).toBe('en')
  })
})

describe('guided flow with the real engine', () => {
  test('each answer re-runs the engine and brings its next question; the verdict and findings are the engine\'s, blocking first', async () => {
    const harness = renderPopup()
    await loaded()
    const runs = () => Number(screen.getByTestId('diagnosis').dataset.runs)
    const before = runs()
    choose('Asiakkaan asioita (esimerkiksi työskentelen tilitoimistossa)', 'acting-for')
    expect(runs()).toBe(before + 1)
    expect(current()).toBe('mandates')
    // The new question's heading takes focus, for keyboard and screen-reader users.
    const asked = diagnose(failureCase('fi', { actingFor: 'client' })).questions
    expect(asked[0]!.id).toBe('mandates')
    await waitFor(() => expect(document.activeElement?.textContent).toBe(asked[0]!.text))
    fireEvent.click(screen.getByTestId('no-mandates'))
    expect(runs()).toBe(before + 2)
    const expected = diagnose(failureCase('fi', { actingFor: 'client', mandates: [] }))
    expect(expected.verdict).toBe('cannot-access')
    expect(current()).toBe('')
    const blocking = expected.findings.filter((f) => f.severity === 'blocking').length
    expect(screen.getByTestId('verdict').textContent).toBe(blocking === 1 ? 'Et voi vielä käyttää asiointipalvelua: yksi asia on korjattava.' : `Et voi vielä käyttää asiointipalvelua: ${blocking} asiaa on korjattava.`)
    const findings = screen.getAllByTestId('finding')
    expect(findings.map((f) => f.dataset.findingId)).toEqual(sortFindings(expected.findings).map((f) => f.id))
    expect(findings.map((f) => f.querySelector('h4')?.textContent)).toEqual(sortFindings(expected.findings).map((f) => f.title))
    expect(findings[0]!.textContent).toContain('Kuka voi korjata:')
    // The engine's links open through the environment, in a new tab.
    const link = within(findings[0]!).getAllByRole('link')[0]!
    fireEvent.click(link)
    expect(harness.env.openUrl).toHaveBeenCalledWith(link.getAttribute('href'))
    // Answers can be changed: the question comes back although the engine no longer asks it.
    expect(screen.getByTestId('answers').textContent).toContain('En näe yhtään valtuutta')
    fireEvent.click(screen.getByRole('button', { name: /^Muuta: Mitä valtuuksia/ }))
    expect(current()).toBe('mandates')
  })

  test('text the user typed comes back in the engine\'s findings as text, never as markup', async () => {
    // Remembered for this organisation: another e-service, its own business, one mandate whose
    // theme the engine cannot judge without knowing the task.
    const mandates = [{ holder: 'me', mandator: '0913909-2', type: 'asiointivaltuus', themes: ['Jokin valtuusasia'] }]
    renderPopup({
      uiLanguage: 'en',
      replies: { 'ui-bg-get-tab-state': accessReply('not-kela-page') },
      store: { 'answers:last-organisation': '0913909-2', 'answers:0913909-2': { version: 1, answers: { service: 'other', 'acting-for': 'own', mandates } } },
    })
    await loaded()
    fireEvent.click(screen.getByTestId('check-mandates'))
    const answer: Record<string, string> = {
      symptom: 'You can choose the right company or organisation, but you cannot do the tasks you are handling.',
      'register-role': 'None of these',
    }
    for (let i = 0; i < 4 && current() && current() !== 'task'; i++) choose(answer[current()!]!, current()!)
    expect(current()).toBe('task')
    fireEvent.click(screen.getByLabelText('Another theme: type its name as Valtuudet shows it'))
    fireEvent.input(screen.getByRole('textbox', { name: 'Another theme: type its name as Valtuudet shows it' }), { target: { value: '<img src=x onerror=alert(1)>' } })
    fireEvent.submit(screen.getByTestId('question-task'))
    await waitFor(() => expect(screen.getByTestId('diagnosis').textContent).toContain('<img src=x onerror=alert(1)>'))
    expect(screen.getByTestId('diagnosis').querySelector('img')).toBeNull()
  })

  test('an engine that cannot decide and asks nothing more: the popup says so and puts support first', async () => {
    renderPopup({ uiLanguage: 'en', engine: (input, pack) => ({ ...diagnoseIn(input, pack), questions: [] }) })
    await loaded()
    expect(screen.queryByTestId('guided-flow')).toBeNull()
    expect(screen.getByTestId('verdict').textContent).toBe('Valtuusapu cannot decide from these answers. Kela\'s technical support looks into technical problems of the e-service; it cannot grant or change mandates.')
    expect(screen.getByTestId('support-card').className).toContain('support-card-emphasised')
  })

  test('a client Y-tunnus is checked before it is used', async () => {
    // The engine asks for the client when a mandate's Y-tunnus restriction cannot be checked.
    const mandates = [
      { holder: 'my-organisation', mandator: '9603082-8', type: 'asiointivaltuus', themes: ['Palvelussuhteeseen liittyvien etuuksien hakeminen'] },
      { holder: 'me', mandator: '0913909-2', type: 'edustamisvaltuus', themes: ['Palvelussuhteeseen liittyvien etuuksien hakeminen'], restrictions: { businessIds: ['9603082-8'] } },
    ]
    renderPopup({ uiLanguage: 'en', store: { 'answers:last-organisation': '0913909-2', 'answers:0913909-2': { version: 1, answers: { 'acting-for': 'client', mandates } } } })
    await loaded()
    expect(current()).toBe('client-business-id')
    const input = screen.getByLabelText('Y-tunnus')
    fireEvent.input(input, { target: { value: '1234567-8' } })
    fireEvent.submit(screen.getByTestId('question-client-business-id'))
    expect(screen.getByRole('alert').textContent).toBe('The check digit does not match. Check the Y-tunnus.')
    fireEvent.input(input, { target: { value: 'abc' } })
    fireEvent.submit(screen.getByTestId('question-client-business-id'))
    expect(screen.getByRole('alert').textContent).toContain('seven digits')
    fireEvent.input(input, { target: { value: ' 9603082 8 ' } })
    fireEvent.submit(screen.getByTestId('question-client-business-id'))
    expect(screen.getByTestId('answers').textContent).toContain('9603082-8')
    expect(screen.getByTestId('diagnosis').dataset.verdict).toBe('can-access')
  })
})

describe('remembered answers', () => {
  test('answers are kept per Y-tunnus and come back for it', async () => {
    const harness = renderPopup()
    await loaded()
    fireEvent.input(screen.getByLabelText('Organisaatiosi Y-tunnus (vapaaehtoinen)'), { target: { value: '0913909-2' } })
    fireEvent.click(screen.getByRole('button', { name: 'Muista tälle organisaatiolle' }))
    await screen.findByText('Vastaukset muistetaan Y-tunnukselle 0913909-2.')
    choose('Oman organisaationi asioita (olen sen palveluksessa)', 'acting-for')
    await waitFor(() => expect(harness.env.store.data.get('answers:0913909-2')).toEqual({ version: 1, answers: { 'acting-for': 'own' } }))
    cleanup()

    renderPopup({ store: Object.fromEntries(harness.env.store.data) })
    await loaded()
    expect(current()).toBe(diagnose(failureCase('fi', { actingFor: 'own', organisation: { businessId: '0913909-2' } })).questions[0]!.id)
    expect(screen.getByTestId('answers').textContent).toContain('Oman organisaationi asioita')
  })
})

describe('mandates question', () => {
  const toMandates = async (uiLanguage: string, replies: Record<string, unknown> = {}) => {
    const harness = renderPopup({ uiLanguage, replies })
    await loaded()
    fireEvent.click(within(screen.getByTestId('question-acting-for')).getAllByRole('radio')[0]!)
    fireEvent.submit(screen.getByTestId('question-acting-for'))
    expect(current()).toBe('mandates')
    return harness
  }

  test.each([
    ['not-a-mandate-list', 'This page shows no list of mandates. Open "Received mandates" in Suomi.fi e-Authorizations in this tab and try again, or enter the mandates below.'],
    ['not-kela-page', 'This tab is not a Suomi.fi e-Authorizations page. Open "Received mandates" there in this tab and try again, or enter the mandates below.'],
    ['needs-reload', 'Reload the page in this tab first, then try again.'],
    ['no-host-permission', 'Valtuusapu may not read this page: allow access to Kela and Suomi.fi pages, then try again.'],
  ])('reading a page that cannot be read (%s): says why', async (reason, text) => {
    await toMandates('en', { 'ui-bg-extract-mandates': { ok: false, reason } })
    fireEvent.click(screen.getByTestId('read-mandates'))
    await screen.findByText(text)
    expect(screen.getByTestId('mandate-reader').dataset.reason).toBe(reason)
  })

  test('the background does not answer: a clear message', async () => {
    await toMandates('en')
    fireEvent.click(screen.getByTestId('read-mandates'))
    await screen.findByText('Valtuusapu could not read the page. Enter the mandates below.')
  })

  test('read mandates are shown for confirmation with what was left out, then used and saved', async () => {
    const found = { holder: 'me', mandator: '0913909-2', type: 'edustamisvaltuus', themes: ['Palvelussuhteeseen liittyvien etuuksien hakeminen'], validUntil: '2029-12-31' }
    const harness = await toMandates('en', { 'ui-bg-extract-mandates': { ok: true, list: 'received', mandates: [found], skipped: { fromPersons: 2, invalid: 0, unreadable: 1 } } })
    fireEvent.click(screen.getByTestId('read-mandates'))
    await screen.findByText('Mandates found on the page (received mandates): 1. Check them before you use them.')
    expect(screen.getByTestId('mandate-reader').textContent).toContain('Mandate to represent (edustamisvaltuus): Palvelussuhteeseen liittyvien etuuksien hakeminen (from 0913909-2, until 2029-12-31)')
    expect(screen.getByTestId('skipped').textContent).toBe('Left out: 2 given by a person, not by an organisation.Left out: 1 that could not be read. Add them by hand.')
    expect(harness.sent.some((m) => m.type === 'ui-bg-save-mandates')).toBe(false)
    fireEvent.click(screen.getByTestId('use-found'))
    expect(harness.sent.find((m) => m.type === 'ui-bg-save-mandates')).toEqual({ type: 'ui-bg-save-mandates', mandates: [found], mode: 'replace' })
    expect(screen.getByTestId('answers').textContent).toContain('Mandates you entered: 1')
  })

  test('mandates confirmed earlier are offered, and can be forgotten', async () => {
    const saved = { holder: 'me', mandator: '0913909-2', type: 'asiointivaltuus', themes: ['Palvelussuhteeseen liittyvien etuuksien hakeminen'] }
    const harness = await toMandates('fi', { 'ui-bg-get-saved-mandates': { mandates: [saved], savedAt: Date.parse('2026-03-02T10:00:00+02:00') } })
    await screen.findByText('Valtuudet, jotka vahvistit 2.3.2026: 1.')
    fireEvent.click(screen.getByTestId('forget-saved'))
    expect(harness.sent).toContainEqual({ type: 'ui-bg-clear-saved-mandates' })
    expect(screen.queryByTestId('saved-mandates')).toBeNull()
  })

  test('entering a mandate by hand, with its checks', async () => {
    await toMandates('sv')
    const form = screen.getByTestId('mandate-form')
    fireEvent.click(within(form).getByTestId('add-mandate'))
    expect(within(form).getByRole('alert').textContent).toBe('Typ av fullmakt: Välj ett alternativ.')
    fireEvent.click(within(form).getByLabelText('Representationsfullmakt (edustamisvaltuus)'))
    fireEvent.click(within(form).getByTestId('add-mandate'))
    expect(within(form).getByRole('alert').textContent).toBe('Välj ett fullmaktsärende eller skriv dess namn.')
    fireEvent.click(within(form).getByLabelText('Ansöka om förmåner i samband med anställningsförhållande'))
    fireEvent.click(within(form).getByLabelText('Granskning av förmånsuppgifter'))
    fireEvent.input(within(form).getByLabelText('FO-numret för organisationen som gav den'), { target: { value: '0913909-2' } })
    fireEvent.click(within(form).getByLabelText('Det är en begäran som ännu inte har godkänts'))
    fireEvent.click(within(form).getByTestId('add-mandate'))
    expect(screen.getByTestId('entered-mandates').textContent).toContain(
      'Representationsfullmakt (edustamisvaltuus): Ansöka om förmåner i samband med anställningsförhållande; Granskning av förmånsuppgifter (från 0913909-2, begäran inte godkänd)',
    )
    fireEvent.submit(screen.getByTestId('question-mandates'))
    expect(screen.getByTestId('answers').textContent).toContain('Fullmakter du lagt till: 1')
  })

  test('"These are all I see" with nothing entered asks for a mandate or "none"', async () => {
    await toMandates('en')
    fireEvent.submit(screen.getByTestId('question-mandates'))
    expect(screen.getByText('Add a mandate first, or choose "I see no mandates".')).toBeTruthy()
  })
})

describe('sharing, links and support', () => {
  test('copy for the administrator: the summary and the case, also shown on screen', async () => {
    const harness = renderPopup()
    await loaded()
    fireEvent.click(screen.getByTestId('copy-admin'))
    await screen.findByText('Kopioitu. Liitä teksti sähköpostiin tai viestiin.')
    const text = harness.env.copyText.mock.calls[0]![0] as string
    expect(text).toContain('Valtuusapu: Kelan asiointipalvelu ei päästä minua sisään.')
    expect(text).toContain('"kind": "organisation-not-listed"')
    expect(screen.getByTestId('copied-text').textContent).toBe(text)
  })

  test('when the clipboard refuses, the text is open for copying by hand', async () => {
    const harness = renderPopup({ uiLanguage: 'en' })
    harness.env.copyText.mockResolvedValue(false)
    await loaded()
    fireEvent.click(screen.getByTestId('copy-support'))
    await screen.findByText('Could not copy. Select the text below and copy it.')
    expect((screen.getByTestId('copied-text').closest('details') as HTMLDetailsElement).open).toBe(true)
  })

  test('links come from the knowledge base, with the page\'s language and unconfirmed addresses marked', async () => {
    renderPopup({ uiLanguage: 'en' })
    await loaded()
    const links = within(screen.getByRole('region', { name: 'Useful links' }))
    expect(links.getByRole('link', { name: /Kela: the mandates this e-service needs/ }).getAttribute('href')).toBe('https://www.kela.fi/tyonantajien-valtuusasiat')
    expect(links.getByRole('link', { name: /Kela: the mandates this e-service needs/ }).textContent).toContain('(in Finnish)')
    expect(links.getByRole('link', { name: /guide/ }).getAttribute('href')).toBe('https://dvv.fi/en/from-katso-to-suomi.fi-e-authorizations')
    cleanup()
    renderPopup({ uiLanguage: 'fi' })
    await loaded()
    const theme = screen.getByTestId('theme-list-link')
    expect(theme.getAttribute('href')).toBe('https://www.suomi.fi/valtuudet/valtuusasiat')
    expect(theme.textContent).toContain('osoite on päätelty, ei vahvistettu')
  })

  test.each([
    ['2026-03-04T10:00:00+02:00', 'Avoinna nyt, klo 17.00 asti.', 'true'],
    ['2026-03-07T10:00:00+02:00', 'Suljettu nyt. Avautuu ma 9.3. klo 7.00.', 'false'],
    ['2026-12-24T09:00:00+02:00', 'Todennäköisesti suljettu tänään: jouluaatto. Suljettu nyt. Avautuu ma 28.12. klo 7.00.', 'false'],
  ])('support at %s', async (now, text, open) => {
    renderPopup({ now })
    await loaded()
    const status = screen.getByTestId('support-status')
    expect(status.textContent?.trim()).toBe(text)
    expect(status.dataset.open).toBe(open)
  })

  test('in English the day is spelled out; hours and contact from the knowledge base', async () => {
    renderPopup({ now: '2026-03-07T10:00:00+02:00', uiLanguage: 'en' })
    await loaded()
    expect(screen.getByTestId('support-status').textContent?.trim()).toBe('Closed now. Opens on Mon 9 March at 7:00.')
    const card = within(screen.getByTestId('support-card'))
    expect(card.getByRole('heading', { name: "Kela's technical customer support" })).toBeTruthy()
    expect(card.getByRole('link', { name: /020 634 7787/ }).getAttribute('href')).toBe('tel:+358206347787')
    expect(screen.getByTestId('support-card').textContent).toContain('Weekdays 7:00–17:00 Finnish time.')
    // Nobody phones Kela for a mandate only their own organisation can give.
    expect(screen.getByTestId('support-cannot').textContent).toBe('Kela cannot grant or fix your organisation\'s mandates: your own organisation or the client grants them.')
  })
})
