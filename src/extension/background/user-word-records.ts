// The background's own records of the user's word on a tab, in storage.session (the popup never
// reads them, so they live here and not in protocol.ts, which the popup bundles).
import * as z from 'zod/mini'
import { PageReport } from '../protocol.ts'

/**
 * storage.session `seen:<id>`: the e-service and language of the tab's page where nothing failed,
 * so that a user's report on that page (ui-bg-report-situation) keeps them.
 */
export const PageSeen = z.strictObject({ url: z.string().check(z.maxLength(2048)), service: PageReport.shape.service, lang: PageReport.shape.lang })
export type PageSeen = z.infer<typeof PageSeen>

/** storage.session `fine:<id>`: the user said this page (address without query) is fine. */
export const FineMark = z.strictObject({ url: z.string().check(z.maxLength(2048)), at: z.number() })
export type FineMark = z.infer<typeof FineMark>

export const fineKey = (tabId: number): string => `fine:${tabId}`
export const seenKey = (tabId: number): string => `seen:${tabId}`
