// The one module of facts the pages show: every link is https on a known official host, every
// language has each link, and the numbers are the ones in the domain notes.
import { expect, test } from 'vitest'
import { LANGS, SERVICE_IDS } from '../../../../src/core/contract/ids.ts'
import * as facts from '../../../../src/extension/ui/facts.ts'

const OFFICIAL = /^https:\/\/(www\.)?(suomi\.fi|kela\.fi|dvv\.fi|kansanelakelaitos\.fi)\//

test('every link is https on suomi.fi, kela.fi or dvv.fi, in every language', () => {
  const links = [facts.THEME_LIST, ...LANGS.flatMap((lang) => [
    facts.VALTUUDET[lang], facts.DVV_GUIDE[lang], facts.KELA_TROUBLESHOOTING[lang],
    facts.KELA_MANDATE_PAGES.employer[lang], facts.KELA_MANDATE_PAGES.partner[lang],
  ])]
  for (const link of links) expect(link.url).toMatch(OFFICIAL)
  expect(facts.KELA_TECHNICAL_SUPPORT.source).toMatch(OFFICIAL)
})

test('Kela technical support: the published contact and hours', () => {
  expect(facts.KELA_TECHNICAL_SUPPORT).toMatchObject({ email: 'tekninentuki@kela.fi', phone: '020 634 7787', opensMinutes: 420, closesMinutes: 1020 })
  expect(facts.KELA_TECHNICAL_SUPPORT.phoneInternational).toBe(`+358${facts.KELA_TECHNICAL_SUPPORT.phone.replace(/\s/g, '').slice(1)}`)
})

test('every service has a Finnish name; names fall back to Finnish', () => {
  for (const id of SERVICE_IDS) expect(facts.SERVICE_NAMES[id].fi.length).toBeGreaterThan(3)
  expect(facts.nameIn(facts.SERVICE_NAMES.kelmu, 'en')).toBe('Etuustietopalvelu Kelmu')
  expect(facts.themeIn({ fi: 'A', sv: null }, 'sv')).toBe('A')
})

test('the theme filter word is Kela, and FPA in Swedish', () => {
  expect(facts.THEME_FILTER_WORD).toEqual({ fi: 'Kela', sv: 'FPA', en: 'Kela' })
})
