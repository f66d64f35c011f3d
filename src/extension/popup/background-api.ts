// Every message the popup sends to the background (the protocol at the top of ../protocol.ts),
// in one place, each reply validated with the protocol's own zod/mini schemas. A background that
// does not answer, answers late or answers in a shape the protocol does not allow resolves as
// { ok: false, reason }, and the UI shows a clear state for it; nothing fails silently.
import * as z from 'zod/mini'
import type { Mandate } from '../../core/contract/case.ts'
import type { Lang } from '../../core/contract/ids.ts'
import {
  ExtractMandatesReply, OpenThemeListReply, SaveMandatesReply, SavedMandatesReply, TabStateReply,
  type UiMessage, type UserSituation,
} from '../protocol.ts'

export type BgResult<T> = { ok: true; value: T } | { ok: false; reason: 'no-answer' | 'invalid-reply' }

/** Sends one runtime message; resolves with the raw reply (undefined when nobody answered). */
export type SendMessage = (message: UiMessage) => Promise<unknown>

/** What the popup does when the user confirms mandates read from a list: the received list is the whole truth, the others add to it. */
export type SaveMode = 'replace' | 'merge'

export const REPLY_TIMEOUT_MS = 4000

export function backgroundApi(send: SendMessage, timeoutMs = REPLY_TIMEOUT_MS) {
  async function ask<T>(message: UiMessage, schema: z.ZodMiniType<T>): Promise<BgResult<T>> {
    let timer: ReturnType<typeof setTimeout> | undefined
    const timeout = new Promise<undefined>((resolve) => {
      timer = setTimeout(() => resolve(undefined), timeoutMs)
    })
    let raw: unknown
    try {
      raw = await Promise.race([send(message), timeout])
    } catch {
      raw = undefined
    } finally {
      clearTimeout(timer)
    }
    if (raw === undefined || raw === null) return { ok: false, reason: 'no-answer' }
    const parsed = schema.safeParse(raw)
    return parsed.success ? { ok: true, value: parsed.data } : { ok: false, reason: 'invalid-reply' }
  }

  return {
    /** Any message with the schema of its reply: for modules the popup loads later (the page report). */
    ask,
    getTabState: (tabId: number) => ask({ type: 'ui-bg-get-tab-state', tabId }, TabStateReply),
    /** Reads the Valtuudet list in the tab; the background stores nothing. */
    extractMandates: (tabId: number) => ask({ type: 'ui-bg-extract-mandates', tabId }, ExtractMandatesReply),
    /** Stores mandates the user confirmed. */
    saveMandates: (mandates: Mandate[], mode: SaveMode) => ask({ type: 'ui-bg-save-mandates', mandates, mode }, SaveMandatesReply),
    getSavedMandates: () => ask({ type: 'ui-bg-get-saved-mandates' }, SavedMandatesReply),
    clearSavedMandates: () => ask({ type: 'ui-bg-clear-saved-mandates' }, OkReply),
    /** Opens Suomi.fi's theme list in a new tab; the filter's result shows later in that tab's state. */
    openThemeList: (lang: Lang) => ask({ type: 'ui-bg-open-theme-list', lang }, OpenThemeListReply),
    /** The user says what they see in the tab; the reply is the tab's state as it now is. */
    reportSituation: (tabId: number, situation: UserSituation) => ask({ type: 'ui-bg-report-situation', tabId, situation }, TabStateReply),
    /** The user says the failure shown is not there; the reply is the tab's state as it now is. */
    pageIsFine: (tabId: number) => ask({ type: 'ui-bg-page-is-fine', tabId }, TabStateReply),
  }
}

/** The reply to ui-bg-clear-saved-mandates (protocol.ts: `{ ok: true }`; the protocol has no schema for it). */
const OkReply = z.strictObject({ ok: z.literal(true) })

export type BackgroundApi = ReturnType<typeof backgroundApi>
export type { ExtractMandatesReply, SavedMandatesReply, TabStateReply }
