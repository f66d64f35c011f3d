// The theme list's own search field is found; the site-wide header search never is.
import { expect, test } from 'vitest'
import { findThemeSearchField, themeSearchWord } from '../../../src/core/page/theme-list.ts'
import { mandateThemeListLink } from '../../../src/core/knowledge/index.ts'
import { readFixture } from '../../fixtures/fixture-pages.ts'
import { fixtureDocument } from '../../fixtures/fixture-dom.ts'

test.each(['none-theme-list-fi.html', 'none-theme-list-sv.html', 'none-theme-list-en.html'])('%s: the field in main content', (file) => {
  const field = findThemeSearchField(fixtureDocument(readFixture(file)))
  expect(field?.id).toBe('theme-search')
})

test('no field of its own: nothing, not the header search', () => {
  const doc = fixtureDocument(readFixture('none-theme-list-nofield-fi.html'))
  expect(doc.querySelector('header input[type="search"]')).not.toBeNull()
  expect(findThemeSearchField(doc)).toBeNull()
})

test('a disabled or hidden field is not used; a lone unnamed field in main is', () => {
  const page = (main: string) => fixtureDocument({ url: mandateThemeListLink('fi').url, html: `<html><body><main>${main}</main></body></html>` })
  expect(findThemeSearchField(page('<input type="search" aria-label="Hae" disabled>'))).toBeNull()
  expect(findThemeSearchField(page('<div hidden><input type="search" aria-label="Hae"></div>'))).toBeNull()
  expect(findThemeSearchField(page('<input id="q">'))?.id).toBe('q')
  expect(findThemeSearchField(page('<input id="a"><input id="b">'))).toBeNull()
  expect(findThemeSearchField(page('<input id="a"><input id="b" placeholder="Hakusana">'))?.id).toBe('b')
})

test('the search word: "FPA" in Swedish, "Kela" otherwise; the list addresses are Suomi.fi pages', () => {
  expect([themeSearchWord('fi'), themeSearchWord('sv'), themeSearchWord('en'), themeSearchWord(null)]).toEqual(['Kela', 'FPA', 'Kela', 'Kela'])
  for (const lang of ['fi', 'sv', 'en'] as const) expect(mandateThemeListLink(lang).url).toMatch(/^https:\/\/www\.suomi\.fi\//)
})
