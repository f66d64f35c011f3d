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
export const TEXT_LIMIT = 20_000
const HEADINGS = 'h1, h2, h3, [role="heading"]'
const ALERTS = '[role="alert"], [role="alertdialog"], [role="status"], [aria-live="assertive"], [aria-live="polite"]'
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'svg', 'IFRAME', 'OBJECT'])
/** A Finnish Business ID anywhere in a text: seven digits, a hyphen, a digit. */
export const BUSINESS_ID_IN_TEXT = /(^|[^\d-])\d{7}-\d(?![\d-])/

export function readSignals({ doc, url, status }: PageInput): PageSignals {
  // Running text only: headings and alerts are sources of their own.
  const text = visibleText(doc.body ?? doc.documentElement, TEXT_LIMIT, `${HEADINGS}, ${ALERTS}`)
  const heading = texts(doc, HEADINGS, 40)
  const title = wordText(doc.title ?? '')
  return {
    url: hostAndPath(url),
    status: status ? ` ${status} ${Math.floor(status / 100)}xx ` : ' ',
    title,
    heading: wordText(heading),
    alert: wordText(texts(doc, ALERTS, 20)),
    text: wordText(text),
    picker: offersOrganisation(doc, text) ? ' ' : `${title}${wordText(heading)}${wordText(text)}`,
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

function isHidden(element: Element): boolean {
  return element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true' ||
    /display\s*:\s*none|visibility\s*:\s*hidden/i.test(element.getAttribute('style') ?? '')
}

function texts(doc: Document, selector: string, limit: number): string {
  const parts: string[] = []
  for (const element of Array.from(doc.querySelectorAll(selector)).slice(0, limit)) {
    if (!element.closest('[hidden], [aria-hidden="true"]')) parts.push((element.textContent ?? '').slice(0, 500))
  }
  return parts.join(' \n ')
}

/**
 * Text of the rendered content, skipping scripts, styles, hidden subtrees and elements matching
 * `skip`, up to `limit` characters.
 */
export function visibleText(root: Node | null, limit: number, skip?: string): string {
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
      descend = !SKIPPED.has((node as Element).tagName) && !isHidden(node as Element) && !(skip && (node as Element).matches(skip))
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

/** Whether the page offers an organisation to choose: a radio choice or a Business ID. */
function offersOrganisation(doc: Document, text: string): boolean {
  return BUSINESS_ID_IN_TEXT.test(text) || doc.querySelector('input[type="radio"], [role="radio"], [role="option"]') !== null
}
