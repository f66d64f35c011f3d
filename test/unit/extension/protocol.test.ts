import { describe, expect, test } from 'vitest'
import {
  BackgroundMessage, ContentMessage, ExtractMandatesReply, firstIssue, SavedMandates, TabState, TabStateReply, UiMessage, urlWithoutQuery,
} from '../../../src/extension/protocol.ts'

const report = { kind: 'no-access', service: 'employer', lang: 'fi', evidence: ['alert:no-access'] }
const mandate = { holder: 'me', mandator: '5908301-5', type: 'asiointivaltuus', themes: ['Palvelussuhteeseen liittyvien etuuksien hakeminen'] }

describe('content script -> background', () => {
  test('a report and a status question parse', () => {
    expect(ContentMessage.parse({ type: 'cs-bg-page-state', report })).toEqual({ type: 'cs-bg-page-state', report })
    expect(ContentMessage.safeParse({ type: 'cs-bg-get-document-status' }).success).toBe(true)
  })
  test.each([
    ['an unknown type', { type: 'cs-bg-other', report }],
    ['an unknown kind', { type: 'cs-bg-page-state', report: { ...report, kind: 'hacked' } }],
    ['an extra field (strict objects)', { type: 'cs-bg-page-state', report, html: '<b>x</b>' }],
    ['page text as evidence', { type: 'cs-bg-page-state', report: { ...report, evidence: ['Sinulla ei ole oikeutta'] } }],
    ['too much evidence', { type: 'cs-bg-page-state', report: { ...report, evidence: Array(40).fill('x') } }],
    ['not an object', 'cs-bg-page-state'],
  ])('rejects %s', (_, raw) => {
    expect(ContentMessage.safeParse(raw).success).toBe(false)
  })
})

describe('background -> content script', () => {
  test.each(['bg-cs-ping', 'bg-cs-extract-mandates', 'bg-cs-apply-filter'])('%s parses, with nothing else', (type) => {
    expect(BackgroundMessage.safeParse({ type }).success).toBe(true)
    expect(BackgroundMessage.safeParse({ type, word: 'x' }).success).toBe(false)
  })
})

describe('popup -> background', () => {
  test('a tab id is a whole, non-negative number', () => {
    expect(UiMessage.safeParse({ type: 'ui-bg-get-tab-state', tabId: 3 }).success).toBe(true)
    expect(UiMessage.safeParse({ type: 'ui-bg-extract-mandates', tabId: -1 }).success).toBe(false)
    expect(UiMessage.safeParse({ type: 'ui-bg-get-tab-state', tabId: 1.5 }).success).toBe(false)
  })
  test('saving takes contract mandates and a mode; a bad field is named', () => {
    expect(UiMessage.safeParse({ type: 'ui-bg-save-mandates', mandates: [mandate], mode: 'merge' }).success).toBe(true)
    expect(UiMessage.safeParse({ type: 'ui-bg-save-mandates', mandates: [mandate] }).success).toBe(false)
    const bad = UiMessage.safeParse({ type: 'ui-bg-save-mandates', mandates: [{ ...mandate, mandator: '5908301-4' }], mode: 'replace' })
    expect(bad.success).toBe(false)
    if (!bad.success) expect(firstIssue(bad.error)).toMatch(/^mandates\.0\.mandator: .*check digit/)
  })
  test('a name or an identity code has no field to go in', () => {
    expect(UiMessage.safeParse({ type: 'ui-bg-save-mandates', mandates: [{ ...mandate, name: 'Maija Mallikas' }], mode: 'merge' }).success).toBe(false)
    expect(UiMessage.safeParse({ type: 'ui-bg-save-mandates', mandates: [{ ...mandate, mandator: '131052-308T' }], mode: 'merge' }).success).toBe(false)
  })
  test('opening the theme list takes a language', () => {
    expect(UiMessage.safeParse({ type: 'ui-bg-open-theme-list', lang: 'sv' }).success).toBe(true)
    expect(UiMessage.safeParse({ type: 'ui-bg-open-theme-list', lang: 'de' }).success).toBe(false)
  })
})

describe('stored and replied shapes', () => {
  test('tab state keeps only known fields', () => {
    expect(TabState.safeParse({ ...report, url: 'https://www.kela.fi/', at: 1 }).success).toBe(true)
    expect(TabState.safeParse({ ...report, url: 'https://www.kela.fi/', at: 1, title: 'x' }).success).toBe(false)
  })
  test('a tab state reply says the access and the filter', () => {
    expect(TabStateReply.safeParse({ state: null, access: 'needs-reload', filter: { word: 'Kela', status: 'field-not-found', at: 1 } }).success).toBe(true)
    expect(TabStateReply.safeParse({ state: null, access: 'ready' }).success).toBe(false)
  })
  test('an extraction reply carries mandates or a reason', () => {
    expect(ExtractMandatesReply.safeParse({ ok: true, list: 'received', mandates: [mandate], skipped: { fromPersons: 1, invalid: 0, unreadable: 0 } }).success).toBe(true)
    expect(ExtractMandatesReply.safeParse({ ok: false, reason: 'needs-reload' }).success).toBe(true)
  })
  test('saved mandates carry a version', () => {
    expect(SavedMandates.safeParse({ version: 1, savedAt: 1, mandates: [mandate] }).success).toBe(true)
    expect(SavedMandates.safeParse({ version: 2, savedAt: 1, mandates: [mandate] }).success).toBe(false)
  })
})

describe('urlWithoutQuery', () => {
  test.each([
    ['https://asiointi.kela.fi/tyonantaja/?hetu=010101-123N#x', 'https://asiointi.kela.fi/tyonantaja/'],
    ['https://www.suomi.fi/valtuudet', 'https://www.suomi.fi/valtuudet'],
    ['javascript:alert(1)', ''],
    ['chrome-extension://abc/popup.html', ''],
    ['', ''],
    [undefined, ''],
    ['::not a url', ''],
  ])('%s -> %s', (raw, expected) => {
    expect(urlWithoutQuery(raw)).toBe(expected)
  })
})
