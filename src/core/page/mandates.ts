// Reads the mandates a Suomi.fi Valtuudet list shows ("Saadut valtuudet" / "Erhållna fullmakter"
// / "Received mandates", mandate requests, expired mandates) into the contract's Mandate format.
// Pure: works on any DOM. Runs only when the user asks for it from the popup.
//
// Privacy: it returns Business IDs, dates, mandate types and theme names, never a person's name
// or personal identity code. A mandate given by a person (identified by a henkilötunnus) is
// skipped and only counted.
//
// The Valtuudet UI's markup is not published, and its labels were taken from Suomi.fi's own
// instructions (cited below), so the reader does not rely on class names: it finds each mandate
// by its type word, takes the largest element around it that holds no other mandate, and reads
// labelled values (dl/dt/dd, table headers, "Label: value", a label followed by its value).
// Sources for the labels: https://www.kela.fi/asiointi-ongelmatilanteet (Saadut valtuudet,
// valtuustyyppi), https://www.kela.fi/etjanst-samarbetspartner-problemsituationer (Erhållna
// fullmakter), https://www.suomi.fi/instructions-and-support/e-authorizations/using-suomifi-e-authorizations-as-an-organisation/making-a-mandate-request-as-an-organisation/where-can-i-see-the-mandates-organization-has-received
// (Received mandates, assignor, Valid / Not valid yet / Invalid, specifier),
// https://www.suomi.fi/ohjeet-ja-tuki/valtuudet/mika-on-suomifi-valtuudet/valtuuksien-sanasto
// (valtuuttaja, valtuusasia, valtuuspyyntö), https://www.te-palvelut.fi/sv/arbetsgivare/foretagare/sysselsattningspolitiskt-understod/anvisning-for-fullmaktsarenden
// (Fullmaktsärenden, fullmaktens specifikation).
import type { Mandate } from '../contract/case.ts'
import { isBusinessId } from '../contract/business-id.ts'
import type { MANDATE_TYPES } from '../contract/case.ts'
import { wordText } from './normalise.ts'
import { hostAndPath, visibleText } from './signals.ts'

type MandateType = (typeof MANDATE_TYPES)[number]

export type MandateList = 'received' | 'requests' | 'expired'

export interface MandateExtraction {
  list: MandateList
  mandates: Mandate[]
  /** Mandates seen but not read: given by a person, marked invalid, or missing a type or theme. */
  skipped: { fromPersons: number; invalid: number; unreadable: number }
}

// Longest first: "edustajan valtuutusoikeus" contains "valtuutusoikeus".
const TYPES: [MandateType, string[]][] = [
  ['edustajan-valtuutusoikeus', ['edustajan valtuutusoikeus', 'representative s right to grant a mandate']],
  ['valtuutusoikeus', ['valtuutusoikeus', 'fullmaktsratt', 'right to grant a mandate']],
  ['edustamisvaltuus', ['edustamisvaltuus', 'representationsfullmakt', 'mandate to represent']],
  ['asiointivaltuus', ['asiointivaltuus', 'arendefullmakt', 'mandate for transactions']],
]
const LISTS: [MandateList | null, string[]][] = [
  [null, ['annetut valtuudet', 'givna fullmakter', 'granted mandates']],
  ['requests', ['valtuuspyynnot', 'valtuuspyyntoja', 'begaran om fullmakt', 'begarda fullmakter', 'mandate requests', 'mandates to be received']],
  ['expired', ['paattyneet valtuudet', 'utgangna fullmakter', 'expired mandates']],
  ['received', ['saadut valtuudet', 'erhallna fullmakter', 'mottagna fullmakter', 'received mandates']],
]
const ORGANISATION_ROLE = ['yrityksen valtuudet', 'asioit nyt', 'foretagets fullmakter', 'company s mandates']
const LABELS = {
  mandator: ['valtuuttaja', 'fullmaktsgivare', 'assignor'],
  themes: ['valtuusasiat', 'valtuusasia', 'fullmaktsarenden', 'fullmaktsarende', 'mandate themes', 'mandate theme'],
  validity: ['voimassaolo', 'voimassaoloaika', 'voimassa', 'giltighetstid', 'giltig', 'period of validity', 'validity', 'valid'],
  specifier: ['valtuuden tarkenne', 'tarkenne', 'rajaustarkenne', 'fullmaktens specifikation', 'specifikation', 'precisering', 'specifier'],
}
const INVALID = [' ei voimassa ', ' virheellinen ', ' mitatoity ', ' ogiltig ', ' annullerad ', ' invalid ', ' invalidated ']
const PENDING = [' odottaa vahvistusta ', ' vantar pa bekraftelse ', ' awaiting ']
/** Suomi.fi Valtuudet in fi, sv and en; the theme list is a public page, not a mandate list. */
const VALTUUDET = /^www\.suomi\.fi\/(valtuudet|fullmakter|e-authorizations)(\/|$)/
const THEME_LIST = /^www\.suomi\.fi\/(valtuudet\/valtuusasiat|fullmakter\/fullmaktsarenden|e-authorizations\/mandate-themes)/
const HETU = /\b\d{6}[-+A-FU-Y]\d{3}[0-9A-Y]\b/i
const BUSINESS_ID = /(?<![\d-])\d{7}-\d(?![\d-])/g
const DATE = /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b|\b(\d{4})-(\d{2})-(\d{2})\b/g

