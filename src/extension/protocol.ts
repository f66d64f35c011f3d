// The runtime message protocol between the extension's contexts, and the state the background
// keeps. Every boundary is validated with zod/mini (the popup reaches this module; the content
// script imports only content-protocol.ts).
// Names say the direction (Dark Reader's convention): cs = content script, bg = background,
// ui = popup or another extension page.
//
// For the popup: send one of the `ui-bg-*` messages below with browser.runtime.sendMessage and
// parse the reply with the schema named next to it. The background answers only messages from
// the extension's own pages and ignores anything it does not know.
//
// | message                      | payload                                   | reply                      |
// |------------------------------|-------------------------------------------|----------------------------|
// | ui-bg-get-tab-state          | { tabId }                                 | TabStateReply              |
// | ui-bg-extract-mandates       | { tabId }                                 | ExtractMandatesReply       |
// | ui-bg-save-mandates          | { mandates, mode: 'replace' | 'merge' }   | SaveMandatesReply          |
// | ui-bg-get-saved-mandates     | {}                                        | SavedMandatesReply         |
// | ui-bg-clear-saved-mandates   | {}                                        | { ok: true }               |
// | ui-bg-open-theme-list        | { lang: 'fi' | 'sv' | 'en' }              | OpenThemeListReply         |
// | ui-bg-report-situation       | { tabId, situation: UserSituation }       | TabStateReply              |
// | ui-bg-page-is-fine           | { tabId }                                 | TabStateReply              |
// | ui-bg-page-skeleton          | { tabId }                                 | PageSkeletonReply          |
import * as z from 'zod/mini'
import { LANGS, PAGE_KINDS, SERVICE_IDS } from '../core/contract/ids.ts'
import { Mandate } from '../core/contract/case.ts'
import type { PageSkeleton } from '../core/skeleton/format.ts'

export * from './content-protocol.ts'

/** Short ids of the signals that fired; never page text. */
const EvidenceId = z.string().check(z.regex(/^[a-z0-9][a-z0-9:._-]{0,63}$/))

export const PageReport = z.strictObject({
  kind: z.enum(PAGE_KINDS),
  service: z.nullable(z.enum(SERVICE_IDS)),
  lang: z.nullable(z.enum(LANGS)),
  evidence: z.array(EvidenceId).check(z.maxLength(32)),
})
export type PageReport = z.infer<typeof PageReport>

/** cs -> bg: what the page in this tab shows now. Reply: `{ ok: true }`. */
export const CsBgPageState = z.strictObject({ type: z.literal('cs-bg-page-state'), report: PageReport })

/**
 * cs -> bg: the HTTP status of this tab's main document, as the background saw it.
 * Reply: `{ status: number | null }` (null when unknown, or seen for another address).
 */
export const CsBgGetDocumentStatus = z.strictObject({ type: z.literal('cs-bg-get-document-status') })

export const ContentMessage = z.discriminatedUnion('type', [CsBgPageState, CsBgGetDocumentStatus])
export type ContentMessage = z.infer<typeof ContentMessage>

const TabId = z.number().check(z.int(), z.nonnegative())
const Mandates = z.array(Mandate).check(z.maxLength(1000))

/** ui -> bg: the state of one tab (what failed there, whether we can read it, the filter). */
export const UiBgGetTabState = z.strictObject({ type: z.literal('ui-bg-get-tab-state'), tabId: TabId })

/**
 * ui -> bg: read the mandates the Suomi.fi Valtuudet page in this tab shows, for the user to
 * confirm. Nothing is stored: after the user confirms, send ui-bg-save-mandates.
 */
export const UiBgExtractMandates = z.strictObject({ type: z.literal('ui-bg-extract-mandates'), tabId: TabId })

/**
 * ui -> bg: store mandates the user confirmed (storage.local, key SAVED_MANDATES_KEY).
 * `replace` drops what was stored; `merge` adds these to it, without duplicates.
 * Only the contract's Mandate fields are accepted: Business IDs, types, theme names, dates;
 * never a name or a personal identity code.
 */
export const UiBgSaveMandates = z.strictObject({
  type: z.literal('ui-bg-save-mandates'),
  mandates: Mandates,
  mode: z.enum(['replace', 'merge']),
})

/** ui -> bg: the stored mandates. */
export const UiBgGetSavedMandates = z.strictObject({ type: z.literal('ui-bg-get-saved-mandates') })

