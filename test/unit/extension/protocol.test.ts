import { describe, expect, test } from 'vitest'
import { ContentMessage, TabState, UiMessage, urlWithoutQuery } from '../../../src/extension/protocol.ts'

const report = { kind: 'no-access', service: 'employer', lang: 'fi', evidence: ['alert:no-access'] }

describe('messages', () => {
  test('a content-script report parses', () => {
    expect(ContentMessage.parse({ type: 'cs-bg-page-state', report })).toEqual({ type: 'cs-bg-page-state', report })
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
  test('a UI request needs a whole, non-negative tab id', () => {
    expect(UiMessage.safeParse({ type: 'ui-bg-get-tab-state', tabId: 3 }).success).toBe(true)
    expect(UiMessage.safeParse({ type: 'ui-bg-get-tab-state', tabId: -1 }).success).toBe(false)
    expect(UiMessage.safeParse({ type: 'ui-bg-get-tab-state', tabId: 1.5 }).success).toBe(false)
  })
  test('stored tab state keeps only known fields', () => {
    expect(TabState.safeParse({ ...report, url: 'https://www.kela.fi/', at: 1 }).success).toBe(true)
    expect(TabState.safeParse({ ...report, url: 'https://www.kela.fi/', at: 1, title: 'x' }).success).toBe(false)
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
