// @vitest-environment happy-dom
// The portfolio page's states in happy-dom: empty, a long list (windowed, checked a slice at a
// time), filters, search and counts against the core, a client's details with request texts,
// adding clients, CSV import with its preview, backups, damaged and newer-version storage,
// another tab's change, a failed save, reminders, the language switch.
import { readFileSync } from 'node:fs'
import { cleanup, fireEvent, waitFor, within } from '@testing-library/preact'
import { afterEach, describe, expect, test, vi } from 'vitest'
import { buildMatrix, countMatrix, endingMandates, exportBackup, queryMatrix, requestTexts, STORAGE_KEYS, type Portfolio } from '../../../../src/core/portfolio/index.ts'
import { KELA_SERVICE_THEMES } from '../../../../src/core/portfolio/kela-themes.ts'
import { memoryArea } from '../../../../src/extension/portfolio/storage/area.ts'
import { decodeStored } from '../../../../src/extension/portfolio/storage/encoding.ts'
import { PortfolioStore } from '../../../../src/extension/portfolio/storage/portfolio-store.ts'
import { businessIdAt, demoPortfolio, FIRM_ID, messyClientCsv, wrongCheckDigit } from '../../../e2e/harness/portfolio-data.ts'
import { NOW, renderPage, storedList } from './page-harness.tsx'

afterEach(cleanup)

const TODAY = '2026-03-04'
const byTestId = (root: HTMLElement, id: string) => root.querySelector<HTMLElement>(`[data-testid="${id}"]`)
/** Waits until the element is there. */
function find(root: HTMLElement, id: string, timeout = 3000): Promise<HTMLElement> {
  return waitFor(() => {
    const found = byTestId(root, id)
    if (!found) throw new Error(`no [data-testid="${id}"]`)
    return found
  }, { timeout })
}
const count = (root: HTMLElement, id: string) => Number(byTestId(root, id)?.getAttribute('data-count'))
const storedDoc = (area: ReturnType<typeof memoryArea>) => decodeStored(area.data.get(STORAGE_KEYS.current)) as Portfolio

async function matrixDone(root: HTMLElement) {
  await waitFor(() => expect(byTestId(root, 'matrix')?.getAttribute('data-pending')).toBe('0'), { timeout: 5000 })
}

function file(content: string | Uint8Array, name: string, type = 'text/csv'): File {
  return new File([typeof content === 'string' ? content : new Uint8Array(content)], name, { type })
}

function choose(input: HTMLElement, chosen: File) {
  fireEvent.change(input, { target: { files: [chosen] } })
}

describe('an empty list', () => {
  test('says how to start, and opens the firm settings (no Y-tunnus yet)', async () => {
    const page = renderPage()
    await page.ready()
    const root = page.view.container
    expect(byTestId(root, 'matrix-empty')?.textContent).toContain('Asiakkaita ei vielä ole')
    expect(root.querySelector('h1')?.textContent).toBe('Asiakassalkku')
    expect(byTestId(root, 'firm-form')).not.toBeNull()
    expect(byTestId(root, 'own-mandate-needs-firm')).not.toBeNull()
    expect(byTestId(root, 'reminders')).toBeNull()
    expect(page.area.data.size).toBe(0)
  })
})

