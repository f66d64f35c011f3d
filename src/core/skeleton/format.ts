// The page skeleton's format, version 1 (docs/page-skeleton.md): what "Report this page" makes of
// a page for the maintainers, and what `npm run classify -- --skeleton` reads back. Validated with
// zod/mini wherever one comes in (the skeleton script's result in the background, the popup, the
// CLI); a skeleton of another version is refused with a message that says so.
import * as z from 'zod/mini'
import { LANGS } from '../contract/ids.ts'

export const SKELETON_FORMAT = 'valtuusapu-page-skeleton'
export const SKELETON_VERSION = 1

/** Bounds that keep a skeleton readable and a hostile page from making it huge or too deep. */
export const SKELETON_LIMITS = { nodes: 5000, depth: 64, text: 500, classes: 8, aria: 8 } as const

/** Element states kept: whether it is disabled, hidden (attribute, aria-hidden, inline style) or checked. */
export const NODE_STATES = ['disabled', 'hidden', 'checked', 'selected'] as const
export type NodeState = (typeof NODE_STATES)[number]

export interface SkeletonElement {
  tag: string
  role?: string
  /** aria-* attributes, values redacted as text. */
  aria?: Record<string, string>
  /** An input's type (radio, checkbox, text...). */
  type?: string
  state?: NodeState[]
  class?: string[]
  id?: string
  children?: SkeletonNode[]
}
/** A text node (redacted) or an element. */
export type SkeletonNode = string | SkeletonElement

export interface PageSkeleton {
  format: typeof SKELETON_FORMAT
  version: typeof SKELETON_VERSION
  /** The page's address without query or fragment, digits in the path replaced by 0. */
  url: string
  /** The HTTP status of the page, when the extension saw it. */
  status: number | null
  /** The page's language attribute, when it is fi, sv or en. */
  lang: (typeof LANGS)[number] | null
  /** The page title, redacted. */
  title: string
  body: SkeletonElement
  /** Nodes left out at the limits (SKELETON_LIMITS). */
  truncated: boolean
}

const Name = z.string().check(z.maxLength(64), z.regex(/^[a-z][a-z0-9-]*$/))
const Token = z.string().check(z.maxLength(100))
const Text = z.string().check(z.maxLength(SKELETON_LIMITS.text))

const Element: z.ZodMiniType<SkeletonElement> = z.strictObject({
  tag: Name,
  role: z.optional(Token),
  aria: z.optional(z.record(Name, Text)),
  type: z.optional(Token),
  state: z.optional(z.array(z.enum(NODE_STATES)).check(z.maxLength(NODE_STATES.length))),
  class: z.optional(z.array(Token).check(z.maxLength(SKELETON_LIMITS.classes))),
  id: z.optional(Token),
  get children() {
    return z.optional(z.array(z.union([Text, Element])))
  },
}) as unknown as z.ZodMiniType<SkeletonElement>

export const PageSkeletonSchema: z.ZodMiniType<PageSkeleton> = z.strictObject({
  format: z.literal(SKELETON_FORMAT),
  version: z.literal(SKELETON_VERSION),
  url: z.string().check(z.maxLength(2048), z.regex(/^https?:\/\/[^?#]*$/)),
  status: z.nullable(z.number().check(z.int(), z.gte(100), z.lte(599))),
  lang: z.nullable(z.enum(LANGS)),
  title: Text,
  body: Element,
  truncated: z.boolean(),
}) as unknown as z.ZodMiniType<PageSkeleton>

/** How deep a value nests, counted without recursion (a hostile file must not overflow the stack). */
function depthOf(value: unknown, limit: number): number {
  let deepest = 0
  const stack: Array<[unknown, number]> = [[value, 0]]
  while (stack.length > 0) {
    const [item, depth] = stack.pop()!
    if (depth > deepest) deepest = depth
    if (deepest > limit) return deepest
    if (item && typeof item === 'object') for (const child of Object.values(item)) stack.push([child, depth + 1])
  }
  return deepest
}

export type SkeletonParse = { ok: true; skeleton: PageSkeleton } | { ok: false; error: string }

/** Reads a skeleton from parsed JSON; the error names the field, or says which format it is not. */
export function parseSkeleton(value: unknown): SkeletonParse {
  const head = value as { format?: unknown; version?: unknown } | null
  if (!head || typeof head !== 'object' || head.format !== SKELETON_FORMAT) return { ok: false, error: `not a page skeleton: "format" must be "${SKELETON_FORMAT}"` }
  if (head.version !== SKELETON_VERSION) return { ok: false, error: `page skeleton version ${JSON.stringify(head.version)} is not supported: this Valtuusapu reads version ${SKELETON_VERSION}` }
  // Each element adds two levels (the element and its children array).
  if (depthOf(value, SKELETON_LIMITS.depth * 2 + 8) > SKELETON_LIMITS.depth * 2 + 6) return { ok: false, error: `body: nested deeper than ${SKELETON_LIMITS.depth} elements` }
  const parsed = PageSkeletonSchema.safeParse(value)
  if (parsed.success) return { ok: true, skeleton: parsed.data }
  const issue = parsed.error.issues[0]
  return { ok: false, error: `${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'invalid'}` }
}
