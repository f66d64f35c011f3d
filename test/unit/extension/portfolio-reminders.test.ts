// The toolbar's expiry reminders for the client portfolio, against a fake of the WebExtension API
// surface they use: the global badge (never per tab) counts the clients whose mandates end within
// 30 days, its title says so in the browser's language, and it follows storage changes.
import { describe, expect, test, vi } from 'vitest'
import type { Browser } from 'webextension-polyfill'
import { planSave, type Portfolio, type RecordedMandate } from '../../../src/core/portfolio/index.ts'
import { portfolioReminderBadge, REMINDER_COLOR, startPortfolioReminders, type RemindersApi } from '../../../src/extension/background/portfolio-reminders.ts'
import { memoryArea } from '../../../src/extension/portfolio/storage/area.ts'
import { encodeWrites } from '../../../src/extension/portfolio/storage/encoding.ts'
import { PortfolioStore } from '../../../src/extension/portfolio/storage/portfolio-store.ts'
import { businessIdAt, client, portfolio } from '../portfolio/helpers.ts'

const now = new Date('2026-03-04T08:00:00Z')
const settle = () => new Promise((resolve) => setTimeout(resolve, 10))

const ending = (n: number, validUntil: string): RecordedMandate => ({
  mandate: { holder: 'my-organisation', mandator: businessIdAt(n), type: 'asiointivaltuus', themes: ['Palvelussuhteeseen liittyvien etuuksien hakeminen'], validUntil },
  source: 'manual', recordedOn: '2026-03-01',
})

function fakeApi(stored: Record<string, unknown>, uiLanguage = 'fi') {
  const area = memoryArea(stored)
  const listeners = new Set<(changes: Record<string, unknown>, areaName: string) => void>()
  area.onChanged((changes) => { for (const listener of listeners) listener(changes, 'local') })
  const calls: { method: string; details: Record<string, unknown> }[] = []
  const record = (method: string) => vi.fn(async (details: Record<string, unknown>) => void calls.push({ method, details }))
  const api = {
    storage: {
      local: { get: (keys: string[]) => area.get(keys) },
      onChanged: { addListener: (l: never) => void listeners.add(l), removeListener: (l: never) => void listeners.delete(l) },
    },
    action: { setBadgeText: record('setBadgeText'), setBadgeBackgroundColor: record('setBadgeBackgroundColor'), setBadgeTextColor: record('setBadgeTextColor'), setTitle: record('setTitle') },
    i18n: { getUILanguage: () => uiLanguage, getMessage: (name: string) => (name === 'actionTitle' ? 'Valtuusapu: Kela-valtuudet' : '') },
  } satisfies RemindersApi
  return { api, area, calls, listeners }
}

const stored = (p: Portfolio) => encodeWrites(planSave(p, p, now))

describe('the badge', () => {
  test('counts clients with a mandate ending within 30 days; the user\'s own count as one', async () => {
    const p = portfolio(
      [client(1, { mandates: [ending(1, '2026-03-10'), ending(1, '2026-03-20')] }), client(2, { mandates: [ending(2, '2026-04-02')] }), client(3, { mandates: [ending(3, '2026-04-30')] }), client(4, { mandates: [ending(4, '2026-03-01')] })],
      { ownMandates: [{ mandate: { holder: 'me', mandator: '0913909-2', type: 'edustamisvaltuus', themes: ['x'], validUntil: '2026-03-05' }, source: 'manual', recordedOn: '2026-03-01' }] },
    )
    const { api } = fakeApi(stored(p))
    // Client 3 ends in 57 days, client 4 ended already.
    expect(await portfolioReminderBadge(api, now)).toEqual({ text: '3', title: 'Valtuusapu: 2 asiakkaan ja omia valtuuksia päättyy 30 päivän sisällä' })
  })

  test.each([
    ['sv-FI', 'Valtuusapu: fullmakter för 1 kund upphör inom 30 dagar'],
    ['en-US', 'Valtuusapu: mandates of 1 client end within 30 days'],
    ['de', 'Valtuusapu: mandates of 1 client end within 30 days'],
  ])('title in %s', async (uiLanguage, title) => {
    const { api } = fakeApi(stored(portfolio([client(1, { mandates: [ending(1, '2026-03-10')] })])), uiLanguage)
    expect((await portfolioReminderBadge(api, now)).title).toBe(title)
  })

  test('nothing ending, nothing stored, damaged beyond repair, or a newer version: no badge, the default title', async () => {
    for (const values of [stored(portfolio([client(1)])), {}, { portfolio: '{"cut', 'portfolio:last-good': 'junk' }, { portfolio: JSON.stringify({ version: 99 }) }]) {
      const { api } = fakeApi(values)
      expect(await portfolioReminderBadge(api, now)).toEqual({ text: '', title: 'Valtuusapu: Kela-valtuudet' })
    }
  })

  test('a damaged current document: the reminders come from the last good copy', async () => {
    const good = portfolio([client(1, { mandates: [ending(1, '2026-03-10')] })])
    const { api } = fakeApi({ ...stored(good), portfolio: '{"version":2,"cl' })
    expect((await portfolioReminderBadge(api, now)).text).toBe('1')
  })
})

describe('startPortfolioReminders', () => {
  test('sets the global badge (no tabId), in the reminder colour, and follows the page\'s saves', async () => {
    const { api, area, calls, listeners } = fakeApi(stored(portfolio([client(1), client(2)])))
    const reminders = startPortfolioReminders(api, () => now)
    await reminders.refresh()
    expect(calls.filter((c) => c.method === 'setBadgeText').map((c) => c.details)).toEqual([{ text: '' }])
    // The page saves a mandate ending soon: the badge follows.
    const page = new PortfolioStore(area, () => now)
    await page.open()
    await page.update((current) => ({ ok: true, portfolio: { ...current, clients: current.clients.map((c, i) => (i === 1 ? { ...c, mandates: [ending(2, '2026-03-20')] } : c)) }, value: null }))
    await settle()
    await reminders.refresh()
    expect(calls.filter((c) => c.method === 'setBadgeText').at(-1)!.details).toEqual({ text: '1' })
    expect(calls.find((c) => c.method === 'setBadgeBackgroundColor')!.details).toEqual({ color: REMINDER_COLOR })
    expect(calls.filter((c) => c.method === 'setTitle').at(-1)!.details).toEqual({ title: 'Valtuusapu: 1 asiakkaan valtuuksia päättyy 30 päivän sisällä' })
    for (const call of calls) expect(call.details).not.toHaveProperty('tabId')
    // Unchanged: nothing is set again.
    const before = calls.length
    await reminders.refresh()
    expect(calls.length).toBe(before)
    reminders.stop()
    expect(listeners.size).toBe(0)
  })

  test('other keys (the popup\'s language, tab state) do not trigger a recomputation', async () => {
    const { api, area } = fakeApi(stored(portfolio([client(1)])))
    const get = vi.spyOn(api.storage.local, 'get')
    const reminders = startPortfolioReminders(api, () => now)
    await reminders.refresh()
    const reads = get.mock.calls.length
    await area.set({ 'ui:lang': 'sv' })
    await settle()
    expect(get.mock.calls.length).toBe(reads)
    reminders.stop()
  })
})

test('webextension-polyfill\'s `browser` fits the API the module asks for (checked by the type checker)', () => {
  const fits = (api: RemindersApi) => api
  // A compile-time check: background/index.ts passes `browser` as it is.
  expect(typeof fits).toBe('function')
  type PolyfillFits = Browser extends RemindersApi ? true : false
  const polyfillFits: PolyfillFits = true
  expect(polyfillFits).toBe(true)
})
