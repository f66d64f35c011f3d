// @vitest-environment happy-dom
// The popup as a whole in happy-dom: every tab state, the language switch, remembered answers,
// the guided flow re-running the engine after each answer, findings from hand-made results,
// sharing and links.
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact'
import { afterEach, describe, expect, test } from 'vitest'
import type { Case } from '../../../../src/core/contract/case.ts'
import type { Finding, Result } from '../../../../src/core/contract/result.ts'
import { FAILURE, renderPopup } from './popup-harness.tsx'

afterEach(cleanup)

const state = () => screen.getByTestId('state')
const loaded = () => waitFor(() => expect(state().dataset.state).not.toBe('loading'))

describe('tab states', () => {
  test('a failure: kind and e-service, the diagnosis and the first question', async () => {
    renderPopup()
    await loaded()
    expect(state().dataset.state).toBe('failure')
    expect(state().textContent).toContain('Haluamasi organisaatio ei ole valittavissa')
    expect(state().textContent).toContain('Asiointipalvelu: Työnantajan asiointipalvelu')
    expect(screen.getByTestId('verdict').textContent).toBe('Syy ei ole vielä selvillä: vastaa muutamaan kysymykseen.')
    // The page told the service and the symptom, so the first open question is whose business it is.
    expect(screen.getByTestId('guided-flow').dataset.current).toBe('acting-for')
  })

  test('nothing failed: no diagnosis until the user asks for the check', async () => {
    renderPopup({ replies: { 'ui-bg-get-tab-state': { access: 'ready', state: null } } })
    await loaded()
    expect(state().dataset.state).toBe('fine')
    expect(screen.getByText('Tällä sivulla ei näy virhettä')).toBeTruthy()
    expect(screen.queryByTestId('diagnosis')).toBeNull()
    fireEvent.click(screen.getByTestId('check-mandates'))
    expect(screen.getByTestId('guided-flow').dataset.current).toBe('service')
  })

  test('not a Kela or Suomi.fi page', async () => {
    renderPopup({ uiLanguage: 'en-US', replies: { 'ui-bg-get-tab-state': { access: 'not-kela-page', state: null } } })
    await loaded()
    expect(state().dataset.state).toBe('not-kela-page')
    expect(screen.getByRole('heading', { name: 'This tab is not a Kela or Suomi.fi page' })).toBeTruthy()
  })

  test('a tab opened before installation: reload it, then the state the page reports', async () => {
    const harness = renderPopup({ uiLanguage: 'sv-FI', replies: { 'ui-bg-get-tab-state': { access: 'needs-reload', state: null } } })
    await loaded()
    expect(state().dataset.state).toBe('needs-reload')
    harness.replies['ui-bg-get-tab-state'] = FAILURE
    fireEvent.click(screen.getByRole('button', { name: 'Ladda om sidan' }))
    expect(harness.actions.reload).toHaveBeenCalledWith(42)
    await waitFor(() => expect(state().dataset.state).toBe('failure'), { timeout: 3000 })
    expect(screen.getByTestId('diagnosis')).toBeTruthy()
  })

  test('Firefox without host permission: the request is made inside the click itself', async () => {
    const harness = renderPopup({ uiLanguage: 'en', replies: { 'ui-bg-get-tab-state': { access: 'no-host-permission', state: null } } })
    await loaded()
    fireEvent.click(screen.getByTestId('grant'))
    // Synchronously, before any await: Firefox drops the user gesture across one.
    expect(harness.actions.requestHostAccess).toHaveBeenCalledTimes(1)
    await screen.findByText('Access allowed. Reload the page, then open Valtuusapu again.')
  })

  test('a refused permission says what it means', async () => {
    renderPopup({ uiLanguage: 'en', grant: false, replies: { 'ui-bg-get-tab-state': { access: 'no-host-permission', state: null } } })
    await loaded()
    fireEvent.click(screen.getByTestId('grant'))
    await screen.findByText(/Access was not allowed/)
  })

  test('the background does not answer: an error with a retry that works', async () => {
    const harness = renderPopup({ replies: { 'ui-bg-get-tab-state': undefined } })
    await loaded()
    expect(state().dataset.state).toBe('error')
    harness.replies['ui-bg-get-tab-state'] = FAILURE
    fireEvent.click(screen.getByRole('button', { name: 'Yritä uudelleen' }))
    await waitFor(() => expect(state().dataset.state).toBe('failure'))
  })
})

