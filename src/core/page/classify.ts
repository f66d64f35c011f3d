// The page classifier: pure, no browser APIs, works on any DOM (a live page, happy-dom, or a
// saved file in node). This is the walking skeleton's version; the detection patterns grow into
// data with their own fixtures.
import type { Lang, PageKind, ServiceId } from '../contract/ids.ts'

export interface PageClassification {
  kind: PageKind
  service: ServiceId | null
  lang: Lang | null
  evidence: string[]
}

/** Lower case, diacritics removed, whitespace collapsed: "Pääsy  EVÄTTY" -> "paasy evatty". */
export function normalise(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim()
}

export function pageLang(doc: Document): Lang | null {
  const lang = (doc.documentElement.getAttribute('lang') ?? '').slice(0, 2).toLowerCase()
  return lang === 'fi' || lang === 'sv' || lang === 'en' ? lang : null
}

const NO_ACCESS_PHRASES = ['ei kayttooikeutta', 'saknar behorighet', 'no access rights']

export function classifyDocument(doc: Document): PageClassification {
  const evidence: string[] = []
  const alerts = Array.from(doc.querySelectorAll('[role="alert"], [aria-live="assertive"]'))
  const alertText = normalise(alerts.map((el) => el.textContent ?? '').join(' '))
  if (NO_ACCESS_PHRASES.some((phrase) => alertText.includes(phrase))) evidence.push('alert:no-access')
  return { kind: evidence.length > 0 ? 'no-access' : 'none', service: null, lang: pageLang(doc), evidence }
}
