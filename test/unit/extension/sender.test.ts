import { describe, expect, test } from 'vitest'
import { classifySender, originOf } from '../../../src/extension/lib/sender.ts'

const ID = 'abcdefghijklmnopabcdefghijklmnop'
const ORIGIN = `chrome-extension://${ID}`

describe('classifySender', () => {
  test('a content script in a top frame of a tab', () => {
    expect(classifySender({ id: ID, origin: 'https://asiointi.kela.fi', tab: { id: 7 }, frameId: 0 }, ID, ORIGIN))
      .toEqual({ kind: 'content-script', tabId: 7 })
  })
  test('a content script in a sub-frame is not trusted', () => {
    expect(classifySender({ id: ID, tab: { id: 7 }, frameId: 3 }, ID, ORIGIN)).toEqual({ kind: 'untrusted' })
  })
  test('another extension is not trusted, whatever it claims', () => {
    expect(classifySender({ id: 'other', origin: ORIGIN, tab: { id: 1 }, frameId: 0 }, ID, ORIGIN)).toEqual({ kind: 'untrusted' })
  })
  test('our popup, also when opened as a tab', () => {
    expect(classifySender({ id: ID, origin: ORIGIN }, ID, ORIGIN)).toEqual({ kind: 'extension-page' })
    expect(classifySender({ id: ID, origin: ORIGIN, tab: { id: 4 }, frameId: 0 }, ID, ORIGIN)).toEqual({ kind: 'extension-page' })
  })
  test('Firefox before 126 has no sender.origin: the URL decides only when it is ours', () => {
    const moz = 'moz-extension://1234-5678'
    expect(classifySender({ id: ID, url: `${moz}/src/extension/popup/index.html` }, ID, moz)).toEqual({ kind: 'extension-page' })
    expect(classifySender({ id: ID, url: 'https://www.kela.fi/', tab: { id: 2 }, frameId: 0 }, ID, moz))
      .toEqual({ kind: 'content-script', tabId: 2 })
  })
  test('no id at all (a web page via externally_connectable) is not trusted', () => {
    expect(classifySender({ origin: 'https://www.kela.fi', tab: { id: 2 }, frameId: 0 }, ID, ORIGIN)).toEqual({ kind: 'untrusted' })
  })
})

test('originOf keeps scheme and host only', () => {
  expect(originOf('chrome-extension://abc/x/y.html?q#h')).toBe('chrome-extension://abc')
  expect(originOf('https://www.kela.fi:8443/a')).toBe('https://www.kela.fi:8443')
  expect(originOf(undefined)).toBeUndefined()
  expect(originOf('not a url')).toBeUndefined()
})
