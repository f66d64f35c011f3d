// Portfolio storage schema, version 1: FROZEN. The first shape of the stored list: a firm's
// Y-tunnus and services, and clients as a Y-tunnus and a name exactly as typed (possibly empty,
// untrimmed, duplicated). Kept, never edited, so that data written in this shape still loads:
// schema/migrations.ts turns it into the current version.
import * as z from 'zod/mini'
import { BusinessId } from '../../contract/case.ts'
import { SERVICE_IDS } from '../../contract/ids.ts'

export const PortfolioV1 = z.strictObject({
  version: z.literal(1),
  firm: z.strictObject({
    businessId: z.optional(BusinessId),
    services: z.array(z.enum(SERVICE_IDS)),
  }),
  clients: z.array(z.strictObject({
    businessId: BusinessId,
    name: z.string().check(z.maxLength(1000)),
  })),
})
export type PortfolioV1 = z.infer<typeof PortfolioV1>
