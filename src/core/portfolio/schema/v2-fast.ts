// A fast test that a document is valid in schema version 2 (v2.ts), for the portfolio page's
// first screen: the zod/mini schema took 35-70 ms in the page for a stored list of 2,000 clients,
// most of the page's 200 ms first-render budget (bench/portfolio-page.bench.ts). This walks the
// document once with the same predicates (Y-tunnus, names, dates) and says only "certainly
// valid": a document it does not accept goes through the schema, which decides and says what is
// wrong, so it can make loading faster but never more lenient. test/unit/portfolio/v2-fast.test.ts
// checks that it agrees with the schema on generated documents, valid and broken in every field.
// v2 never changes (a change is a new version), so neither does this file.
import {
  IDENTIFICATIONS, IDENTITY_CODES, ISO_DATE_FORMAT, ISO_DATE_TIME_FORMAT, isCalendarDate, isRealDateTime, MANDATE_HOLDERS, MANDATE_STATUSES, MANDATE_TYPES,
  MAX_RESTRICTED, MAX_THEMES, ORGANISATION_TYPES, REGISTER_ROLES, THEME_NAME_MAX, WORKPLACE_MAX,
} from '../../contract/case.ts'
import { businessIdProblem } from '../../contract/business-id.ts'
import { SERVICE_IDS } from '../../contract/ids.ts'
import { companyNameProblem, isNormalisedCompanyName } from '../company-name.ts'
import { containsIdentityCode } from '../identity-code.ts'
import { MANDATE_SOURCES, MAX_CLIENTS, MAX_MANDATES_PER_CLIENT, MAX_TAG_LENGTH, MAX_TAGS } from './v2.ts'

type Fields = Record<string, unknown>

const oneOf = (values: readonly string[]) => {
  const set = new Set<unknown>(values)
  return (value: unknown) => set.has(value)
}
const isHolder = oneOf(MANDATE_HOLDERS)
const isMandateType = oneOf(MANDATE_TYPES)
const isStatus = oneOf(MANDATE_STATUSES)
const isSource = oneOf(MANDATE_SOURCES)
const isService = oneOf(SERVICE_IDS)
const isOrganisationType = oneOf(ORGANISATION_TYPES)
const isIdentification = oneOf(IDENTIFICATIONS)
const isIdentityCodeKind = oneOf(IDENTITY_CODES)
const isRegisterRole = oneOf(REGISTER_ROLES)

/**
 * A plain object whose keys are all in `known`, with `required` present. A key present with the
 * value undefined (which the schema accepts for an optional field) is left to the schema.
 */
function hasFields(value: unknown, known: ReadonlySet<string>, required: readonly string[]): value is Fields {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
  // Only plain objects: the schema refuses a class instance or a null prototype no differently,
  // but what it accepts came from JSON, and a for-in over such an object is the cheap walk.
  if (Object.getPrototypeOf(value) !== Object.prototype) return false
  for (const key in value) {
    if (!Object.hasOwn(value, key) || !known.has(key) || (value as Fields)[key] === undefined) return false
  }
  for (const key of required) if (!Object.hasOwn(value, key)) return false
  return true
}

const isString = (value: unknown): value is string => typeof value === 'string'
const isBusinessId = (value: unknown) => isString(value) && businessIdProblem(value) === null
const stringOf = (min: number, max: number) => (value: unknown) => isString(value) && value.length >= min && value.length <= max

// The schema's IsoDate and IsoDateTime (contract/case.ts), remembered: a list repeats few dates.
const dates = new Map<string, boolean>()
function isIsoDate(value: unknown): boolean {
  if (!isString(value)) return false
  let valid = dates.get(value)
  if (valid === undefined) {
    valid = ISO_DATE_FORMAT.test(value) && isCalendarDate(value)
    if (dates.size >= 10_000) dates.clear()
    dates.set(value, valid)
  }
  return valid
}
const isIsoDateTime = (value: unknown) => isString(value) && ISO_DATE_TIME_FORMAT.test(value) && isRealDateTime(value)

const isCompanyName = (value: unknown) => isString(value) && isNormalisedCompanyName(value) && companyNameProblem(value) === null
const isTag = (value: unknown) => isString(value) && value.length <= MAX_TAG_LENGTH && isNormalisedCompanyName(value) && !containsIdentityCode(value)