describe('a list of 2,000 clients', () => {
  const portfolio = demoPortfolio(2000, TODAY)
  const model = buildMatrix(portfolio, { now: NOW, lang: 'fi' })
  const counts = countMatrix(model.rows, model.services)

  test('windowed: a screenful of rows in the DOM, the whole list in aria-rowcount; counts as the core counts', async () => {
    const page = renderPage({ stored: storedList(portfolio) })
    await page.ready()
    const root = page.view.container
    // Checked a slice at a time: the first screen at once, then the rest.
    expect(Number(byTestId(root, 'matrix')?.getAttribute('data-pending'))).toBeGreaterThan(0)
    await matrixDone(root)
    const table = byTestId(root, 'matrix-table')!
    expect(table.getAttribute('aria-rowcount')).toBe('2001')
    expect(root.querySelectorAll('tr.matrix-row').length).toBeLessThanOrEqual(40)
    expect(count(root, 'count-all')).toBe(2000)
    expect(count(root, 'count-problems')).toBe(counts.rowsWithProblems)
    expect(count(root, 'count-ending-soon')).toBe(counts.rowsEndingSoon)
    expect(count(root, 'problems-employer')).toBe(['expired', 'missing-theme', 'wrong-type', 'restriction-excludes', 'request-pending', 'not-yet-valid', 'other-blocker'].reduce((n, s) => n + counts.cells.employer![s as 'expired'], 0))
    // The first rows are the core's first rows by name, each cell the engine's verdict.
    const expected = queryMatrix(model.rows, { sort: 'name', lang: 'fi' }).slice(0, 5)
    const shown = [...root.querySelectorAll('tr.matrix-row')].slice(0, 5)
    expect(shown.map((tr) => tr.getAttribute('data-business-id'))).toEqual(expected.map((row) => row.businessId))
    for (const [i, tr] of shown.entries()) {
      expect([...tr.querySelectorAll('td.cell-service')].map((td) => td.getAttribute('data-status'))).toEqual(expected[i]!.cells.map((cell) => cell.status))
    }
  })

  test('filters, search (a Y-tunnus without its hyphen) and sorting', async () => {
    const page = renderPage({ stored: storedList(portfolio) })
    await page.ready()
    const root = page.view.container
    await matrixDone(root)
    fireEvent.click(byTestId(root, 'filter-problems')!)
    expect(count(root, 'shown-count')).toBe(counts.rowsWithProblems)
    for (const tr of root.querySelectorAll('tr.matrix-row')) expect(['expired', 'missing-theme', 'request-pending', 'restriction-excludes']).toContain(tr.getAttribute('data-worst'))
    fireEvent.click(byTestId(root, 'filter-ending-soon')!)
    expect(count(root, 'shown-count')).toBe(counts.rowsEndingSoon)
    fireEvent.click(byTestId(root, 'filter-all')!)
    const id = businessIdAt(123)
    fireEvent.input(byTestId(root, 'matrix-search')!, { target: { value: id.replace('-', '') } })
    expect(count(root, 'shown-count')).toBe(queryMatrix(model.rows, { search: id.replace('-', '') }).length)
    expect([...root.querySelectorAll('tr.matrix-row')].map((tr) => tr.getAttribute('data-business-id'))).toContain(id)
    fireEvent.input(byTestId(root, 'matrix-search')!, { target: { value: '' } })
    fireEvent.click(byTestId(root, 'sort-status')!)
    expect(root.querySelector('tr.matrix-row')?.getAttribute('data-worst')).toBe('expired')
    expect(root.querySelector('th[aria-sort="ascending"]')?.textContent).toContain('Tilanne')
  })

  test('reminders: mandates ending within 30 days, as the core finds them', async () => {
    const page = renderPage({ stored: storedList(portfolio) })
    await page.ready()
    const reminders = byTestId(page.view.container, 'reminders')!
    expect(Number(reminders.getAttribute('data-count'))).toBe(endingMandates(portfolio, NOW).length)
    expect(reminders.querySelectorAll('[data-testid="reminder"]').length).toBe(5)
  })
})