describe('language', () => {
  test('follows the browser, switches, and remembers the choice', async () => {
    const harness = renderPopup({ uiLanguage: 'en-GB' })
    await loaded()
    expect(screen.getByTestId('popup').dataset.lang).toBe('en')
    fireEvent.click(screen.getByRole('button', { name: 'Svenska' }))
    expect(screen.getByTestId('popup').dataset.lang).toBe('sv')
    expect(state().textContent).toContain('Organisationen du vill välja finns inte i listan')
    expect(document.documentElement.lang).toBe('sv')
    await waitFor(() => expect(harness.env.store.data.get('ui:lang')).toBe('sv'))
  })

  test('a remembered choice wins over the browser', async () => {
    renderPopup({ uiLanguage: 'fi-FI', store: { 'ui:lang': 'en' } })
    await loaded()
    expect(screen.getByTestId('popup').dataset.lang).toBe('en')
  })
})

/** A stand-in engine that asks like the real one will and decides once mandates are known. */
function engine(input: Case): Result {
  if (!input.actingFor) return { verdict: 'unknown', service: input.service ?? null, findings: [], questions: [{ id: 'acting-for', text: 'Kenen asioita hoidat? (moottori)' }, { id: 'mandates', text: '' }] }
  if (!input.mandates) return { verdict: 'unknown', service: input.service ?? null, findings: [], questions: [{ id: 'mandates', text: '' }] }
  const finding = (id: Finding['id'], severity: Finding['severity'], title: string): Finding => ({
    id, severity, certainty: 'certain', fixedBy: 'organisation-admin', title, explanation: `<img src=x onerror=alert(1)> ${title}`,
    steps: ['Avaa Valtuudet', 'Anna edustamisvaltuus'], links: [{ label: 'Valtuudet', url: 'https://www.suomi.fi/valtuudet' }, { label: 'Paha', url: 'javascript:alert(1)' }],
    sources: ['https://www.kela.fi/asiointi-ongelmatilanteet'],
  })
  return { verdict: 'cannot-access', service: 'employer', questions: [], findings: [finding('expires-soon', 'warning', 'Päättyy pian'), finding('needs-edustamisvaltuus', 'blocking', 'Tarvitset edustamisvaltuuden')] }
}

describe('guided flow', () => {
  test('each answer re-runs the engine and brings the next question; findings are shown blocking first', async () => {
    const harness = renderPopup({ engine })
    await loaded()
    const runs = () => Number(screen.getByTestId('diagnosis').dataset.runs)
    const before = runs()
    const flow = screen.getByTestId('guided-flow')
    expect(within(flow).getByRole('heading', { name: 'Kenen asioita hoidat? (moottori)' })).toBeTruthy()
    fireEvent.click(screen.getByLabelText('Asiakkaan asioita (esimerkiksi työskentelen tilitoimistossa)'))
    fireEvent.submit(screen.getByTestId('question-acting-for'))
    expect(runs()).toBe(before + 1)
    expect(flow.dataset.current).toBe('mandates')
    // The new question's heading takes focus, for keyboard and screen-reader users.
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Mitä valtuuksia näet kohdassa ”Saadut valtuudet”?'))
    fireEvent.click(screen.getByTestId('no-mandates'))
    expect(runs()).toBe(before + 2)
    expect(screen.getByTestId('verdict').textContent).toBe('Et voi vielä käyttää asiointipalvelua: yksi asia on korjattava.')
    const findings = screen.getAllByTestId('finding')
    expect(findings.map((f) => f.dataset.findingId)).toEqual(['needs-edustamisvaltuus', 'expires-soon'])
    expect(findings[0]!.textContent).toContain('Kuka voi korjata: Organisaatiosi valtuuksista vastaava henkilö')
    // Engine text is text: the markup shows literally and creates no element.
    expect(findings[0]!.textContent).toContain('<img src=x onerror=alert(1)>')
    expect(findings[0]!.querySelector('img')).toBeNull()
    // Only https links become links; they open through the environment in a new tab.
    expect(within(findings[0]!).queryByRole('link', { name: /Paha/ })).toBeNull()
    fireEvent.click(within(findings[0]!).getByRole('link', { name: /Valtuudet/ }))
    expect(harness.env.openUrl).toHaveBeenCalledWith('https://www.suomi.fi/valtuudet')
    // Answers can be changed.
    expect(screen.getByTestId('answers').textContent).toContain('En näe yhtään valtuutta')
    fireEvent.click(screen.getByRole('button', { name: /^Muuta: Mitä valtuuksia/ }))
    expect(flow.dataset.current).toBe('mandates')
  })

  test('with the placeholder engine the core questions are asked, then the case goes to support', async () => {
    renderPopup({ uiLanguage: 'en', replies: { 'ui-bg-get-tab-state': { access: 'ready', state: { ...FAILURE.state!, service: null, kind: 'no-access' } } } })
    await loaded()
    const answer = (label: string, question: string) => {
      fireEvent.click(screen.getByLabelText(label))
      fireEvent.submit(screen.getByTestId(`question-${question}`))
    }
    answer('Etuustietopalvelu Kelmu', 'service')
    answer('My own organisation (I work there)', 'acting-for')
    expect(screen.getByTestId('guided-flow').dataset.current).toBe('mandates')
    fireEvent.click(screen.getByTestId('no-mandates'))
    expect(screen.getByTestId('guided-flow').dataset.current).toBe('')
    expect(screen.getByTestId('verdict').textContent).toBe('Valtuusapu cannot decide from these answers. Kela technical support can check your case.')
    expect(screen.getByTestId('support-card').className).toContain('support-card-emphasised')
  })

  test('a client Y-tunnus is checked before it is used', async () => {
    renderPopup({ uiLanguage: 'en', engine: (input) => ({ verdict: 'unknown', service: null, findings: [], questions: input.client ? [] : [{ id: 'client-business-id', text: '' }] }) })
    await loaded()
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
  })
})

