// The knowledge base: typed facts about Kela's organisation e-services and Suomi.fi mandates,
// each with its sources and a status (confirmed / uncertain / unverified). The popup, the
// portfolio view and the diagnosis engine import from here. Pure data and small functions.
import type { Lang, ServiceId } from '../contract/ids.ts'
import { KELA_THEMES, type KelaThemeId, type ThemeFact } from './themes.ts'
import { SERVICES } from './services.ts'

export { FACT_STATUSES, type FactStatus, type Names, type Sourced, type Texts } from './fact.ts'
export { KELA_THEMES, INCOMES_REGISTER_THEMES, OMAKELA_PERSONAL_THEME, type KelaThemeId, type ThemeFact, type IncomesRegisterThemeFact } from './themes.ts'
export { SERVICES, SERVICE_HINTS, type ServiceFact, type ServiceCategory, type RestrictionKind } from './services.ts'
export { MANDATE_TYPE_FACTS, rightToGrant, REGISTER_ROLE_FACTS, OFFICER_SERVICE_TYPES, NO_REGISTER_ROLE_TYPES, type MandateTypeFact, type RegisterRoleFact, type OfficerServiceTypeFact } from './mandates.ts'
export { KEY_DATES, DURATIONS, type DateFact, type DurationFact } from './dates.ts'
export { KELA_TECHNICAL_SUPPORT, KELA_GRANTS_NO_ORGANISATION_MANDATES, KELA_SUPPORT_DAYS_OFF, OTHER_CONTACTS, isOpenAt, openingHoursText, type SupportContact, type OpeningHours } from './support.ts'
export { KELA_SYMPTOMS, type SymptomFact } from './symptoms.ts'
export {
  valtuudetLink, mandateThemeListLink, dvvGuideLink, officerServiceLink, mandateTypesLink, kelaMandatePageLink, kelaMandateCategoryLink,
  kelaTroubleshootingLink, kelaSupportMailLink, VALTUUDET_UI, THEME_LIST_SOURCES,
  type LinkTarget, type ThemeListLink, type UiLabel,
} from './links.ts'

/**
 * The service's name in `lang`. Where no source gave a name in that language, the Finnish
 * name is returned with `translated: false` so the caller can say the name is Finnish.
 */
export function serviceName(service: ServiceId, lang: Lang): { name: string; translated: boolean } {
  const names = SERVICES[service].names
  const name = names[lang]
  return name ? { name, translated: true } : { name: names.fi, translated: lang === 'fi' }
}

/** The themes a service checks, with their Finnish and Swedish names (Swedish may be null). */
export function serviceThemes(service: ServiceId): ThemeFact[] {
  return SERVICES[service].themes.map((id) => KELA_THEMES[id])
}

/** Services that check a theme (Kelmu and eMava share one). */
export function servicesUsingTheme(theme: KelaThemeId): ServiceId[] {
  return (Object.keys(SERVICES) as ServiceId[]).filter((id) => SERVICES[id].themes.includes(theme))
}
