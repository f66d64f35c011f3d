// A skeleton back to an HTML document, for the classifier (`npm run classify -- --skeleton`, and
// the test that every fixture's skeleton classifies as the fixture). Placeholders become neutral
// stand-ins the classifier reads as the originals' kind: a Y-tunnus one that still looks like a
// Y-tunnus (the organisation picker signal), numbers as 0, masked words as "x".
import type { PageSkeleton, SkeletonElement, SkeletonNode } from './format.ts'

const STAND_INS: Record<string, string> = {
  '{y-tunnus}': '0000000-0', '{henkilötunnus}': 'x', '{email}': 'x', '{phone}': '0', '{code}': '0', '{number}': '0', '{word}': 'x',
}
const VOID = new Set(['area', 'br', 'col', 'hr', 'img', 'input', 'source', 'track', 'wbr'])

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
const standIn = (text: string) => text.replace(/\{[a-zö-]+\}/g, (placeholder) => STAND_INS[placeholder] ?? placeholder)

function node(value: SkeletonNode): string {
  if (typeof value === 'string') return escape(standIn(value))
  return element(value)
}

function element(value: SkeletonElement): string {
  const attributes: string[] = []
  if (value.role) attributes.push(`role="${escape(value.role)}"`)
  for (const [name, text] of Object.entries(value.aria ?? {})) attributes.push(`${name}="${escape(standIn(text))}"`)
  if (value.type) attributes.push(`type="${escape(value.type)}"`)
  for (const state of value.state ?? []) attributes.push(state)
  if (value.class) attributes.push(`class="${escape(value.class.join(' '))}"`)
  if (value.id) attributes.push(`id="${escape(value.id)}"`)
  const open = `<${value.tag}${attributes.length ? ` ${attributes.join(' ')}` : ''}>`
  if (VOID.has(value.tag)) return open
  return `${open}${(value.children ?? []).map(node).join('')}</${value.tag}>`
}

export function skeletonToHtml(skeleton: PageSkeleton): string {
  const lang = skeleton.lang ? ` lang="${skeleton.lang}"` : ''
  const body = skeleton.body.tag === 'body' ? element(skeleton.body) : `<body>${element(skeleton.body)}</body>`
  return `<!doctype html><html${lang}><head><title>${escape(standIn(skeleton.title))}</title></head>${body}</html>`
}
