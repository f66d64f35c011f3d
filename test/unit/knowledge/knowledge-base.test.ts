// The knowledge base is checked against its schema: every fact has a status and a source URL,
// ids are the contract's, cross references resolve, and the link builders give a URL for every
// language. Nothing here hard-codes what the product says; it checks the data is well formed.
import { describe, expect, test } from 'vitest'
import { LANGS, SERVICE_IDS } from '../../../src/core/contract/ids.ts'
import { MANDATE_TYPES, ORGANISATION_TYPES, SYMPTOMS } from '../../../src/core/contract/case.ts'
import {
  DURATIONS, INCOMES_REGISTER_THEMES, KELA_SUPPORT_DAYS_OFF, KELA_SYMPTOMS, KELA_TECHNICAL_SUPPORT, kelaMandateCategoryLink, KELA_THEMES, KEY_DATES, MANDATE_TYPE_FACTS, NO_REGISTER_ROLE_TYPES,
  OFFICER_SERVICE_TYPES, OMAKELA_PERSONAL_THEME, OTHER_CONTACTS, REGISTER_ROLE_FACTS, SERVICES, SERVICE_HINTS, THEME_LIST_SOURCES,
  VALTUUDET_UI, dvvGuideLink, isOpenAt, kelaMandatePageLink, kelaSupportMailLink, kelaTroubleshootingLink, mandateThemeListLink,
  mandateTypesLink, officerServiceLink, openingHoursText, serviceName, serviceThemes, servicesUsingTheme, valtuudetLink,
} from '../../../src/core/knowledge/index.ts'
import {
  DateFactSchema, DaysOffSchema, DurationFactSchema, SymptomFactSchema, IncomesRegisterThemeSchema, LinkTargetSchema, MandateTypeFactSchema, OfficerServiceTypeSchema,
  RegisterRoleFactSchema, ServiceFactSchema, SourcedSchema, SupportContactSchema, ThemeFactSchema, UiLabelSchema,
} from '../../../src/core/knowledge/schema.ts'
import { normaliseName } from '../../../src/core/diagnosis/normalise.ts'

function valid(schema: { safeParse(v: unknown): { success: boolean; error?: { issues: unknown[] } } }, value: unknown) {
  const result = schema.safeParse(value)
  expect(result.error?.issues ?? []).toEqual([])
}

describe('every record matches its schema', () => {
  test.each(Object.entries(KELA_THEMES))('theme %s', (key, theme) => {
    valid(ThemeFactSchema, theme)
    expect(theme.id).toBe(key)
  })
  test.each([...INCOMES_REGISTER_THEMES])('incomes register theme $id', (theme) => valid(IncomesRegisterThemeSchema, theme))
  test('the OmaKela personal theme', () => valid(ThemeFactSchema, OMAKELA_PERSONAL_THEME))
  test.each(Object.entries(SERVICES))('service %s', (key, service) => {
    valid(ServiceFactSchema, service)
    expect(service.id).toBe(key)
    for (const theme of service.themes) expect(KELA_THEMES).toHaveProperty(theme)
  })
  test.each(Object.values(MANDATE_TYPE_FACTS))('mandate type $id', (type) => valid(MandateTypeFactSchema, type))
  test.each(Object.values(REGISTER_ROLE_FACTS))('register role $id', (role) => valid(RegisterRoleFactSchema, role))
  test.each([...OFFICER_SERVICE_TYPES])('officer-service type $id', (type) => valid(OfficerServiceTypeSchema, type))
  test.each(Object.entries(KEY_DATES))('date %s', (_, date) => valid(DateFactSchema, date))
  test.each(Object.entries(DURATIONS))('duration %s', (_, duration) => valid(DurationFactSchema, duration))
  test.each([KELA_TECHNICAL_SUPPORT, ...OTHER_CONTACTS])('contact $id', (contact) => valid(SupportContactSchema, contact))
  test.each(Object.entries(VALTUUDET_UI))('Valtuudet label %s', (_, label) => valid(UiLabelSchema, label))
  test('the theme list sources', () => valid(SourcedSchema, THEME_LIST_SOURCES))
  test.each(Object.entries(KELA_SYMPTOMS))('symptom %s', (key, symptom) => {
    valid(SymptomFactSchema, symptom)
    expect(symptom.id).toBe(key)
  })
  test('the days Kela support is closed', () => valid(DaysOffSchema, KELA_SUPPORT_DAYS_OFF))
})

describe('coverage of the contract ids', () => {
  test('every service id has a record, and no other', () => {
    expect(Object.keys(SERVICES).sort()).toEqual([...SERVICE_IDS].sort())
  })
  test('every symptom has Kela\'s description', () => {
    expect(Object.keys(KELA_SYMPTOMS).sort()).toEqual([...SYMPTOMS].sort())
  })
  test('every mandate type has a record', () => {
    expect(Object.keys(MANDATE_TYPE_FACTS).sort()).toEqual([...MANDATE_TYPES].sort())
  })
  test('public organisation types exist in the contract and need the officer service', () => {
    for (const type of NO_REGISTER_ROLE_TYPES) {
      expect(ORGANISATION_TYPES).toContain(type)
      expect(OFFICER_SERVICE_TYPES.map((t) => t.id)).toContain(type)
    }
  })
  test('service hints name only known services and are lower case without diacritics', () => {
    for (const [service, words] of SERVICE_HINTS) {
      expect(SERVICE_IDS).toContain(service)
      for (const word of words) expect(word).toBe(word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase())
    }
  })
})

