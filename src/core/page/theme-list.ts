// Suomi.fi's list of mandate themes, filtered for Kela's themes.
//
// Kela tells users to filter the list with the word "Kela" ("FPA" on the Swedish pages):
// https://kansanelakelaitos.fi/asiointi-tyonantajat , https://www.kela.fi/web/sv/etjanst-arbetsgivare .
// The list can be searched by a theme's words or by the organisation using it:
// https://dvv.fi/en/-/valtuudet-palvelu-valtuusasiat-helposti-ja-ajantasaisesti-suomi-fi-verkkopalvelussa .
// No address that carries the search word was found, so the extension types the word into the
// page's own search field (content script) and tells the user what to type when it cannot.
import type { Lang } from '../contract/ids.ts'
import { wordText } from './normalise.ts'

// The list's addresses per language, and which are confirmed, are in the knowledge base
// (src/core/knowledge/links.ts, mandateThemeListLink).

/** The search word for the page's language: Kela's Swedish name is FPA. */
export const themeSearchWord = (lang: Lang | null): string => (lang === 'sv' ? 'FPA' : 'Kela')

const FIELD_WORDS = ['valtuusasi', 'fullmaktsarend', 'mandate theme', 'hakusana', 'sokord', 'search term', 'hae', 'sok', 'search']
const FIELDS = 'input[type="search"], input[type="text"], input:not([type]), [role="searchbox"], [role="combobox"]'

/** How an input names itself: its label, aria-label, placeholder, name and id. */
function nameOf(input: HTMLInputElement): string {
  const labels = Array.from(input.ownerDocument.querySelectorAll('label')).filter((label) => label.htmlFor === input.id || label.contains(input))
  return wordText([...labels.map((label) => label.textContent), input.getAttribute('aria-label'), input.placeholder, input.name, input.id].join(' '))
}

/**
 * The theme list's own search field, or null. Only a field inside the page's main content counts
 * (Suomi.fi's header search searches the whole site, not the themes): one whose name says it
 * searches, or the only text field there.
 */
export function findThemeSearchField(doc: Document): HTMLInputElement | null {
  const main = doc.querySelector('main, [role="main"]')
  if (!main) return null
  const fields = Array.from(main.querySelectorAll(FIELDS))
    .map((field) => (field.tagName === 'INPUT' ? field : field.querySelector('input')) as HTMLInputElement | null)
    .filter((input): input is HTMLInputElement => !!input && !input.disabled && !input.readOnly && !input.closest('[hidden], [aria-hidden="true"]'))
  const named = fields.find((field) => FIELD_WORDS.some((word) => nameOf(field).includes(` ${word}`)))
  return named ?? (fields.length === 1 ? fields[0]! : null)
}
