// The popup's messages to the background: replies validated, and every way of not answering
// (no listener, a rejection, silence, a wrong shape) becomes a result the UI can show.
import { expect, test } from 'vitest'
import { backgroundApi } from '../../../../src/extension/popup/background-api.ts'

const reply = (value: unknown) => backgroundApi(async () => value, 50)
const state = { kind: 'no-access', service: 'employer', lang: 'fi', evidence: [], url: 'https://asiointi.kela.fi/', at: 1 }

test('a valid tab state reply', async () => {
  expect(await reply({ state, access: 'ready' }).getTabState(1)).toEqual({ ok: true, value: { state, access: 'ready' } })
})

test('no listener (undefined), a rejection and silence are "no-answer"; a wrong shape is "invalid-reply"', async () => {
  expect(await reply(undefined).getTabState(1)).toEqual({ ok: false, reason: 'no-answer' })
  expect(await backgroundApi(() => Promise.reject(new Error('Receiving end does not exist')), 50).getTabState(1)).toEqual({ ok: false, reason: 'no-answer' })
  expect(await backgroundApi(() => new Promise(() => undefined), 20).getTabState(1)).toEqual({ ok: false, reason: 'no-answer' })
  expect(await reply({ state: null, access: 'sideways' }).getTabState(1)).toEqual({ ok: false, reason: 'invalid-reply' })
})

test('extracted mandates keep the contract fields; unreadable items are counted, not used', async () => {
  const good = { holder: 'me', type: 'edustamisvaltuus', themes: ['Palvelussuhteeseen liittyvien etuuksien hakeminen'], mandator: '0913909-2', mandatorName: 'Tilitoimisto Oy' }
  const bad = { holder: 'me', type: 'asiointivaltuus', themes: ['x'], mandator: '1234567-8' }
  const result = await reply({ mandates: [good, bad, 'text'] }).extractMandates(7)
  expect(result).toEqual({ ok: true, value: { unreadable: 2, mandates: [{ holder: 'me', type: 'edustamisvaltuus', themes: ['Palvelussuhteeseen liittyvien etuuksien hakeminen'], mandator: '0913909-2' }] } })
})

test('the messages sent', async () => {
  const sent: unknown[] = []
  const api = backgroundApi(async (message) => (sent.push(message), undefined), 20)
  await api.getTabState(3)
  await api.extractMandates(3)
  await api.saveMandates('0913909-2', [])
  await api.getSavedMandates(undefined)
  await api.openThemeList('sv')
  expect(sent).toEqual([
    { type: 'ui-bg-get-tab-state', tabId: 3 },
    { type: 'ui-bg-extract-mandates', tabId: 3 },
    { type: 'ui-bg-save-mandates', businessId: '0913909-2', mandates: [] },
    { type: 'ui-bg-get-saved-mandates' },
    { type: 'ui-bg-open-theme-list', lang: 'sv' },
  ])
})