const has = (words: string, terms: string[]): boolean => terms.some((term) => words.includes(` ${term} `))
const clean = (text: string): string => text.replace(/\s+/g, ' ').trim()

export function isValtuudetPage(url: string): boolean {
  const where = hostAndPath(url)
  return VALTUUDET.test(where) && !THEME_LIST.test(where)
}

/** Which mandate list the page shows, or null when it shows none we read. */
export function mandateListOf(doc: Document, url: string): MandateList | null {
  if (!isValtuudetPage(url)) return null
  const heads = wordText(`${doc.title} ${Array.from(doc.querySelectorAll('h1, h2')).map((h) => h.textContent).join(' ')}`)
  for (const [list, terms] of LISTS) if (has(heads, terms)) return list
  return null
}

export function extractMandates(doc: Document, url: string): MandateExtraction | null {
  const list = mandateListOf(doc, url)
  if (!list) return null
  const organisationRole = has(wordText(`${doc.title} ${Array.from(doc.querySelectorAll('h1, h2, header, nav')).map((e) => e.textContent).join(' ')}`), ORGANISATION_ROLE)
  const result: MandateExtraction = { list, mandates: [], skipped: { fromPersons: 0, invalid: 0, unreadable: 0 } }
  const typed = typeElements(doc)
  for (const [element, type] of typed) {
    const card = cardOf(element, typed)
    const read = readCard(card, type, list, organisationRole)
    if (typeof read === 'string') result.skipped[read]++
    else if (result.mandates.length < 1000) result.mandates.push(read)
  }
  return result
}

/** The innermost short elements that name a mandate type, each with the type it names. */
function typeElements(doc: Document): Map<Element, MandateType> {
  const found = new Map<Element, MandateType>()
  const root = doc.querySelector('main, [role="main"]') ?? doc.body ?? doc.documentElement
  for (const element of Array.from(root.querySelectorAll('*'))) {
    const text = element.textContent ?? ''
    if (text.length > 80 || ['SCRIPT', 'STYLE', 'OPTION', 'SELECT'].includes(element.tagName)) continue
    const words = wordText(text)
    const type = TYPES.find(([, terms]) => has(words, terms))?.[0]
    if (!type) continue
    // Keep the innermost: drop an ancestor already recorded for the same text.
    for (const other of found.keys()) if (other.contains(element)) found.delete(other)
    found.set(element, type)
  }
  return found
}

/** The largest element around `element` that holds no other mandate and is not the page. */
function cardOf(element: Element, typed: Map<Element, MandateType>): Element {
  let card = element
  for (let parent = element.parentElement; parent; parent = parent.parentElement) {
    if (['BODY', 'MAIN', 'HTML'].includes(parent.tagName) || parent.querySelector('h1')) break
    let count = 0
    for (const other of typed.keys()) if (parent.contains(other)) count++
    if (count > 1) break
    card = parent
  }
  return card
}

interface Labelled {
  text: string
  element: Element | null
}

/**
 * The value labelled by one of `labels` inside the card: "Label: value" in one element, a label
 * element and the element after it (dt/dd, label/span), or a table header and the row's cell.
 * The innermost match wins (the shortest text), so a container never passes for a value.
 */