describe('names do not collide', () => {
  test('no Kela theme shares a name with an Incomes Register theme', () => {
    const kela = new Set(Object.values(KELA_THEMES).flatMap((t) => [t.names.fi, t.names.sv]).filter(Boolean).map((n) => normaliseName(n!)))
    for (const theme of INCOMES_REGISTER_THEMES) {
      for (const name of [theme.names.fi, theme.names.sv, ...theme.aliases]) if (name) expect(kela.has(normaliseName(name))).toBe(false)
    }
  })
  test('theme names are unique across Kela themes', () => {
    const names = Object.values(KELA_THEMES).flatMap((t) => [t.names.fi, t.names.sv]).filter(Boolean).map((n) => normaliseName(n!))
    expect(new Set(names).size).toBe(names.length)
  })
  test('a theme with an unknown Swedish name says so in its note', () => {
    for (const theme of Object.values(KELA_THEMES)) {
      if (theme.names.sv === null && theme.status === 'confirmed') expect((theme as { note?: string }).note).toMatch(/Swedish name not found/)
    }
  })
})

describe('helpers for the popup', () => {
  test('service names fall back to Finnish and say so', () => {
    expect(serviceName('employer', 'sv')).toEqual({ name: SERVICES.employer.names.sv, translated: true })
    expect(serviceName('pharma-prices', 'en')).toEqual({ name: SERVICES['pharma-prices'].names.fi, translated: false })
    expect(serviceName('pharma-prices', 'fi').translated).toBe(true)
  })
  test('service themes and the services that use a theme agree', () => {
    for (const service of SERVICE_IDS) for (const theme of serviceThemes(service)) expect(servicesUsingTheme(theme.id as never)).toContain(service)
    expect(servicesUsingTheme('benefit-data-and-payment-claims').sort()).toEqual(['emava', 'kelmu'])
  })
  test.each([...LANGS])('every link builder gives a well-formed target in %s', (lang) => {
    const targets = [valtuudetLink(lang), mandateThemeListLink(lang), dvvGuideLink(lang), officerServiceLink(lang), mandateTypesLink(lang), kelaSupportMailLink()]
    for (const service of [...SERVICE_IDS, null] as const) targets.push(kelaMandatePageLink(service, lang), kelaTroubleshootingLink(service, lang))
    targets.push(kelaMandateCategoryLink('employer', lang), kelaMandateCategoryLink('partner', lang))
    for (const target of targets) valid(LinkTargetSchema, target)
    expect(valtuudetLink(lang).lang).toBe(lang)
  })
  test('the mandate-theme list: Finnish URL is marked unverified, the others confirmed, with the search word', () => {
    expect(mandateThemeListLink('fi')).toMatchObject({ status: 'unverified', searchWord: 'Kela', pageName: 'Valtuusasiat' })
    expect(mandateThemeListLink('sv')).toMatchObject({ status: 'confirmed', searchWord: 'FPA', pageName: 'Fullmaktsärenden', lang: 'en' })
    expect(mandateThemeListLink('en')).toMatchObject({ status: 'confirmed', searchWord: 'Kela', lang: 'en' })
  })
  test('Kela pages: partner services get the partner page, employer services the employer page', () => {
    expect(kelaMandatePageLink('kelmu', 'fi').url).not.toBe(kelaMandatePageLink('employer', 'fi').url)
    expect(kelaMandatePageLink('emava', 'sv').url).toBe(kelaMandatePageLink('kelmu', 'sv').url)
    expect(kelaTroubleshootingLink('employer', 'en').lang).toBe('fi')
  })
})

describe('support opening hours (Europe/Helsinki)', () => {
  const at = (iso: string) => isOpenAt(KELA_TECHNICAL_SUPPORT, new Date(iso))
  test('open on a weekday between 7 and 17 Helsinki time', () => {
    expect(at('2026-03-02T05:00:00Z')).toBe(true) // Mon 07:00 EET
    expect(at('2026-03-02T04:59:00Z')).toBe(false) // Mon 06:59 EET
    expect(at('2026-03-02T14:59:00Z')).toBe(true) // Mon 16:59 EET
    expect(at('2026-03-02T15:00:00Z')).toBe(false) // Mon 17:00 EET
  })
  test('summer time moves the UTC window by an hour', () => {
    expect(at('2026-06-01T04:00:00Z')).toBe(true) // Mon 07:00 EEST
    expect(at('2026-06-01T14:00:00Z')).toBe(false) // Mon 17:00 EEST
  })
  test('closed at weekends, also when it is still Friday in UTC but Saturday in Helsinki', () => {
    expect(at('2026-03-07T10:00:00Z')).toBe(false) // Sat
    expect(at('2026-03-06T22:30:00Z')).toBe(false) // Sat 00:30 in Helsinki
  })
  test('the hours as text in each language', () => {
    const hours = KELA_TECHNICAL_SUPPORT.hours!
    expect(openingHoursText(hours, 'fi')).toBe('arkisin klo 7–17')
    expect(openingHoursText(hours, 'sv')).toBe('vardagar kl. 7–17')
    expect(openingHoursText(hours, 'en')).toBe('weekdays 7:00–17:00 Finnish time')
    expect(openingHoursText({ ...hours, days: [1, 3], from: 510 }, 'fi')).toBe('1, 3 klo 8.30–17')
  })
  test('a contact without structured hours is never reported open', () => {
    expect(isOpenAt({ hours: null }, new Date('2026-03-02T10:00:00Z'))).toBe(false)
  })
})
