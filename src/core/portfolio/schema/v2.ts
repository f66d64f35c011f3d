// Portfolio storage schema, version 2: the CURRENT version. A new field or a changed meaning
// means a new file (v3.ts), a migration from this one in schema/migrations.ts, and this file
// left as it is.
import * as z from 'zod/mini'
import { BusinessId, IsoDate, IsoDateTime, Mandate, ORGANISATION_TYPES, Case } from '../../contract/case.ts'
import { SERVICE_IDS } from '../../contract/ids.ts'
import { companyNameProblem, isNormalisedCompanyName } from '../company-name.ts'

/** More clients than any firm has; keeps two copies well inside storage.local's 10 MB. */
export const MAX_CLIENTS = 20_000
export const MAX_TAGS = 20
export const MAX_TAG_LENGTH = 40
export const MAX_MANDATES_PER_CLIENT = 200

const CompanyName = z.string().check(
  z.refine(isNormalisedCompanyName, { message: 'a name must be trimmed, with single spaces and no control characters' }),
  z.refine((name) => companyNameProblem(name) !== 'too-long', { message: 'a name is at most 200 characters' }),
  z.refine((name) => companyNameProblem(name) !== 'identity-code', { message: 'looks like a personal identity code (henkilötunnus), which is never stored' }),
)

/** A short label the user groups clients by, e.g. "palkat" or "Turku". */
const Tag = z.string().check(
  z.maxLength(MAX_TAG_LENGTH),
  z.refine(isNormalisedCompanyName, { message: 'a tag must be trimmed, with single spaces' }),
  z.refine((tag) => companyNameProblem(tag) !== 'identity-code', { message: 'looks like a personal identity code (henkilötunnus), which is never stored' }),
)

/** Where a mandate came from: read from a Suomi.fi Valtuudet page, or typed in by the user. */
export const MANDATE_SOURCES = ['valtuudet-page', 'manual'] as const

export const RecordedMandate = z.strictObject({
  mandate: Mandate,
  source: z.enum(MANDATE_SOURCES),
  recordedOn: IsoDate,
})
export type RecordedMandate = z.infer<typeof RecordedMandate>

const Mandates = z.array(RecordedMandate).check(z.maxLength(MAX_MANDATES_PER_CLIENT))

export const Client = z.strictObject({
  businessId: BusinessId,
  name: z.optional(CompanyName),
  tags: z.array(Tag).check(z.maxLength(MAX_TAGS)),
  /** Mandates about this client: the client's asiointivaltuus to the firm, or to the user personally. */
  mandates: Mandates,
  /** When the user last looked at this client's mandates in Valtuudet; absent = never. */
  mandatesCheckedOn: z.optional(IsoDate),
})
export type Client = z.infer<typeof Client>

export const Firm = z.strictObject({
  businessId: z.optional(BusinessId),
  name: z.optional(CompanyName),
  organisationType: z.optional(z.enum(ORGANISATION_TYPES)),
  /** The Kela services the matrix shows, in column order. */
  services: z.array(z.enum(SERVICE_IDS)).check(
    z.maxLength(SERVICE_IDS.length),
    z.refine((services) => new Set(services).size === services.length, { message: 'a service is listed twice' }),
  ),
  /** What the user told about themself (identification, identity code, register role); no identity. */
  user: z.optional(Case.shape.user.def.innerType),
  /** The user's own mandates from the firm, e.g. the edustamisvaltuus with its Y-tunnus restriction. */
  ownMandates: Mandates,
  ownMandatesCheckedOn: z.optional(IsoDate),
})
export type Firm = z.infer<typeof Firm>

export const PortfolioV2 = z.strictObject({
  version: z.literal(2),
  savedAt: z.optional(IsoDateTime),
  firm: Firm,
  clients: z.array(Client).check(z.maxLength(MAX_CLIENTS), (ctx) => {
    const seen = new Set<string>()
    ctx.value.forEach((client, index) => {
      if (seen.has(client.businessId)) {
        ctx.issues.push({ code: 'custom', message: `Y-tunnus ${client.businessId} is listed twice`, input: client.businessId, path: [index, 'businessId'] })
      }
      seen.add(client.businessId)
    })
  }),
})
export type PortfolioV2 = z.infer<typeof PortfolioV2>