/** ui -> bg: forget the stored mandates. */
export const UiBgClearSavedMandates = z.strictObject({ type: z.literal('ui-bg-clear-saved-mandates') })

/**
 * ui -> bg: open Suomi.fi's list of mandate themes in a new tab and have the content script type
 * "Kela" ("FPA" when the page is in Swedish) into its search field. Follow the result with
 * ui-bg-get-tab-state on the returned tab: `filter.status` says whether the word was typed.
 */
export const UiBgOpenThemeList = z.strictObject({ type: z.literal('ui-bg-open-theme-list'), lang: z.enum(LANGS) })

/**
 * What the user says they see when Valtuusapu found nothing wrong: Kela's three published
 * situations (https://www.kela.fi/asiointi-ongelmatilanteet: cannot get into the e-service at
 * all; cannot choose the company or organisation; chose it but cannot do what they came to do),
 * as the page kinds they are, or something else.
 */
export const USER_SITUATIONS = ['no-access', 'organisation-not-listed', 'function-denied', 'something-else'] as const
export type UserSituation = (typeof USER_SITUATIONS)[number]

/**
 * ui -> bg: the user corrects a miss: the tab's state becomes what they see, until the tab shows
 * another page. Reply: the tab's state as it now is.
 */
export const UiBgReportSituation = z.strictObject({ type: z.literal('ui-bg-report-situation'), tabId: TabId, situation: z.enum(USER_SITUATIONS) })

/**
 * ui -> bg: the user says the failure shown is not there: the tab's state is cleared, and stays
 * clear for this page (same address without query) until the tab shows another. Reply: the tab's
 * state as it now is.
 */
export const UiBgPageIsFine = z.strictObject({ type: z.literal('ui-bg-page-is-fine'), tabId: TabId })

/**
 * ui -> bg: the redacted skeleton of the page in the tab (docs/page-skeleton.md), for the user to
 * read and then copy or save; nothing is stored or sent. The popup validates the skeleton with
 * the schema in src/core/skeleton/format.ts, which it loads only for a report.
 */
export const UiBgPageSkeleton = z.strictObject({ type: z.literal('ui-bg-page-skeleton'), tabId: TabId })

/** Reply to ui-bg-page-skeleton; `skeleton` as the format's schema checks it. */
export type PageSkeletonReply =
  | { ok: true; skeleton: PageSkeleton }
  | { ok: false; reason: 'not-kela-page' | 'needs-reload' | 'no-host-permission' | 'failed' }

export const UiMessage = z.discriminatedUnion('type', [
  UiBgGetTabState, UiBgExtractMandates, UiBgSaveMandates, UiBgGetSavedMandates, UiBgClearSavedMandates, UiBgOpenThemeList,
  UiBgReportSituation, UiBgPageIsFine, UiBgPageSkeleton,
])
export type UiMessage = z.infer<typeof UiMessage>

/** What the background stores per tab in storage.session (key `tab:<id>`). */
export const TabState = z.strictObject({
  ...PageReport.shape,
  /** The page's address without query or fragment: they can carry personal data. */
  url: z.string().check(z.maxLength(2048)),
  /** When the state was recorded, ms since the epoch. */
  at: z.number(),
  /** Set when the user said what they see (ui-bg-report-situation), not the page classifier. */
  reportedBy: z.optional(z.literal('user')),
  /** What the user chose; `something-else` is stored with kind `none`. */
  situation: z.optional(z.enum(USER_SITUATIONS)),
})
export type TabState = z.infer<typeof TabState>


/**
 * Whether the extension can read the tab at all:
 * - `ready`: the content script runs there (a state of null then means "nothing failed");
 * - `not-kela-page`: not a Kela or Suomi.fi page;
 * - `needs-reload`: a Kela page opened before the extension was installed or updated (Chrome
 *   does not inject content scripts into tabs that were already open): ask the user to reload;
 * - `no-host-permission`: the user has not granted, or has revoked, access to Kela and Suomi.fi
 *   (Firefox; Chrome's "site access" setting): the popup offers a button that calls
 *   browser.permissions.request({ origins: HOST_PERMISSIONS }) in the click handler.
 */
export const TAB_ACCESS = ['ready', 'not-kela-page', 'needs-reload', 'no-host-permission'] as const
export type TabAccess = (typeof TAB_ACCESS)[number]

