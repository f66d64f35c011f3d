// The runtime message protocol between the extension's contexts, and the per-tab state the
// background keeps. Every boundary is validated with zod/mini: this module is reachable from the
// content script, where full zod would triple the script's size.
// Names say the direction (Dark Reader's convention): cs = content script, bg = background,
// ui = popup or another extension page.
import * as z from 'zod/mini'
import { LANGS, PAGE_KINDS, SERVICE_IDS } from '../core/contract/ids.ts'

/** Short ids of the signals that fired; never page text. */
const EvidenceId = z.string().check(z.regex(/^[a-z0-9][a-z0-9:._-]{0,63}$/))

export const PageReport = z.strictObject({
  kind: z.enum(PAGE_KINDS),
  service: z.nullable(z.enum(SERVICE_IDS)),
  lang: z.nullable(z.enum(LANGS)),
  evidence: z.array(EvidenceId).check(z.maxLength(32)),
})
export type PageReport = z.infer<typeof PageReport>

/** Content script -> background: what the page in this tab shows now. */
export const CsBgPageState = z.strictObject({ type: z.literal('cs-bg-page-state'), report: PageReport })

/** Popup or extension page -> background: the state of one tab. */
export const UiBgGetTabState = z.strictObject({
  type: z.literal('ui-bg-get-tab-state'),
  tabId: z.number().check(z.int(), z.nonnegative()),
})

export const ContentMessage = z.discriminatedUnion('type', [CsBgPageState])
export type ContentMessage = z.infer<typeof ContentMessage>
export const UiMessage = z.discriminatedUnion('type', [UiBgGetTabState])
export type UiMessage = z.infer<typeof UiMessage>

/** What the background stores per tab in storage.session (key `tab:<id>`). */
export const TabState = z.strictObject({
  ...PageReport.shape,
  /** The page's address without query or fragment: they can carry personal data. */
  url: z.string().check(z.maxLength(2048)),
  /** When the state was recorded, ms since the epoch. */
  at: z.number(),
})
export type TabState = z.infer<typeof TabState>

/**
 * Whether the extension can read the tab at all:
 * - `ready`: the content script runs there (a state of null then means "nothing failed");
 * - `not-kela-page`: not a Kela or Suomi.fi page;
 * - `needs-reload`: a Kela page opened before the extension was installed or updated (Chrome
 *   does not inject content scripts into tabs that were already open);
 * - `no-host-permission`: Firefox, where the user has not granted or has revoked the host
 *   permission; the popup offers a button that asks for it.
 */
export const TAB_ACCESS = ['ready', 'not-kela-page', 'needs-reload', 'no-host-permission'] as const
export type TabAccess = (typeof TAB_ACCESS)[number]

export const TabStateReply = z.strictObject({ state: z.nullable(TabState), access: z.enum(TAB_ACCESS) })
export type TabStateReply = z.infer<typeof TabStateReply>

export const tabStateKey = (tabId: number): string => `tab:${tabId}`

/** Drops query and fragment, and anything that is not an http(s) URL. */
export function urlWithoutQuery(raw: string | undefined): string {
  if (!raw) return ''
  try {
    const url = new URL(raw)
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return ''
    return `${url.origin}${url.pathname}`
  } catch {
    return ''
  }
}
