// A page -> its redacted skeleton (format.ts; docs/page-skeleton.md). Pure, no browser APIs: the
// extension runs it in the page on demand (src/extension/skeleton/, injected only when the user
// asks for a report) and `npm run skeleton` runs it on a saved page in node. Only structure and
// redacted text leave it: tag names, roles, aria-* attributes, an input's type, disabled / hidden /
// checked / selected state, class names and ids (digits as 0), the address without query or
// fragment (digits in the path as 0), and text through redact.ts.
import { SKELETON_FORMAT, SKELETON_LIMITS, SKELETON_VERSION, type NodeState, type PageSkeleton, type SkeletonElement, type SkeletonNode } from './format.ts'
import { redactText } from './redact.ts'
import { isHidden } from '../page/signals.ts'

export interface SkeletonInput {
  doc: Document
  url: string
  status?: number | null
}

/** Elements whose content is never page text a user sees. */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'canvas', 'link', 'meta', 'base'])
const STATE_ATTRIBUTES: Array<[string, NodeState]> = [['disabled', 'disabled'], ['checked', 'checked'], ['selected', 'selected']]

const safeToken = (value: string) => value.replace(/\d/g, '0').slice(0, 100)

/** The address without query or fragment, digits in the path as 0 (they can be case numbers). */
export function skeletonUrl(raw: string): string {
  try {
    const url = new URL(raw)
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'https://invalid.invalid/'
    return `${url.protocol}//${url.host}${url.pathname.replace(/\d/g, '0')}`.slice(0, 2048)
  } catch {
    return 'https://invalid.invalid/'
  }
}

/** ARIA's enumerated values are kept as they are; references become tokens; labels are redacted text. */
const ARIA_ENUM = /^(true|false|mixed|undefined|off|polite|assertive|page|step|location|date|time|menu|listbox|tree|grid|dialog|horizontal|vertical|ascending|descending|none|other|additions|removals|text|all|inline|list|both|\d{1,2})$/
function ariaValue(name: string, value: string): string {
  const trimmed = value.trim()
  if (ARIA_ENUM.test(trimmed.toLowerCase())) return trimmed.toLowerCase()
  if (/^aria-(labelledby|describedby|controls|owns|flowto|activedescendant|details|errormessage)$/.test(name)) return clipText(trimmed.split(/\s+/).map(safeToken).join(' '))
  return clipText(redactText(value))
}

const clipText = (text: string) => (text.length > SKELETON_LIMITS.text ? `${text.slice(0, SKELETON_LIMITS.text - 1)}…` : text)

export function buildSkeleton({ doc, url, status = null }: SkeletonInput): PageSkeleton {
  let nodes = 0
  let truncated = false

  function element(source: Element, depth: number): SkeletonElement {
    nodes++
    const tag = source.tagName.toLowerCase().replace(/[^a-z0-9-]/g, '') || 'x'
    const out: SkeletonElement = { tag: /^[a-z]/.test(tag) ? tag.slice(0, 64) : `x${tag}`.slice(0, 64) }
    const role = source.getAttribute('role')
    if (role) out.role = safeToken(role)
    const aria: Record<string, string> = {}
    for (const attribute of Array.from(source.attributes)) {
      if (!attribute.name.startsWith('aria-') || Object.keys(aria).length >= SKELETON_LIMITS.aria) continue
      const name = attribute.name.toLowerCase()
      if (/^[a-z][a-z0-9-]*$/.test(name) && name.length <= 64) aria[name] = ariaValue(name, attribute.value)
    }
    if (Object.keys(aria).length > 0) out.aria = aria
    if (tag === 'input' || tag === 'button') {
      const type = source.getAttribute('type')
      if (type) out.type = safeToken(type.toLowerCase())
    }
    const state = STATE_ATTRIBUTES.filter(([attribute]) => source.hasAttribute(attribute)).map(([, name]) => name)
    if (isHidden(source)) state.push('hidden')
    if (state.length > 0) out.state = state.sort()
    const classes = (source.getAttribute('class') ?? '').split(/\s+/).filter(Boolean).slice(0, SKELETON_LIMITS.classes).map(safeToken)
    if (classes.length > 0) out.class = classes
    const id = source.getAttribute('id')
    if (id) out.id = safeToken(id)
    const children: SkeletonNode[] = []
    for (const child of Array.from(source.childNodes)) {
      if (nodes >= SKELETON_LIMITS.nodes) {
        truncated = true
        break
      }
      if (child.nodeType === 3) {
        const text = (child.nodeValue ?? '').replace(/\s+/g, ' ')
        if (text.trim() === '') continue
        nodes++
        children.push(clipText(redactText(text)))
      } else if (child.nodeType === 1) {
        const childElement = child as Element
        if (SKIPPED.has(childElement.tagName.toLowerCase())) continue
        if (depth + 1 >= SKELETON_LIMITS.depth) {
          truncated = true
          continue
        }
        children.push(element(childElement, depth + 1))
      }
    }
    if (children.length > 0) out.children = children
    return out
  }

  const lang = (doc.documentElement?.getAttribute('lang') ?? '').slice(0, 2).toLowerCase()
  const body = doc.body ?? doc.documentElement
  return {
    format: SKELETON_FORMAT,
    version: SKELETON_VERSION,
    url: skeletonUrl(url),
    status: typeof status === 'number' && Number.isInteger(status) && status >= 100 && status <= 599 ? status : null,
    lang: lang === 'fi' || lang === 'sv' || lang === 'en' ? lang : null,
    title: clipText(redactText((doc.title ?? '').replace(/\s+/g, ' ').trim())),
    body: body ? element(body, 0) : { tag: 'body' },
    truncated,
  }
}
