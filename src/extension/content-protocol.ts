// Messages from the background to the content script (zod/mini). Kept apart from protocol.ts so
// the content script bundles only these schemas: zod schemas are built when their module loads,
// so a bundler cannot drop the ones the content script never uses. The content script's own
// messages (cs-bg-*) are declared and validated in protocol.ts, where the background reads them.
// Names say the direction: cs = content script, bg = background.
import * as z from 'zod/mini'

/** bg -> cs: is the content script running in this tab? Reply: `{ ok: true }`. */
export const BgCsPing = z.strictObject({ type: z.literal('bg-cs-ping') })

/**
 * bg -> cs: read the mandates the Suomi.fi Valtuudet page shows (only when the user asks).
 * Reply: ContentExtractReply (protocol.ts).
 */
export const BgCsExtractMandates = z.strictObject({ type: z.literal('bg-cs-extract-mandates') })

/**
 * bg -> cs: type the Kela search word into the mandate-theme list's own search field, "Kela" or,
 * when the page is in Swedish, "FPA". Reply: `{ found: boolean, word: string }` (found is false
 * when no field appeared within a few seconds).
 */
export const BgCsApplyFilter = z.strictObject({ type: z.literal('bg-cs-apply-filter') })

export const BackgroundMessage = z.discriminatedUnion('type', [BgCsPing, BgCsExtractMandates, BgCsApplyFilter])
export type BackgroundMessage = z.infer<typeof BackgroundMessage>