describe('remembered answers', () => {
  test('answers are kept per Y-tunnus and come back for it', async () => {
    const harness = renderPopup({ engine })
    await loaded()
    fireEvent.input(screen.getByLabelText('Organisaatiosi Y-tunnus (vapaaehtoinen)'), { target: { value: '0913909-2' } })
    fireEvent.click(screen.getByRole('button', { name: 'Muista tälle organisaatiolle' }))
    await screen.findByText('Vastaukset muistetaan Y-tunnukselle 0913909-2.')
    fireEvent.click(screen.getByLabelText('Oman organisaationi asioita (olen sen palveluksessa)'))
    fireEvent.submit(screen.getByTestId('question-acting-for'))
    await waitFor(() => expect(harness.env.store.data.get('answers:0913909-2')).toEqual({ version: 1, answers: { 'acting-for': 'own' } }))
    cleanup()

    renderPopup({ engine, store: Object.fromEntries(harness.env.store.data) })
    await loaded()
    expect(screen.getByTestId('guided-flow').dataset.current).toBe('mandates')
    expect(screen.getByTestId('answers').textContent).toContain('Oman organisaationi asioita')
  })
})

describe('mandates question', () => {
  const toMandates = { engine: (input: Case): Result => ({ verdict: 'unknown', service: 'employer', findings: [], questions: input.mandates ? [] : [{ id: 'mandates', text: '' }] }) }

  test('reading the page when the background cannot: a clear message', async () => {
    renderPopup({ uiLanguage: 'en', ...toMandates })
    await loaded()
    fireEvent.click(screen.getByTestId('read-mandates'))
    await screen.findByText('Reading the page is not available here yet. Enter the mandates below.')
  })

  test('read mandates are shown for confirmation, then used and saved', async () => {
    const found = { holder: 'me', mandator: '0913909-2', type: 'edustamisvaltuus', themes: ['Palvelussuhteeseen liittyvien etuuksien hakeminen'], validUntil: '2029-12-31' }
    const harness = renderPopup({ uiLanguage: 'en', ...toMandates, replies: { 'ui-bg-extract-mandates': { mandates: [found] } } })
    await loaded()
    fireEvent.click(screen.getByTestId('read-mandates'))
    await screen.findByText('Mandates found on the page: 1. Check them before you use them.')
    expect(screen.getByTestId('mandate-reader').textContent).toContain('Mandate to represent (edustamisvaltuus): Palvelussuhteeseen liittyvien etuuksien hakeminen (from 0913909-2, until 2029-12-31)')
    expect(harness.sent.some((m) => m.type === 'ui-bg-save-mandates')).toBe(false)
    fireEvent.click(screen.getByTestId('use-found'))
    expect(harness.sent.find((m) => m.type === 'ui-bg-save-mandates')).toEqual({ type: 'ui-bg-save-mandates', mandates: [found] })
    expect(screen.getByTestId('answers').textContent).toContain('Mandates you entered: 1')
  })

  test('entering a mandate by hand, with its checks', async () => {
    renderPopup({ uiLanguage: 'sv', ...toMandates })
    await loaded()
    const form = screen.getByTestId('mandate-form')
    fireEvent.click(within(form).getByTestId('add-mandate'))
    expect(within(form).getByRole('alert').textContent).toBe('Typ av fullmakt: Välj ett alternativ.')
    fireEvent.click(within(form).getByLabelText('Representationsfullmakt (edustamisvaltuus)'))
    fireEvent.click(within(form).getByTestId('add-mandate'))
    expect(within(form).getByRole('alert').textContent).toBe('Välj ett fullmaktsärende eller skriv dess namn.')
    fireEvent.click(within(form).getByLabelText('Ansöka om förmåner i samband med anställningsförhållande'))
    fireEvent.click(within(form).getByLabelText('Etuustietojen katselu'))
    fireEvent.input(within(form).getByLabelText('FO-numret för organisationen som gav den'), { target: { value: '0913909-2' } })
    fireEvent.click(within(form).getByLabelText('Det är en begäran som ännu inte har godkänts'))
    fireEvent.click(within(form).getByTestId('add-mandate'))
    expect(screen.getByTestId('entered-mandates').textContent).toContain(
      'Representationsfullmakt (edustamisvaltuus): Ansöka om förmåner i samband med anställningsförhållande; Etuustietojen katselu (från 0913909-2, begäran inte godkänd)',
    )
    fireEvent.submit(screen.getByTestId('question-mandates'))
    expect(screen.getByTestId('answers').textContent).toContain('Fullmakter du lagt till: 1')
  })

  test('"These are all I see" with nothing entered asks for a mandate or "none"', async () => {
    renderPopup({ uiLanguage: 'en', ...toMandates })
    await loaded()
    fireEvent.submit(screen.getByTestId('question-mandates'))
    expect(screen.getByText('Add a mandate first, or choose "I see no mandates".')).toBeTruthy()
  })
})

