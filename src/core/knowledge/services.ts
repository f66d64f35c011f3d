// Kela's organisation e-services (contract §4 ids): names, the themes each checks, which
// restriction specifiers (rajaustarkenne) it supports, and whether a prokurist may act in it
// without a mandate. Sources: kela-mandates.md §1 and §2.2, and the pages cited per record.
import type { ServiceId } from '../contract/ids.ts'
import type { Names, Sourced } from './fact.ts'
import type { KelaThemeId } from './themes.ts'

/** employer = työnantajien asiointipalvelut; partner = yhteistyökumppanien asiointipalvelut. */
export type ServiceCategory = 'employer' | 'partner'
/** business-id: client Y-tunnus on an edustamisvaltuus; workplace: toimipaikka number. */
export type RestrictionKind = 'business-id' | 'workplace'

export interface ServiceFact extends Sourced {
  id: ServiceId
  names: Names
  category: ServiceCategory | null
  /** The themes the service checks (Kela's tables). */
  themes: readonly KelaThemeId[]
  /** False when a source says the service uses a theme whose name was not found. */
  themesComplete: boolean
  restrictions: readonly RestrictionKind[]
  /** Kela: a prokurist may act without a mandate only in the employer and occupational health services. */
  prokuristWithoutMandate: boolean
}

const ARBETSGIVARE_FULLMAKTER = 'https://www.kela.fi/arbetsgivare-e-tjanster-arendefullmakter'