describe('a client\'s details', () => {
  const portfolio = demoPortfolio(40, TODAY)
  // n % 20 === 13: the occupational health themes are missing.
  const client = portfolio.clients[13]!

  async function open(lang?: string) {
    const page = renderPage({ stored: storedList(portfolio), ...(lang ? { lang } : {}) })
    await page.ready()
    await matrixDone(page.view.container)
    fireEvent.input(byTestId(page.view.container, 'matrix-search')!, { target: { value: client.businessId } })
    fireEvent.click(page.view.container.querySelector(`tr[data-business-id="${client.businessId}"] .row-open`)!)
    const details = await find(page.view.container, 'client-details')
    return { page, details }
  }

  test('focus moves to its heading; each service\'s verdict; the request text names the missing themes and the firm', async () => {
    const { page, details } = await open()
    // The heading takes focus in an effect, after the details are in the DOM.
    await vi.waitFor(() => expect(document.activeElement?.id).toBe('client-heading'))
    expect([...details.querySelectorAll('[data-testid="verdicts"] li[data-service]')].map((li) => li.getAttribute('data-status'))).toEqual(['fine', 'missing-theme'])
    const text = (byTestId(details, 'request-client-text') as HTMLTextAreaElement).value
    const expected = requestTexts(portfolio, client.businessId, { lang: 'fi', now: NOW })
    if (!expected.ok) throw new Error(expected.error)
    expect(text).toBe(expected.toClient)
    for (const theme of KELA_SERVICE_THEMES['occupational-health'].themes) expect(text).toContain(`- ${theme.fi}`)
    expect(text).not.toContain(KELA_SERVICE_THEMES.employer.themes[0]!.fi)
    expect(text).toContain(FIRM_ID)
    fireEvent.click(byTestId(details, 'copy-client')!)
    await waitFor(() => expect(page.env.copyText).toHaveBeenCalledWith(expected.toClient))
    expect(byTestId(details, 'copy-client-status')?.textContent).toContain('Kopioitu')
    // The user's edustamisvaltuus covers this client: nothing to ask the administrator.
    expect(byTestId(details, 'request-administrator-none')).not.toBeNull()
  })

  test('the message in Swedish, whatever the page\'s language', async () => {
    const { details } = await open('en')
    fireEvent.click(byTestId(details, 'request-lang-sv')!)
    const text = (byTestId(details, 'request-client-text') as HTMLTextAreaElement).value
    expect(text).toContain('FO-nummer')
    expect(text).toContain('Behandla arbetsgivarens ersättningsansökan för företagshälsovård')
  })

  test('marking the mandates checked, adding a mandate by hand and deleting the client are saved', async () => {
    const { page, details } = await open()
    const form = byTestId(details, 'client-mandate-form')!
    fireEvent.click(within(form).getByText('Lisää valtuus'))
    expect(await within(form).findByRole('alert')).toHaveProperty('textContent', 'Valitse vähintään yksi valtuusasia tai kirjoita sen nimi.')
    const theme = KELA_SERVICE_THEMES['occupational-health'].themes[0]!.fi
    fireEvent.click(form.querySelector(`input[data-theme="${theme}"]`)!)
    fireEvent.input(byTestId(form, 'mandate-until')!, { target: { value: '2026-03-20' } })
    fireEvent.click(within(form).getByText('Lisää valtuus'))
    await waitFor(() => expect(storedDoc(page.area).clients[13]!.mandates).toHaveLength(2))
    expect(storedDoc(page.area).clients[13]!.mandates[1]).toMatchObject({ source: 'manual', mandate: { holder: 'my-organisation', mandator: client.businessId, type: 'asiointivaltuus', themes: [theme], validUntil: '2026-03-20' } })
    fireEvent.click(byTestId(details, 'delete-client')!)
    fireEvent.click(byTestId(details, 'confirm-delete-yes')!)
    await waitFor(() => expect(storedDoc(page.area).clients.map((c) => c.businessId)).not.toContain(client.businessId))
    await waitFor(() => expect(byTestId(page.view.container, 'client-details')).toBeNull())
  })

  test('without the firm\'s Y-tunnus the page says what is needed instead of a text', async () => {
    const firmless: Portfolio = { ...portfolio, firm: { ...portfolio.firm, businessId: undefined as never } }
    delete (firmless.firm as { businessId?: string }).businessId
    const page = renderPage({ stored: storedList(firmless) })
    await page.ready()
    await matrixDone(page.view.container)
    fireEvent.click(page.view.container.querySelector('tr.matrix-row .row-open')!)
    const unavailable = await find(page.view.container, 'request-unavailable')
    expect(unavailable.getAttribute('data-reason')).toBe('no-firm-business-id')
  })
})

