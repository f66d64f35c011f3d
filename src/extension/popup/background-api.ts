// Every message the popup sends to the background, in one place, each reply validated with
// zod/mini. A message the background does not handle (yet) resolves as { ok: false,
// reason: 'no-answer' } and the UI shows a clear state for it; nothing fails silently.
// TODO(merge issue 4): align the message names and reply shapes below with the final protocol
// in src/extension/protocol.ts (issue 4 adds ui-bg-extract-mandates, ui-bg-save-mandates,
// ui-bg-get-saved-mandates and ui-bg-open-theme-list); only this module needs to change.
import * as z from 'zod/mini'
import type { Lang } from '../../core/contract/ids.ts'
import { Mandate } from '../../core/contract/case.ts'
import { TabStateReply } from '../protocol.ts'

export type BgResult<T> = { ok: true; value: T } | { ok: false; reason: 'no-answer' | 'invalid-reply' }

/** Sends one runtime message; resolves with the raw reply (undefined when nobody answered). */
export type SendMessage = (message: unknown) => Promise<unknown>

/** Mandates read from a Suomi.fi Valtuudet page; items that are not valid contract mandates are counted, not used. */
export interface ExtractedMandates {
  mandates: Mandate[]
  unreadable: number
}

const ExtractReply = z.object({ mandates: z.array(z.unknown()).check(z.maxLength(1000)) })
const SavedReply = z.object({ mandates: z.array(z.unknown()).check(z.maxLength(1000)) })
const OkReply = z.object({ ok: z.boolean() })
const ThemeListReply = z.object({ opened: z.boolean(), filtered: z.optional(z.boolean()) })

const MANDATE_KEYS = Object.keys(Mandate.shape)

/** Keeps the contract's fields of one extracted item (the extractor may add e.g. a display name). */
function asMandate(item: unknown): Mandate | null {
  if (typeof item !== 'object' || item === null) return null
  const picked = Object.fromEntries(Object.entries(item).filter(([key]) => MANDATE_KEYS.includes(key)))
  const parsed = Mandate.safeParse(picked)
  return parsed.success ? parsed.data : null
}

function mandateList(items: unknown[]): ExtractedMandates {
  const mandates = items.map(asMandate).filter((m): m is Mandate => m !== null)
  return { mandates, unreadable: items.length - mandates.length }
}

export const REPLY_TIMEOUT_MS = 4000

export function backgroundApi(send: SendMessage, timeoutMs = REPLY_TIMEOUT_MS) {
  async function ask<T>(message: { type: string } & Record<string, unknown>, schema: z.ZodMiniType<T>): Promise<BgResult<T>> {
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
    getTabState: (tabId: number) => ask({ type: 'ui-bg-get-tab-state', tabId }, TabStateReply),

    async extractMandates(tabId: number): Promise<BgResult<ExtractedMandates>> {
      const reply = await ask({ type: 'ui-bg-extract-mandates', tabId }, ExtractReply)
      return reply.ok ? { ok: true, value: mandateList(reply.value.mandates) } : reply
    },

    saveMandates: (businessId: string | undefined, mandates: Mandate[]) =>
      ask({ type: 'ui-bg-save-mandates', ...(businessId ? { businessId } : {}), mandates }, OkReply),

    async getSavedMandates(businessId: string | undefined): Promise<BgResult<ExtractedMandates>> {
      const reply = await ask({ type: 'ui-bg-get-saved-mandates', ...(businessId ? { businessId } : {}) }, SavedReply)
      return reply.ok ? { ok: true, value: mandateList(reply.value.mandates) } : reply
    },

    openThemeList: (lang: Lang) => ask({ type: 'ui-bg-open-theme-list', lang }, ThemeListReply),
  }
}

export type BackgroundApi = ReturnType<typeof backgroundApi>