const optional = (check: (value: unknown) => boolean) => (value: unknown) => value === undefined || check(value)
const arrayOf = (check: (value: unknown) => boolean, max: number) => (value: unknown) =>
  Array.isArray(value) && value.length <= max && value.every(check)

const isThemeName = stringOf(1, THEME_NAME_MAX)
const isWorkplace = stringOf(1, WORKPLACE_MAX)
const isBusinessIds = arrayOf(isBusinessId, MAX_RESTRICTED)
const isWorkplaces = arrayOf(isWorkplace, MAX_RESTRICTED)
const isThemes = arrayOf(isThemeName, MAX_THEMES)

const RESTRICTION_FIELDS = new Set(['businessIds', 'workplaces'])
const isRestrictions = (value: unknown) =>
  hasFields(value, RESTRICTION_FIELDS, []) && optional(isBusinessIds)(value['businessIds']) && optional(isWorkplaces)(value['workplaces'])

const MANDATE_FIELDS = new Set(['holder', 'mandator', 'type', 'themes', 'restrictions', 'validFrom', 'validUntil', 'status'])
const isMandate = (value: unknown) =>
  hasFields(value, MANDATE_FIELDS, ['holder', 'type', 'themes']) &&
  isHolder(value['holder']) && optional(isBusinessId)(value['mandator']) && isMandateType(value['type']) && isThemes(value['themes']) &&
  optional(isRestrictions)(value['restrictions']) && optional(isIsoDate)(value['validFrom']) && optional(isIsoDate)(value['validUntil']) &&
  optional(isStatus)(value['status'])

const RECORDED_FIELDS = new Set(['mandate', 'source', 'recordedOn'])
const isRecordedMandate = (value: unknown) =>
  hasFields(value, RECORDED_FIELDS, ['mandate', 'source', 'recordedOn']) && isMandate(value['mandate']) && isSource(value['source']) && isIsoDate(value['recordedOn'])
const isMandates = arrayOf(isRecordedMandate, MAX_MANDATES_PER_CLIENT)

const USER_FIELDS = new Set(['identification', 'identityCode', 'registerRole'])
const isUser = (value: unknown) =>
  hasFields(value, USER_FIELDS, []) && optional(isIdentification)(value['identification']) && optional(isIdentityCodeKind)(value['identityCode']) &&
  optional(isRegisterRole)(value['registerRole'])

const isServices = (value: unknown) => arrayOf(isService, SERVICE_IDS.length)(value) && new Set(value as unknown[]).size === (value as unknown[]).length

const FIRM_FIELDS = new Set(['businessId', 'name', 'organisationType', 'services', 'user', 'ownMandates', 'ownMandatesCheckedOn'])
const isFirm = (value: unknown) =>
  hasFields(value, FIRM_FIELDS, ['services', 'ownMandates']) &&
  optional(isBusinessId)(value['businessId']) && optional(isCompanyName)(value['name']) && optional(isOrganisationType)(value['organisationType']) &&
  isServices(value['services']) && optional(isUser)(value['user']) && isMandates(value['ownMandates']) && optional(isIsoDate)(value['ownMandatesCheckedOn'])

const CLIENT_FIELDS = new Set(['businessId', 'name', 'tags', 'mandates', 'mandatesCheckedOn'])
const isClient = (value: unknown) =>
  hasFields(value, CLIENT_FIELDS, ['businessId', 'tags', 'mandates']) &&
  isBusinessId(value['businessId']) && optional(isCompanyName)(value['name']) && arrayOf(isTag, MAX_TAGS)(value['tags']) &&
  isMandates(value['mandates']) && optional(isIsoDate)(value['mandatesCheckedOn'])

function isClients(value: unknown): boolean {
  if (!arrayOf(isClient, MAX_CLIENTS)(value)) return false
  const ids = new Set((value as Fields[]).map((client) => client['businessId']))
  return ids.size === (value as unknown[]).length
}

const DOCUMENT_FIELDS = new Set(['version', 'savedAt', 'firm', 'clients'])

/** True only when `raw` is valid in schema v2 (PortfolioV2.safeParse would succeed, giving `raw` back). */
export function isCertainlyValidV2(raw: unknown): boolean {
  return hasFields(raw, DOCUMENT_FIELDS, ['version', 'firm', 'clients']) &&
    raw['version'] === 2 && optional(isIsoDateTime)(raw['savedAt']) && isFirm(raw['firm']) && isClients(raw['clients'])
}