describe('sharing, links and support', () => {
  test('copy for the administrator: the summary and the case, also shown on screen', async () => {
    const harness = renderPopup({ engine })
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

  test('the theme list: through the background when it can, otherwise the plain link', async () => {
    const harness = renderPopup({ uiLanguage: 'sv' })
    await loaded()
    expect(screen.getByText('Om listan inte är avgränsad, skriv ”FPA” i sökfältet.')).toBeTruthy()
    fireEvent.click(screen.getByTestId('theme-list-link'))
    await waitFor(() => expect(harness.env.openUrl).toHaveBeenCalledWith('https://www.suomi.fi/e-authorizations/mandate-themes'))
    expect(harness.sent.find((m) => m.type === 'ui-bg-open-theme-list')).toEqual({ type: 'ui-bg-open-theme-list', lang: 'sv' })

    cleanup()
    const handled = renderPopup({ uiLanguage: 'fi', replies: { 'ui-bg-open-theme-list': { opened: true, filtered: true } } })
    await loaded()
    fireEvent.click(screen.getByTestId('theme-list-link'))
    await waitFor(() => expect(handled.sent.some((m) => m.type === 'ui-bg-open-theme-list')).toBe(true))
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(handled.env.openUrl).not.toHaveBeenCalled()
  })

  test.each([
    ['2026-03-04T10:00:00+02:00', 'Avoinna nyt, klo 17.00 asti.', 'true'],
    ['2026-03-07T10:00:00+02:00', 'Suljettu nyt. Avautuu ma 9.3. klo 7.00.', 'false'],
    ['2026-12-24T09:00:00+02:00', 'Suljettu tänään: jouluaatto. Suljettu nyt. Avautuu ma 28.12. klo 7.00.', 'false'],
  ])('support at %s', async (now, text, open) => {
    renderPopup({ now })
    await loaded()
    const status = screen.getByTestId('support-status')
    expect(status.textContent?.trim()).toBe(text)
    expect(status.dataset.open).toBe(open)
  })

  test('in English the day is spelled out', async () => {
    renderPopup({ now: '2026-03-07T10:00:00+02:00', uiLanguage: 'en' })
    await loaded()
    expect(screen.getByTestId('support-status').textContent?.trim()).toBe('Closed now. Opens on Mon 9 March at 7:00.')
  })
})