function labelled(card: Element, labels: string[]): Labelled | null {
  let best: Labelled | null = null
  let bestLength = Infinity
  for (const element of Array.from(card.querySelectorAll('*'))) {
    const own = clean(element.textContent ?? '')
    const colon = own.indexOf(':')
    const head = colon >= 0 ? own.slice(0, colon) : own
    if (head.length > 40 || own.length >= bestLength || !labels.includes(wordText(head).trim())) continue
    const value: Labelled | null = colon >= 0 && own.slice(colon + 1).trim() !== ''
      ? { text: clean(own.slice(colon + 1)), element: null }
      : element.nextElementSibling ? { text: clean(element.nextElementSibling.textContent ?? ''), element: element.nextElementSibling } : null
    if (value) [best, bestLength] = [value, own.length]
  }
  if (best) return best
  const row = card.closest('tr')
  const headers = Array.from(row?.closest('table')?.querySelectorAll('thead th, thead td') ?? [])
  const cell = row?.children[headers.findIndex((th) => labels.includes(wordText(th.textContent ?? '').trim()))]
  return cell ? { text: clean(cell.textContent ?? ''), element: cell } : null
}

type Skip = keyof MandateExtraction['skipped']

function readCard(card: Element, type: MandateType, list: MandateList, organisationRole: boolean): Mandate | Skip {
  // Text nodes joined with spaces: textContent would glue table cells together.
  const all = visibleText(card, 5000)
  const words = wordText(all)
  if (INVALID.some((term) => words.includes(term)) && !/ (ei viela voimassa|not valid yet|annu inte giltig) /.test(words)) return 'invalid'

  const specifier = labelled(card, LABELS.specifier)?.text ?? ''
  const restrictionIds = (specifier.match(BUSINESS_ID) ?? []).filter(isBusinessId)
  // The mandator: its labelled value, else the first Business ID that is not a specifier. A
  // personal identity code there, and no Business ID, means a person gave the mandate.
  const labelledMandator = labelled(card, LABELS.mandator)?.text ?? ''
  const businessId = (text: string) => (text.match(BUSINESS_ID) ?? []).find((id) => isBusinessId(id) && !restrictionIds.includes(id))
  const mandator = businessId(labelledMandator) ?? (HETU.test(labelledMandator) ? undefined : businessId(all))
  if (!mandator) return HETU.test(labelledMandator) || HETU.test(all) ? 'fromPersons' : 'unreadable'

  const themeValue = labelled(card, LABELS.themes)
  const items = themeValue?.element?.querySelectorAll('li')
  const blocks = themeValue?.element?.children
  const themes = (items && items.length > 0 ? Array.from(items) : blocks && blocks.length > 1 ? Array.from(blocks) : [])
    .map((item) => clean(item.textContent ?? ''))
    .concat(themeValue && !(items?.length || (blocks && blocks.length > 1)) ? [themeValue.text] : [])
    .filter((theme) => theme !== '' && theme.length <= 300 && !HETU.test(theme))
    .slice(0, 200)
  if (themes.length === 0) return 'unreadable'

  const mandate: Mandate = {
    holder: organisationRole && type === 'asiointivaltuus' ? 'my-organisation' : 'me',
    mandator,
    type,
    themes,
  }
  const workplaces = specifier.replace(BUSINESS_ID, ' ').match(/\b\d{1,12}\b/g) ?? []
  if (restrictionIds.length > 0 || workplaces.length > 0) {
    mandate.restrictions = {}
    if (restrictionIds.length > 0) mandate.restrictions.businessIds = restrictionIds
    if (workplaces.length > 0) mandate.restrictions.workplaces = workplaces
  }
  const validity = isoDates(labelled(card, LABELS.validity)?.text ?? '')
  const dates = validity.length > 0 ? validity : isoDates(all)
  const [first, last] = [dates[0], dates.length > 1 ? dates[dates.length - 1] : undefined]
  if (first && last) Object.assign(mandate, { validFrom: first, validUntil: last })
  else if (first) Object.assign(mandate, / (asti|saakka|until|till|t o m) /.test(words) ? { validUntil: first } : { validFrom: first })
  mandate.status = list === 'requests' || PENDING.some((term) => words.includes(term)) ? 'pending-request' : 'valid'
  return mandate
}

/** Real calendar dates in a text, as YYYY-MM-DD, in order. */
export function isoDates(text: string): string[] {
  const dates: string[] = []
  for (const m of text.matchAll(DATE)) {
    const [y, mo, d] = m[3] ? [m[3], m[2], m[1]] : [m[4], m[5], m[6]]
    const iso = `${y}-${(mo ?? '').padStart(2, '0')}-${(d ?? '').padStart(2, '0')}`
    const date = new Date(`${iso}T00:00:00Z`)
    if (!Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso) dates.push(iso)
  }
  return dates
}