describe('adding clients', () => {
  test('a typo in the check digit is refused with the reason; a messy valid Y-tunnus is added and reported', async () => {
    const page = renderPage()
    await page.ready()
    const root = page.view.container
    await find(root, 'add-client-id')
    fireEvent.input(byTestId(root, 'add-client-id')!, { target: { value: wrongCheckDigit(businessIdAt(5)) } })
    fireEvent.click(byTestId(root, 'add-client-submit')!)
    expect((await find(root, 'add-client-error')).textContent).toContain('tarkistusnumero ei täsmää')
    expect(byTestId(root, 'add-client-id')?.getAttribute('aria-invalid')).toBe('true')
    fireEvent.input(byTestId(root, 'add-client-id')!, { target: { value: businessIdAt(5).replace('-', '') } })
    fireEvent.input(byTestId(root, 'add-client-name')!, { target: { value: '  Uusi   Asiakas Oy ' } })
    fireEvent.click(byTestId(root, 'add-client-submit')!)
    await waitFor(() => expect(byTestId(root, 'add-client-result')?.textContent).toContain(`Asiakas ${businessIdAt(5)} lisätty`))
    expect(byTestId(root, 'add-client-result')?.textContent).toContain('yhdysmerkki lisätty')
    expect(storedDoc(page.area).clients).toEqual([{ businessId: businessIdAt(5), name: 'Uusi Asiakas Oy', tags: [], mandates: [] }])
    await waitFor(() => expect(byTestId(root, 'save-status')?.getAttribute('data-state')).toBe('saved'))
  })
})

