// The knowledge base's shape as a zod/mini schema, so a test can check every record: each fact
// has a status and at least one source URL, names are non-empty, ids are the contract's.
// Nothing at runtime needs it (the data is typed), so bundles that do not import it stay small.
import * as z from 'zod/mini'
import { MANDATE_TYPES, ORGANISATION_TYPES, REGISTER_ROLES, SYMPTOMS } from '../contract/case.ts'
import { LANGS, SERVICE_IDS } from '../contract/ids.ts'
import { FACT_STATUSES } from './fact.ts'

const Url = z.string().check(z.regex(/^(https?:\/\/[a-z0-9.-]+\.[a-z]{2,}(\/\S*)?|mailto:[^\s@]+@[a-z0-9.-]+)$/, { message: 'not a URL' }))
const Text = z.string().check(z.minLength(1), z.refine((s) => s.trim() === s, { message: 'surrounding spaces' }))

export const SourcedShape = {
  status: z.enum(FACT_STATUSES),
  sources: z.array(Url).check(z.minLength(1), z.refine((urls) => new Set(urls).size === urls.length, { message: 'duplicate source' })),
  note: z.optional(Text),
}
const Sourced = z.object(SourcedShape)

export const NamesSchema = z.object({ fi: Text, sv: z.nullable(Text), en: z.nullable(Text) })
export const TextsSchema = z.object({ fi: Text, sv: Text, en: Text })

export const ThemeFactSchema = z.object({ ...SourcedShape, id: Text, names: NamesSchema, katsoRoles: z.array(Text) })
export const IncomesRegisterThemeSchema = z.object({ ...SourcedShape, id: Text, names: NamesSchema, aliases: z.array(Text) })

export const ServiceFactSchema = z.object({
  ...SourcedShape,
  id: z.enum(SERVICE_IDS),
  names: NamesSchema,
  category: z.nullable(z.enum(['employer', 'partner'])),
  themes: z.array(Text),
  themesComplete: z.boolean(),
  restrictions: z.array(z.enum(['business-id', 'workplace'])),
  prokuristWithoutMandate: z.boolean(),
})

export const MandateTypeFactSchema = z.object({ ...SourcedShape, id: z.enum(MANDATE_TYPES), names: NamesSchema, letsAct: z.boolean() })

export const RegisterRoleFactSchema = z.object({
  ...SourcedShape,
  id: z.enum(REGISTER_ROLES),
  names: NamesSchema,
  services: z.union([z.literal('all'), z.array(z.enum(SERVICE_IDS)).check(z.minLength(1))]),
  organisationTypes: z.optional(z.array(z.enum(ORGANISATION_TYPES))),
})

export const OfficerServiceTypeSchema = z.object({ ...SourcedShape, id: z.enum(ORGANISATION_TYPES) })

const IsoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))
export const DateFactSchema = z.object({ ...SourcedShape, date: IsoDate, event: Text })
export const DurationFactSchema = z.object({ ...SourcedShape, value: z.number().check(z.positive()), unit: z.enum(['days', 'months', 'years']) })

export const SupportContactSchema = z.object({
  ...SourcedShape,
  id: Text,
  names: TextsSchema,
  email: z.nullable(z.string().check(z.regex(/^[^\s@]+@[a-z0-9.-]+\.[a-z]{2,}$/))),
  phone: z.nullable(z.string().check(z.regex(/^[+0-9() ]+$/))),
  hours: z.nullable(z.object({
    days: z.array(z.number().check(z.int(), z.gte(1), z.lte(7))).check(z.minLength(1)),
    from: z.number().check(z.int(), z.gte(0), z.lte(24 * 60)),
    to: z.number().check(z.int(), z.gte(0), z.lte(24 * 60)),
    timeZone: z.literal('Europe/Helsinki'),
  })),
  hoursText: z.optional(Text),
})

export const SymptomFactSchema = z.object({ ...SourcedShape, id: z.enum(SYMPTOMS), texts: TextsSchema })

export const DaysOffSchema = z.object({
  ...SourcedShape,
  closed: z.array(Text).check(z.minLength(1)),
  closesEarly: z.array(Text),
  closesEarlyAt: z.number().check(z.int(), z.gte(0), z.lte(24 * 60)),
})

export const UiLabelSchema = z.object({ ...SourcedShape, fi: z.nullable(Text), sv: z.nullable(Text), en: z.nullable(Text) })

export const LinkTargetSchema = z.object({ url: Url, lang: z.enum(LANGS), status: z.enum(FACT_STATUSES) })

export { Sourced as SourcedSchema }
