// The popup's messages to the background, as protocol.ts documents them: the replies are checked
// with the protocol's own schemas, and every way of not answering (no listener, a rejection,
// silence, a wrong shape) becomes a result the UI can show.
import { expect, test } from 'vitest'
import type { Mandate } from '../../../../src/core/contract/case.ts'
import { backgroundApi } from '../../../../src/extension/popup/background-api.ts'
import { UiMessage } from '../../../../src/extension/protocol.ts'

const reply = (value: unknown) => backgroundApi(async () => value, 50)
const state = { kind: 'no-access', service: 'employer', lang: 'fi', evidence: [], url: 'https://asiointi.kela.fi/', at: 1 }
const mandate: Mandate = { holder: 'me', mandator: '0913909-2', type: 'edustamisvaltuus', themes: ['Palvelussuhteeseen liittyvien etuuksien hakeminen'] }

test('a valid tab state reply, with and without a theme-list filter', async () => {
  expect(await reply({ state, access: 'ready', filter: null }).getTabState(1)).toEqual({ ok: true, value: { state, access: 'ready', filter: null } })
  const filter = { word: 'FPA', status: 'field-not-found', at: 2 }
  expect(await reply({ state: null, access: 'ready', filter }).getTabState(1)).toEqual({ ok: true, value: { state: null, access: 'ready', filter } })
})

test('no listener (undefined), a rejection and silence are "no-answer"; a wrong shape is "invalid-reply"', async () => {
  expect(await reply(undefined).getTabState(1)).toEqual({ ok: false, reason: 'no-answer' })
  expect(await backgroundApi(() => Promise.reject(new Error('Receiving end does not exist')), 50).getTabState(1)).toEqual({ ok: false, reason: 'no-answer' })
  expect(await backgroundApi(() => new Promise(() => undefined), 20).getTabState(1)).toEqual({ ok: false, reason: 'no-answer' })
  expect(await reply({ state: null, access: 'sideways', filter: null }).getTabState(1)).toEqual({ ok: false, reason: 'invalid-reply' })
  // The shape before issue 4 (no filter) is no longer the protocol's.
  expect(await reply({ state, access: 'ready' }).getTabState(1)).toEqual({ ok: false, reason: 'invalid-reply' })
})

test('extraction: the list read, or why not; a mandate with a name in it is refused whole', async () => {
  const read = { ok: true, list: 'received', mandates: [mandate], skipped: { fromPersons: 1, invalid: 0, unreadable: 2 } }
  expect(await reply(read).extractMandates(7)).toEqual({ ok: true, value: read })
  for (const reason of ['not-a-mandate-list', 'not-kela-page', 'needs-reload', 'no-host-permission']) {
    expect(await reply({ ok: false, reason }).extractMandates(7)).toEqual({ ok: true, value: { ok: false, reason } })
  }
  expect(await reply({ ...read, mandates: [{ ...mandate, mandatorName: 'Tilitoimisto Oy' }] }).extractMandates(7)).toEqual({ ok: false, reason: 'invalid-reply' })
  expect(await reply({ ok: false, reason: 'bored' }).extractMandates(7)).toEqual({ ok: false, reason: 'invalid-reply' })
})

test('saving, reading, forgetting saved mandates and opening the theme list', async () => {
  expect(await reply({ ok: true, count: 1, savedAt: 5 }).saveMandates([mandate], 'replace')).toEqual({ ok: true, value: { ok: true, count: 1, savedAt: 5 } })
  expect(await reply({ ok: false, error: 'mandates.0.mandator: not a Y-tunnus' }).saveMandates([mandate], 'merge')).toMatchObject({ ok: true, value: { ok: false } })
  expect(await reply({ mandates: [mandate], savedAt: 5 }).getSavedMandates()).toEqual({ ok: true, value: { mandates: [mandate], savedAt: 5 } })
  expect(await reply({ mandates: [], savedAt: null, problem: 'version 9' }).getSavedMandates()).toMatchObject({ ok: true, value: { problem: 'version 9' } })
  expect(await reply({ ok: true }).clearSavedMandates()).toEqual({ ok: true, value: { ok: true } })
  expect(await reply({ ok: 'yes' }).clearSavedMandates()).toEqual({ ok: false, reason: 'invalid-reply' })
  expect(await reply({ tabId: 9, url: 'https://www.suomi.fi/e-authorizations/mandate-themes' }).openThemeList('en')).toMatchObject({ ok: true, value: { tabId: 9 } })
})

test('the messages sent are exactly the protocol\'s', async () => {
  const sent: unknown[] = []
  const api = backgroundApi(async (message) => (sent.push(message), undefined), 20)
  await api.getTabState(3)
  await api.extractMandates(3)
  await api.saveMandates([mandate], 'merge')
  await api.getSavedMandates()
  await api.clearSavedMandates()
  await api.openThemeList('sv')
  expect(sent).toEqual([
    { type: 'ui-bg-get-tab-state', tabId: 3 },
    { type: 'ui-bg-extract-mandates', tabId: 3 },
    { type: 'ui-bg-save-mandates', mandates: [mandate], mode: 'merge' },
    { type: 'ui-bg-get-saved-mandates' },
    { type: 'ui-bg-clear-saved-mandates' },
    { type: 'ui-bg-open-theme-list', lang: 'sv' },
  ])
  for (const message of sent) expect(UiMessage.safeParse(message).success).toBe(true)
})