export const SERVICES: Record<ServiceId, ServiceFact> = {
  employer: {
    id: 'employer',
    names: { fi: 'Työnantajan asiointipalvelu', sv: 'E-tjänsten för arbetsgivare', en: 'e-service for employers' },
    category: 'employer',
    themes: ['employment-benefits-apply', 'employment-benefit-payments-view', 'employment-benefit-decisions-view', 'employment-benefit-account-number', 'employer-benefit-usage-logs'],
    themesComplete: true,
    restrictions: ['business-id'],
    prokuristWithoutMandate: true,
    status: 'confirmed',
    sources: ['https://www.kela.fi/tyonantajien-valtuuskoodit', 'https://www.kela.fi/tyonantajien-valtuusasiat', 'https://www.kela.fi/e-tjanster_e-tjansten-for-arbetsgivare', 'https://www.kela.fi/self-employed-person-as-employer', ARBETSGIVARE_FULLMAKTER, 'https://www.kela.fi/asiointi-ongelmatilanteet'],
    note: 'vero.fi (EN) says the service is called "Daily allowance and reimbursement service for employers" since 1.12.2024; its Finnish and Swedish forms were not found. The service works in Finnish and Swedish only.',
  },
  'occupational-health': {
    id: 'occupational-health',
    names: { fi: 'Työterveyshuollon korvausten asiointipalvelu', sv: 'E-tjänsten för ersättningar för företagshälsovård', en: 'e-service for reimbursements for occupational health care costs' },
    category: 'employer',
    themes: ['occupational-health-application-processing', 'occupational-health-application-sending'],
    themesComplete: true,
    restrictions: ['business-id', 'workplace'],
    prokuristWithoutMandate: true,
    status: 'confirmed',
    sources: ['https://www.kela.fi/tyonantajien-valtuuskoodit', 'https://www.kela.fi/web/sv/arbetsgivare-etjanst-foretagshalsovard', 'https://www.kela.fi/news/are-you-a-self-employed-person-about-to-hire-your-first-employee-', ARBETSGIVARE_FULLMAKTER],
  },
  kelmu: {
    id: 'kelmu',
    names: { fi: 'Etuustietopalvelu Kelmu', sv: 'Förmånsdatatjänsten Kelmu', en: null },
    category: 'partner',
    themes: ['benefit-data-and-payment-claims', 'labour-market-subsidy-lists', 'child-care-support-lists'],
    themesComplete: false,
    restrictions: [],
    prokuristWithoutMandate: false,
    status: 'confirmed',
    sources: ['https://www.kela.fi/asiointi-yhteistyokumppanit-asiointivaltuudet', 'https://www.kela.fi/el/-/hoida-suomi-fi-valtuudet-kuntoon-ennen-vuodenvaihdetta', 'https://www.kela.fi/vi/yhteistyokumppanit-toimeentulotuki-etuustietopalvelu-kelmu'],
    note: 'A fourth Kelmu theme (social welfare notifications, basic social assistance data) exists, but its name was not captured from Kela\'s page. Use requires an agreement with Kela.',
  },
  emava: {
    id: 'emava',
    names: { fi: 'Maksuvaatimuspalvelu eMava', sv: 'tjänsten för betalningsyrkanden (eMava)', en: null },
    category: 'partner',
    themes: ['benefit-data-and-payment-claims'],
    themesComplete: true,
    restrictions: [],
    prokuristWithoutMandate: false,
    status: 'confirmed',
    sources: ['https://www.kela.fi/el/-/hoida-suomi-fi-valtuudet-kuntoon-ennen-vuodenvaihdetta', 'https://www.kela.fi/en_US/lehdistotiedotteet/-/asset_publisher/S3Q9lK5MESlT/content/katso-tunnistautuminen-paattyy-kelan-etuustietopalvelu-kelmussa-ja-maksuvaatimuspalvelu-emavassa-26-9-2020'],
  },
  'pharma-prices': {
    id: 'pharma-prices',
    names: { fi: 'Lääkeyritysten asiointipalvelu', sv: null, en: null },
    category: 'partner',
    themes: ['medicine-price-notifications'],
    themesComplete: true,
    restrictions: [],
    prokuristWithoutMandate: false,
    status: 'confirmed',
    sources: ['https://www.kela.fi/asiointipalvelun-ohje', 'https://www.kela.fi/tietoa-kelasta-laakeyritykset-asiointipalvelun-kayttoehdot'],
  },
  'rehab-providers': {
    id: 'rehab-providers',
    names: { fi: 'Kuntoutuspalvelujen rekisteröitymisjärjestelmä', sv: null, en: null },
    category: 'partner',
    themes: ['rehabilitation-providers'],
    themesComplete: true,
    restrictions: [],
    prokuristWithoutMandate: false,
    status: 'confirmed',
    sources: ['https://kela.fi/kuntoutuspalvelut-rekisteroityminen-nain-rekisteroidyt'],
  },
  kiila: {
    id: 'kiila',
    names: { fi: 'KIILA-kuntoutuskurssien asiointipalvelu', sv: 'e-tjänsten för KIILA-rehabiliteringskurser', en: null },
    category: 'employer',
    themes: ['kiila-course-need'],
    themesComplete: false,
    restrictions: [],
    prokuristWithoutMandate: false,
    status: 'uncertain',
    sources: ['https://www.kela.fi/tyonantajat-kiila-kurssit', 'https://www.kela.fi/tyonantajien-valtuuskoodit', 'https://www.kela.fi/web/sv/e-tjanster-arendefullmakter'],
    note: 'Whether "Kuntoutuskurssitarpeen ilmoittaminen" is the Suomi.fi theme name is uncertain.',
  },
  other: {
    id: 'other',
    names: { fi: 'Kelan asiointipalvelu organisaatioille', sv: 'FPA:s e-tjänst för organisationer', en: 'Kela e-service for organisations' },
    category: null,
    themes: [],
    themesComplete: false,
    restrictions: [],
    prokuristWithoutMandate: false,
    status: 'unverified',
    sources: ['https://www.kela.fi/asiointi-yhteistyokumppanit-asiointivaltuudet', 'https://www.kela.fi/tyonantajien-valtuusasiat'],
    note: 'A generic label of ours for services without an id; their themes are on Kela\'s mandate pages.',
  },
}

/**
 * Words in a page's URL or title that name a service (lower case, without diacritics). Ours,
 * taken from the service names above; the classifier of issue 4 may pass `service` directly.
 */
export const SERVICE_HINTS: readonly (readonly [ServiceId, readonly string[]])[] = [
  ['occupational-health', ['tyoterveyshuollon korvaus', 'foretagshalsovard', 'occupational health']],
  ['kelmu', ['kelmu', 'etuustietopalvelu', 'formansdatatjansten']],
  ['emava', ['emava', 'maksuvaatimuspalvelu', 'betalningsyrkanden']],
  ['kiila', ['kiila']],
  ['pharma-prices', ['laakeyritysten asiointipalvelu']],
  ['rehab-providers', ['kuntoutuspalvelujen rekisteroitymis', 'kuntoutuspalveluiden tuottajien']],
  ['employer', ['tyonantajan asiointipalvelu', 'e-tjansten for arbetsgivare', 'e-service for employers', 'daily allowance and reimbursement service']],
]