describe('CSV import', () => {
  test('the preview counts what the file holds; nothing is saved until the user adds them', async () => {
    const fixture = messyClientCsv(500)
    const page = renderPage()
    await page.ready()
    const root = page.view.container
    await find(root, 'csv-file')
    choose(byTestId(root, 'csv-file')!, file(fixture.bytes, 'asiakkaat.csv'))
    const preview = await find(root, 'csv-preview', 5000)
    expect(Number(preview.getAttribute('data-accepted'))).toBe(fixture.accepted)
    expect(Number(preview.getAttribute('data-rejected'))).toBe(fixture.rejected)
    expect(Number(preview.getAttribute('data-duplicates'))).toBe(fixture.duplicates)
    expect(Number(preview.getAttribute('data-empty'))).toBe(fixture.empty)
    expect(byTestId(preview, 'file-notices')?.textContent).toContain('Yhteyshenkilö')
    expect(byTestId(preview, 'rejected-list')?.textContent).toContain('henkilötunnukselta')
    expect(byTestId(preview, 'rejected-list')?.textContent).not.toContain('131052-308T')
    expect(page.area.data.size).toBe(0)
    fireEvent.click(byTestId(preview, 'import-apply')!)
    await waitFor(() => expect(byTestId(root, 'import-done')?.getAttribute('data-added')).toBe(String(fixture.accepted)))
    expect(storedDoc(page.area).clients).toHaveLength(fixture.accepted)
    await waitFor(() => expect(count(root, 'count-all')).toBe(fixture.accepted))
  })

  test('a rejected row is corrected in place and checked again, another left out; the counts add up on screen', async () => {
    const page = renderPage()
    await page.ready()
    const root = page.view.container
    await find(root, 'csv-file')
    choose(byTestId(root, 'csv-file')!, file(readFileSync('test/fixtures/csv/excel-fi-zero-ids.csv'), 'palkanlaskenta.csv'))
    const preview = await find(root, 'csv-preview', 5000)
    const attr = (name: string) => Number(preview.getAttribute(`data-${name}`))
    expect([attr('accepted'), attr('rejected'), attr('duplicates'), attr('empty'), attr('rows')]).toEqual([3, 4, 2, 1, 10])
    expect(byTestId(preview, 'preview-total')?.textContent).toBe('Tiedostossa on 10 tietoriviä: 3 lisättävää + 4 hylättyä + 2 kaksoiskappaletta + 1 tyhjää.')
    expect(byTestId(preview, 'accepted-list')?.textContent).toContain('913909-2: alkunolla lisätty')

    // Row 3 ("0000000"): corrected to a real Y-tunnus, checked again, accepted.
    const row3 = preview.querySelector<HTMLElement>('[data-testid="rejected-list"] tr[data-row="3"]')!
    fireEvent.click(within(row3).getByRole('button', { name: 'Korjaa rivi 3' }))
    const form = await find(preview, 'correction-row')
    expect((byTestId(form, 'correct-business-id') as HTMLInputElement).value).toBe('0000000')
    expect(document.activeElement).toBe(byTestId(form, 'correct-business-id'))
    fireEvent.input(byTestId(form, 'correct-business-id')!, { target: { value: '1000014-4' } })
    fireEvent.click(byTestId(form, 'check-row')!)
    await waitFor(() => expect(byTestId(preview, 'row-standing')?.getAttribute('data-standing')).toBe('rejected'))
    expect(byTestId(preview, 'row-standing')?.textContent).toContain('Rivi 3 on yhä hylätty: Y-tunnuksen tarkistusnumero ei täsmää')
    fireEvent.click(within(preview.querySelector<HTMLElement>('tr[data-row="3"]')!).getByRole('button', { name: 'Korjaa rivi 3' }))
    fireEvent.input(byTestId(preview, 'correct-business-id')!, { target: { value: '1000014-3' } })
    fireEvent.click(byTestId(preview, 'check-row')!)
    await waitFor(() => expect(byTestId(preview, 'row-standing')?.getAttribute('data-standing')).toBe('accepted'))
    expect(document.activeElement).toBe(byTestId(preview, 'row-standing'))

    // Row 4 ("0000000-0"): left out.
    fireEvent.click(within(preview.querySelector<HTMLElement>('tr[data-row="4"]')!).getByRole('button', { name: 'Jätä pois rivi 4' }))
    await waitFor(() => expect(attr('left-out')).toBe(1))
    expect([attr('accepted'), attr('rejected'), attr('duplicates'), attr('empty'), attr('left-out')]).toEqual([4, 2, 2, 1, 1])
    expect(byTestId(preview, 'preview-total')?.textContent).toBe('Tiedostossa on 10 tietoriviä: 4 lisättävää + 2 hylättyä + 2 kaksoiskappaletta + 1 tyhjää + 1 pois jätettyä.')
    expect(byTestId(preview, 'left-out-list')?.textContent).toContain('Rivi 4')

    fireEvent.click(byTestId(preview, 'import-apply')!)
    await waitFor(() => expect(byTestId(root, 'import-done')?.getAttribute('data-added')).toBe('4'))
    expect(storedDoc(page.area).clients.map((client) => client.businessId).sort()).toEqual(['0913909-2', '1000000-4', '1000007-1', '1000014-3'])
  })

  test('an Excel workbook is refused with a hint, not read', async () => {
    const page = renderPage()
    await page.ready()
    const root = page.view.container
    await find(root, 'csv-file')
    choose(byTestId(root, 'csv-file')!, file(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0]), 'asiakkaat.xlsx', 'application/octet-stream'))
    const error = await find(root, 'import-error')
    expect(error.querySelector('[data-error]')?.getAttribute('data-error')).toBe('spreadsheet-not-csv')
  })
})

