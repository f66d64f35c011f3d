// Reads the signals the classifier weighs from any DOM: a live page, happy-dom, a saved file.
// Never reads layout (no getComputedStyle, innerText or geometry): it runs inside a batched
// mutation handler on Kela pages and must stay cheap on a 1 MB page.
import type { Source } from './pattern-format.ts'
import { wordText } from './normalise.ts'

export interface PageInput {
  doc: Document
  /** The page's address; only host and path are read. */
  url: string
  /** HTTP status of the main document, when the background saw it. */
  status?: number | null
}

/** Each source as " words words ", ready for whole-word matching; url as "host/path". */
export type PageSignals = Record<Source, string>

/** Visible text beyond this many characters is not read: failure pages are short. */
export const TEXT_LIMIT = 10_000
const ALERT_ROLES = new Set(['alert', 'alertdialog', 'status'])
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'svg', 'IFRAME', 'OBJECT'])
const HEADING_TAGS = new Set(['H1', 'H2', 'H3'])
/** A Finnish Business ID anywhere in a text: seven digits, a hyphen, a digit. */
export const BUSINESS_ID_IN_TEXT = /(^|[^\d-])\d{7}-\d(?![\d-])/

const isAlert = (element: Element): boolean =>
  ALERT_ROLES.has(element.getAttribute('role') ?? '') || (element.hasAttribute('aria-live') && element.getAttribute('aria-live') !== 'off')
const isHeading = (element: Element): boolean => HEADING_TAGS.has(element.tagName) || element.getAttribute('role') === 'heading'

// Cost on a 1 MB page matters (bench/classify.bench.ts): one query for every element with a role
// or a live region, tag-name collections (cached by the browser) for headings, and one walk of
// the text that stops at TEXT_LIMIT. Selector lists with attribute tests cost far more.
export function readSignals({ doc, url, status }: PageInput): PageSignals {
  // Two single-attribute queries: Chromium runs a selector list several times slower.
  const marked = [...new Set([...Array.from(doc.querySelectorAll('[role]')), ...Array.from(doc.querySelectorAll('[aria-live]'))])]
  const headings = [...['h1', 'h2', 'h3'].flatMap((tag) => Array.from(doc.getElementsByTagName(tag))), ...marked.filter(isHeading)]
  // Running text only: headings and alerts are sources of their own.
  const text = visibleText(doc.body ?? doc.documentElement, TEXT_LIMIT, (element) => isHeading(element) || isAlert(element))
  const title = wordText(doc.title ?? '')
  const heading = wordText(texts(headings, 40))
  const words = wordText(text)
  const offersOrganisation = BUSINESS_ID_IN_TEXT.test(text) ||
    marked.some((element) => ['radio', 'option'].includes(element.getAttribute('role') ?? '')) ||
    Array.from(doc.getElementsByTagName('input')).some((input) => input.getAttribute('type') === 'radio')
  return {
    url: hostAndPath(url),
    status: status ? ` ${status} ${Math.floor(status / 100)}xx ` : ' ',
    title,
    heading,
    alert: wordText(texts(marked.filter(isAlert), 20)),
    text: words,
    picker: offersOrganisation ? ' ' : `${title}${heading}${words}`,
  }
}

export function hostAndPath(url: string): string {
  try {
    const parsed = new URL(url)
    return `${parsed.host}${parsed.pathname}`.toLowerCase()
  } catch {
    return ''
  }
}

/** Hidden by attribute, aria-hidden or inline style (never by layout: no getComputedStyle here). */
export function isHidden(element: Element): boolean {
  return element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true' ||
    /display\s*:\s*none|visibility\s*:\s*hidden/i.test(element.getAttribute('style') ?? '')
}

function texts(elements: Element[], limit: number): string {
  const parts: string[] = []
  for (const element of elements) {
    if (parts.length >= limit) break
    if (!element.closest('[hidden], [aria-hidden="true"]')) parts.push((element.textContent ?? '').slice(0, 500))
  }
  return parts.join(' \n ')
}

/**
 * Text of the rendered content, skipping scripts, styles, hidden subtrees and elements `skip`
 * says to, up to `limit` characters.
 */
export function visibleText(root: Node | null, limit: number, skip?: (element: Element) => boolean): string {
  const parts: string[] = []
  let length = 0
  let node: Node | null = root?.firstChild ?? null
  while (node && length < limit) {
    let descend = false
    if (node.nodeType === 3) {
      const value = node.nodeValue ?? ''
      parts.push(value)
      length += value.length
    } else if (node.nodeType === 1) {
      const element = node as Element
      descend = !SKIPPED.has(element.tagName) && !isHidden(element) && !skip?.(element)
    }
    if (descend && node.firstChild) {
      node = node.firstChild
      continue
    }
    while (node && !node.nextSibling && node !== root) node = node.parentNode
    node = node && node !== root ? node.nextSibling : null
  }
  // Block boundaries are not in textContent; a space keeps words of adjacent blocks apart.
  return parts.join(' ').slice(0, limit)
}