/** The hosts the extension works on (manifest host_permissions). */
export const HOST_PERMISSIONS = ['https://*.kela.fi/*', 'https://*.suomi.fi/*']

/**
 * The Kela filter of a mandate-theme list the extension opened (storage.session `filter:<id>`):
 * `pending` until the page has loaded, `applied` when the word was typed into the page's search
 * field, `field-not-found` when there was no field: the popup then tells the user to type `word`.
 */
export const FilterStatus = z.strictObject({
  word: z.string().check(z.maxLength(10)),
  status: z.enum(['pending', 'applied', 'field-not-found']),
  at: z.number(),
})
export type FilterStatus = z.infer<typeof FilterStatus>

export const TabStateReply = z.strictObject({
  state: z.nullable(TabState),
  access: z.enum(TAB_ACCESS),
  filter: z.nullable(FilterStatus),
})
export type TabStateReply = z.infer<typeof TabStateReply>

const Skipped = z.strictObject({ fromPersons: z.number(), invalid: z.number(), unreadable: z.number() })

/**
 * The mandates a Valtuudet page shows: `list` says which list it was (received mandates,
 * mandate requests, expired mandates); `skipped` counts mandates not read (given by a person,
 * marked invalid, or without a readable type, Business ID or theme).
 */
export const MandateExtraction = z.strictObject({
  list: z.enum(['received', 'requests', 'expired']),
  mandates: Mandates,
  skipped: Skipped,
})
export type MandateExtraction = z.infer<typeof MandateExtraction>

/** The content script's answer to bg-cs-extract-mandates. */
export const ContentExtractReply = z.union([
  z.strictObject({ ok: z.literal(true), extraction: MandateExtraction }),
  z.strictObject({ ok: z.literal(false), reason: z.literal('not-a-mandate-list') }),
])

/**
 * Reply to ui-bg-extract-mandates. `reason`: `not-a-mandate-list` (the tab shows no Valtuudet
 * mandate list: open "Saadut valtuudet"), or the tab's access state when it cannot be read.
 */
export const ExtractMandatesReply = z.union([
  z.strictObject({ ok: z.literal(true), ...MandateExtraction.shape }),
  z.strictObject({ ok: z.literal(false), reason: z.enum(['not-a-mandate-list', 'not-kela-page', 'needs-reload', 'no-host-permission']) }),
])
export type ExtractMandatesReply = z.infer<typeof ExtractMandatesReply>

/** Reply to ui-bg-save-mandates; `error` names the first bad field ("mandates.0.mandator: ..."). */
export const SaveMandatesReply = z.union([
  z.strictObject({ ok: z.literal(true), count: z.number(), savedAt: z.number() }),
  z.strictObject({ ok: z.literal(false), error: z.string() }),
])
export type SaveMandatesReply = z.infer<typeof SaveMandatesReply>

/** What storage.local holds under SAVED_MANDATES_KEY. */
export const SavedMandates = z.strictObject({ version: z.literal(1), savedAt: z.number(), mandates: Mandates })
export type SavedMandates = z.infer<typeof SavedMandates>
export const SAVED_MANDATES_KEY = 'mandates.v1'

/** Reply to ui-bg-get-saved-mandates; `problem` says why stored data could not be read (it is kept). */
export const SavedMandatesReply = z.strictObject({
  mandates: Mandates,
  savedAt: z.nullable(z.number()),
  problem: z.optional(z.string()),
})
export type SavedMandatesReply = z.infer<typeof SavedMandatesReply>

/** Reply to ui-bg-open-theme-list: the new tab and the address opened. */
export const OpenThemeListReply = z.strictObject({ tabId: z.number(), url: z.string() })
export type OpenThemeListReply = z.infer<typeof OpenThemeListReply>

export const tabStateKey = (tabId: number): string => `tab:${tabId}`
export const filterKey = (tabId: number): string => `filter:${tabId}`
export const documentStatusKey = (tabId: number): string => `status:${tabId}`

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

/** "mandates.0.mandator: not a Y-tunnus ..." from the first issue of a failed parse. */
export function firstIssue(error: { issues: { path: PropertyKey[]; message: string }[] }): string {
  const issue = error.issues[0]
  if (!issue) return 'invalid input'
  const path = issue.path.map(String).join('.')
  return path ? `${path}: ${issue.message}` : issue.message
}