describe('backups', () => {
  test('export downloads the full backup; restoring shows what a merge adds before it does it', async () => {
    const mine = demoPortfolio(10, TODAY)
    const page = renderPage({ stored: storedList(mine) })
    await page.ready()
    const root = page.view.container
    await find(root, 'export-backup')
    fireEvent.click(byTestId(root, 'export-backup')!)
    expect(page.env.downloads[0]).toMatchObject({ name: 'valtuusapu-portfolio-2026-03-04.json', type: 'application/json' })
    expect(JSON.parse(page.env.downloads[0]!.text).portfolio.clients).toHaveLength(10)
    fireEvent.click(byTestId(root, 'export-csv')!)
    expect(page.env.downloads[1]!.text.startsWith('\uFEFFY-tunnus;Nimi\r\n')).toBe(true)

    const theirs = demoPortfolio(15, TODAY)
    choose(byTestId(root, 'backup-file')!, file(exportBackup(theirs, NOW), 'backup.json', 'application/json'))
    const preview = await find(root, 'backup-preview')
    expect(preview.getAttribute('data-added')).toBe('5')
    expect(storedDoc(page.area).clients).toHaveLength(10)
    fireEvent.click(byTestId(preview, 'backup-merge')!)
    await waitFor(() => expect(storedDoc(page.area).clients).toHaveLength(15))
    expect((await find(root, 'restore-done')).getAttribute('data-mode')).toBe('merge')
  })

  test('a file that is not a backup is refused, naming why; nothing changes', async () => {
    const page = renderPage({ stored: storedList(demoPortfolio(3, TODAY)) })
    await page.ready()
    const root = page.view.container
    await find(root, 'backup-file')
    choose(byTestId(root, 'backup-file')!, file('{"format":"something-else"}', 'x.json', 'application/json'))
    const error = await find(root, 'restore-error')
    expect(error.querySelector('[data-error]')?.getAttribute('data-error')).toBe('not-a-backup')
    expect(storedDoc(page.area).clients).toHaveLength(3)
  })
})

describe('storage states', () => {
  test('damaged data: the last good copy, said plainly; the damaged value downloads, then can be dismissed', async () => {
    const good = demoPortfolio(4, TODAY)
    const page = renderPage({ stored: { ...storedList(good), [STORAGE_KEYS.current]: '{"version":2,"firm":{"serv' } })
    await page.ready()
    const root = page.view.container
    expect(byTestId(root, 'recovered')?.textContent).toContain('edellinen ehjä tallennus')
    expect(count(root, 'count-all')).toBe(4)
    fireEvent.click(byTestId(root, 'download-damaged')!)
    await waitFor(() => expect(page.env.downloads).toHaveLength(1))
    expect(page.env.downloads[0]!.name).toBe('valtuusapu-portfolio-damaged-2026-03-04.json')
    expect(JSON.parse(page.env.downloads[0]!.text)).toEqual({ current: '{"version":2,"firm":{"serv' })
    fireEvent.click(byTestId(root, 'dismiss-damaged')!)
    await waitFor(() => expect(byTestId(root, 'damaged')).toBeNull())
    expect(page.area.data.has(STORAGE_KEYS.damaged)).toBe(false)
  })

  test('nothing to rescue: an empty list, said so, and the damaged values kept for download', async () => {
    const page = renderPage({ stored: { [STORAGE_KEYS.current]: '"junk"', [STORAGE_KEYS.lastGood]: '{"version":' } })
    await page.ready()
    const root = page.view.container
    const notice = byTestId(root, 'recovered')!
    expect(notice.querySelector('[data-source]')?.getAttribute('data-source')).toBe('empty')
    expect(notice.querySelector('h2')?.textContent).toBe('Tallennettu asiakasluettelo oli vioittunut, eikä sitä voitu palauttaa')
    expect(byTestId(root, 'matrix-empty')).not.toBeNull()
    fireEvent.click(byTestId(root, 'download-damaged')!)
    await waitFor(() => expect(JSON.parse(page.env.downloads[0]!.text)).toEqual({ current: 'junk', lastGood: '{"version":' }))
  })

  test('a newer version\'s data: read-only, nothing can be edited, the data can be downloaded', async () => {
    const page = renderPage({ stored: { [STORAGE_KEYS.current]: JSON.stringify({ version: 9, clients: [] }) } })
    await page.ready()
    const root = page.view.container
    expect(byTestId(root, 'read-only')).not.toBeNull()
    await find(root, 'add-client-submit')
    expect((byTestId(root, 'add-client-submit')!.closest('fieldset') as HTMLFieldSetElement).disabled).toBe(true)
    fireEvent.click(byTestId(root, 'download-stored')!)
    await waitFor(() => expect(JSON.parse(page.env.downloads[0]!.text)).toEqual({ version: 9, clients: [] }))
  })

  test('a save in another tab shows here, and the page says so', async () => {
    const area = memoryArea(storedList(demoPortfolio(3, TODAY)))
    const page = renderPage({ area })
    await page.ready()
    const other = new PortfolioStore(area, () => NOW, { writer: 'other-tab' })
    await other.open()
    await other.update((current) => ({ ok: true, portfolio: { ...current, clients: current.clients.slice(1) }, value: null }))
    await waitFor(() => expect(count(page.view.container, 'count-all')).toBe(2))
    expect((await find(page.view.container, 'external-change')).textContent).toContain('toisella välilehdellä')
  })

  test('a write the browser refuses: an alert, and the list stays what storage holds', async () => {
    const page = renderPage({ stored: storedList(demoPortfolio(3, TODAY)) })
    await page.ready()
    const root = page.view.container
    page.area.failWrites = 'QUOTA_BYTES quota exceeded'
    await find(root, 'add-client-id')
    fireEvent.input(byTestId(root, 'add-client-id')!, { target: { value: businessIdAt(900) } })
    fireEvent.click(byTestId(root, 'add-client-submit')!)
    const alert = await find(root, 'save-failed')
    expect(alert.textContent).toContain('QUOTA_BYTES')
    // The real cause and the next step, not "for example, the disk is full".
    expect(alert.textContent).toContain('selaimen tallennustila tälle laajennukselle on täynnä')
    expect(alert.textContent).toContain('Vie varmuuskopio nyt')
    expect(alert.textContent).not.toContain('levy on täynnä')
    expect(count(root, 'count-all')).toBe(3)
  })
})

