// The case: what we know about the user, the page and the mandates (contract §1).
// An absent field means "unknown"; an empty list means "checked, there are none".
// zod/mini: the popup and the content script's mandate extractor reach this module.
import * as z from 'zod/mini'
import { LANGS, PAGE_KINDS, SERVICE_IDS } from './ids.ts'
import { businessIdProblem } from './business-id.ts'

export const SYMPTOMS = ['cannot-enter', 'organisation-not-listed', 'function-denied'] as const
export const IDENTIFICATIONS = ['strong', 'weak', 'katso', 'none'] as const
export const IDENTITY_CODES = ['finnish', 'uid', 'none'] as const
export const REGISTER_ROLES = ['ceo', 'deputy-ceo', 'board-chair', 'trader', 'liquidator', 'prokurist', 'none'] as const
export const ACTING_FOR = ['own', 'client'] as const
export const ORGANISATION_TYPES = [
  'company', 'association', 'association-joint-signatory', 'municipality', 'joint-municipal-authority',
  'wellbeing-services-county', 'state', 'parish', 'foundation', 'estate', 'foreign-company', 'partnership', 'other',
] as const
export const MANDATE_HOLDERS = ['me', 'my-organisation'] as const
export const MANDATE_TYPES = ['asiointivaltuus', 'edustamisvaltuus', 'valtuutusoikeus', 'edustajan-valtuutusoikeus'] as const
export const MANDATE_STATUSES = ['valid', 'pending-request'] as const

export type Symptom = (typeof SYMPTOMS)[number]
export type Identification = (typeof IDENTIFICATIONS)[number]
export type IdentityCode = (typeof IDENTITY_CODES)[number]
export type RegisterRole = (typeof REGISTER_ROLES)[number]
export type ActingFor = (typeof ACTING_FOR)[number]
export type OrganisationType = (typeof ORGANISATION_TYPES)[number]
export type MandateHolder = (typeof MANDATE_HOLDERS)[number]
export type MandateType = (typeof MANDATE_TYPES)[number]
export type MandateStatus = (typeof MANDATE_STATUSES)[number]

export const BusinessId = z.string().check(
  z.refine((value) => businessIdProblem(value) !== 'format', { message: 'not a Y-tunnus: expected 7 digits, a hyphen and a check digit, e.g. 0913909-2' }),
  z.refine((value) => businessIdProblem(value) !== 'checksum', { message: 'Y-tunnus check digit does not match' }),
)

// The rules of the schemas below as plain values and predicates, for code that checks the same
// shapes without zod (portfolio/schema/v2-fast.ts).
export const ISO_DATE_FORMAT = /^\d{4}-\d{2}-\d{2}$/
/** A YYYY-MM-DD string names a day that exists (no 2026-02-30). */
export function isCalendarDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value
}
export const ISO_DATE_TIME_FORMAT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/
export const isRealDateTime = (value: string): boolean => !Number.isNaN(Date.parse(value))
export const THEME_NAME_MAX = 300
export const MAX_THEMES = 200
export const WORKPLACE_MAX = 64
/** The most Y-tunnukset, or workplaces, a mandate's restrictions may list. */
export const MAX_RESTRICTED = 10_000

/** A calendar date, YYYY-MM-DD, that exists (no 2026-02-30). */
export const IsoDate = z.string().check(
  z.regex(ISO_DATE_FORMAT, { message: 'expected a date as YYYY-MM-DD' }),
  z.refine(isCalendarDate, { message: 'not a real calendar date' }),
)

/** An instant with an explicit offset or Z, e.g. 2026-11-22T10:00:00+02:00. */
export const IsoDateTime = z.string().check(
  z.regex(ISO_DATE_TIME_FORMAT, { message: 'expected a date and time with an offset, e.g. 2026-11-22T10:00:00+02:00' }),
  z.refine(isRealDateTime, { message: 'not a real date and time' }),
)

const ThemeName = z.string().check(z.minLength(1), z.maxLength(THEME_NAME_MAX))

export const Mandate = z.strictObject({
  holder: z.enum(MANDATE_HOLDERS),
  mandator: z.optional(BusinessId),
  type: z.enum(MANDATE_TYPES),
  themes: z.array(ThemeName).check(z.maxLength(MAX_THEMES)),
  restrictions: z.optional(z.strictObject({
    businessIds: z.optional(z.array(BusinessId).check(z.maxLength(MAX_RESTRICTED))),
    workplaces: z.optional(z.array(z.string().check(z.minLength(1), z.maxLength(WORKPLACE_MAX))).check(z.maxLength(MAX_RESTRICTED))),
  })),
  validFrom: z.optional(IsoDate),
  validUntil: z.optional(IsoDate),
  status: z.optional(z.enum(MANDATE_STATUSES)),
})
export type Mandate = z.infer<typeof Mandate>

export const Case = z.strictObject({
  version: z.literal(1),
  now: z.optional(IsoDateTime),
  lang: z.optional(z.enum(LANGS)),
  service: z.optional(z.enum(SERVICE_IDS)),
  task: z.optional(ThemeName),
  symptom: z.optional(z.enum(SYMPTOMS)),
  page: z.optional(z.strictObject({
    url: z.optional(z.string().check(z.maxLength(2048))),
    title: z.optional(z.string().check(z.maxLength(500))),
    kind: z.optional(z.enum(PAGE_KINDS)),
  })),
  user: z.optional(z.strictObject({
    identification: z.optional(z.enum(IDENTIFICATIONS)),
    identityCode: z.optional(z.enum(IDENTITY_CODES)),
    registerRole: z.optional(z.enum(REGISTER_ROLES)),
  })),
  actingFor: z.optional(z.enum(ACTING_FOR)),
  organisation: z.optional(z.strictObject({
    businessId: z.optional(BusinessId),
    type: z.optional(z.enum(ORGANISATION_TYPES)),
  })),
  client: z.optional(z.strictObject({ businessId: z.optional(BusinessId) })),
  workplace: z.optional(z.string().check(z.minLength(1), z.maxLength(64))),
  mandates: z.optional(z.array(Mandate).check(z.maxLength(1000))),
})
export type Case = z.infer<typeof Case>
