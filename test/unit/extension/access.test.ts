import { expect, test } from 'vitest'
import { decideAccess, injectionFor, isKelaUrl } from '../../../src/extension/background/access-decision.ts'

test('Kela and Suomi.fi pages are those the manifest matches: https on kela.fi, suomi.fi and subdomains', () => {
  for (const url of ['https://asiointi.kela.fi/x', 'https://www.suomi.fi/valtuudet', 'https://kela.fi/', 'https://tunnistus.suomi.fi/a?b']) expect(isKelaUrl(url)).toBe(true)
  for (const url of ['http://www.kela.fi/', 'https://kela.fi.example.com/', 'https://notkela.fi/', 'https://www.example.com/kela.fi', 'chrome://newtab', 'not a url']) expect(isKelaUrl(url)).toBe(false)
})

test.each([
  [{ granted: false, url: undefined, answered: false }, 'no-host-permission'],
  [{ granted: false, url: 'https://asiointi.kela.fi/', answered: false }, 'no-host-permission'],
  [{ granted: true, url: undefined, answered: false }, 'not-kela-page'],
  [{ granted: true, url: 'https://www.example.com/', answered: false }, 'not-kela-page'],
  [{ granted: true, url: 'https://asiointi.kela.fi/', answered: false }, 'needs-reload'],
  [{ granted: true, url: 'https://asiointi.kela.fi/', answered: true }, 'ready'],
] as const)('%o -> %s', (facts, access) => {
  expect(decideAccess(facts)).toBe(access)
})

test.each([
  ['complete', 'https://asiointi.kela.fi/tyonantaja', 'now'],
  ['complete', 'https://www.suomi.fi/valtuudet', 'now'],
  ['loading', 'https://asiointi.kela.fi/tyonantaja', 'after-wait'],
  ['loading', 'https://www.example.com/', 'cancel'],
  ['complete', 'https://www.example.com/', 'cancel'],
  ['complete', undefined, 'cancel'],
  [undefined, 'https://asiointi.kela.fi/tyonantaja', 'unchanged'],
  ['unloaded', 'https://asiointi.kela.fi/tyonantaja', 'unchanged'],
] as const)('a tab update %s at %s: inject %s', (status, url, when) => {
  expect(injectionFor(status, url)).toBe(when)
})