describe('the page around the list', () => {
  test('the mandates the page reader saved: until the background answers, the page says so', async () => {
    const page = renderPage({ stored: storedList(demoPortfolio(3, TODAY)) })
    await page.ready()
    const root = page.view.container
    fireEvent.click(byTestId(root, 'firm-toggle')!)
    fireEvent.click(byTestId(root, 'fetch-saved')!)
    await waitFor(() => expect(byTestId(root, 'saved-result')?.getAttribute('data-kind')).toBe('unavailable'))
  })

  test('saved mandates go to their clients when the background has them', async () => {
    const p = demoPortfolio(3, TODAY)
    const mandate = { holder: 'my-organisation' as const, mandator: p.clients[2]!.businessId, type: 'asiointivaltuus' as const, themes: ['Palvelussuhteeseen liittyvien etuuksien hakeminen'] }
    const page = renderPage({ stored: storedList(p), savedMandates: { ok: true, value: { mandates: [mandate], savedAt: 1 } } })
    await page.ready()
    const root = page.view.container
    fireEvent.click(byTestId(root, 'firm-toggle')!)
    fireEvent.click(byTestId(root, 'fetch-saved')!)
    await waitFor(() => expect(byTestId(root, 'saved-result')?.getAttribute('data-kind')).toBe('recorded'))
    expect(storedDoc(page.area).clients[2]!.mandates.at(-1)).toMatchObject({ source: 'valtuudet-page', mandate })
  })

  test('the language follows the browser and the switch, and is remembered', async () => {
    const page = renderPage({ uiLanguage: 'sv-FI' })
    await page.ready()
    const root = page.view.container
    expect(root.querySelector('h1')?.textContent).toBe('Kundportfölj')
    fireEvent.click(within(root).getByText('English'))
    expect(root.querySelector('h1')?.textContent).toBe('Client portfolio')
    expect(document.documentElement.lang).toBe('en')
    await waitFor(() => expect(page.env.store.get('ui:lang')).resolves.toBe('en'))
  })
})
