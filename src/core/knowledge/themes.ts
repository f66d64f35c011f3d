// Suomi.fi mandate themes (valtuusasiat) that Kela's organisation e-services check, with the
// Katso roles they replaced, and the Incomes Register (Tulorekisteri) themes people mistake for
// Kela's. Names are quoted exactly as the sources give them; null = no source gave the name.
// No machine-readable theme codes were found for any Kela theme (kela-mandates.md §1.1).
import type { Names, Sourced } from './fact.ts'

export interface ThemeFact extends Sourced {
  id: string
  names: Names
  /** Katso roles this theme replaced in 2019-2021 (empty when none is known). */
  katsoRoles: readonly string[]
}

const EMPLOYER_TABLE = 'https://www.kela.fi/tyonantajien-valtuuskoodit'
const EMPLOYER_SV = 'https://www.kela.fi/e-tjanster_e-tjansten-for-arbetsgivare'
const EMPLOYER_NEWS = 'https://www.kela.fi/-/tyonantajan-paivaraha-asiointiin-kirjaudutaan-edelleen-katso-tunnisteella'
const OH_SV = 'https://www.kela.fi/web/sv/arbetsgivare-etjanst-foretagshalsovard'
const PARTNER_FI = 'https://www.kela.fi/asiointi-yhteistyokumppanit-asiointivaltuudet'
const MUNICIPALITY_NEWS = 'https://www.kela.fi/el/-/hoida-suomi-fi-valtuudet-kuntoon-ennen-vuodenvaihdetta'
const KELMU_SV_NEWS = 'https://www.kela.fi/web/sv/aktuellt-arbetsgivare/-/asset_publisher/M4OIQpG6nopA/content/anvandningen-av-kelmu-kraver-suomi-fi-fullmakter-fran-och-med-1-2-skaffa-fullmakterna-sa-fort-som-mojligt'

/** Kela's own themes, keyed by a stable id of ours. */
export const KELA_THEMES = {
  'employment-benefits-apply': {
    id: 'employment-benefits-apply',
    names: { fi: 'Palvelussuhteeseen liittyvien etuuksien hakeminen', sv: 'Ansöka om förmåner i samband med anställningsförhållande', en: null },
    katsoRoles: ['Hakemukset, maksut ja päätökset', 'Suostumus sähköiseen päätökseen'],
    status: 'confirmed',
    sources: [EMPLOYER_TABLE, EMPLOYER_NEWS, EMPLOYER_SV],
    note: 'Kela\'s table once spells it "Palvelusuhteeseen" (a typo on the page).',
  },
  'employment-benefit-payments-view': {
    id: 'employment-benefit-payments-view',
    names: { fi: 'Palvelussuhteeseen liittyvien etuusmaksutietojen katselu', sv: null, en: null },
    katsoRoles: ['Maksutiedot'],
    status: 'confirmed',
    sources: [EMPLOYER_TABLE, EMPLOYER_NEWS],
    note: 'Swedish name not found.',
  },
  'employment-benefit-decisions-view': {
    id: 'employment-benefit-decisions-view',
    names: { fi: 'Palvelussuhteeseen liittyvien etuuspäätösten tarkastelu', sv: 'Granska uppgifter gällande förmånsbeslut i anslutning till anställningsförhållande', en: null },
    katsoRoles: ['Tarkistan Kelan päätökset organisaatiolle'],
    status: 'confirmed',
    sources: [EMPLOYER_TABLE, EMPLOYER_NEWS, EMPLOYER_SV],
    note: 'Kela\'s 2020 news calls it a new mandate; the 2020 table maps it from the Katso role shown.',
  },
  'employment-benefit-account-number': {
    id: 'employment-benefit-account-number',
    names: { fi: 'Tilinumeron ilmoittaminen palvelussuhteeseen liittyvien etuusmaksujen maksamista varten', sv: null, en: null },
    katsoRoles: ['Tilinumero'],
    status: 'confirmed',
    sources: [EMPLOYER_TABLE],
    note: 'Swedish name not found.',
  },
  'employer-benefit-usage-logs': {
    id: 'employer-benefit-usage-logs',
    names: { fi: 'Työnantajan etuuksien käyttölokitietojen tarkastelu', sv: null, en: null },
    katsoRoles: ['Lokitietojen tarkistaja'],
    status: 'confirmed',
    sources: [EMPLOYER_TABLE],
    note: 'Swedish name not found.',
  },
  'occupational-health-application-processing': {
    id: 'occupational-health-application-processing',
    names: { fi: 'Työnantajan työterveyshuollon korvaushakemuksen käsittely', sv: 'Behandla arbetsgivarens ersättningsansökan för företagshälsovård', en: null },
    katsoRoles: ['TATTH Hakemuksen muokkaus', 'Ändring av ansökan (TATTH)'],
    status: 'confirmed',
    sources: [EMPLOYER_TABLE, OH_SV],
  },
  'occupational-health-application-sending': {
    id: 'occupational-health-application-sending',
    names: { fi: 'Työnantajan työterveyshuollon korvaushakemuksen lähetys', sv: 'Skicka arbetsgivarens ersättningsansökan för företagshälsovård', en: null },
    katsoRoles: ['TATTH Hakemuksen lähetys', 'Sändande av ansökan (TATTH)'],
    status: 'confirmed',
    sources: [EMPLOYER_TABLE, OH_SV],
  },
  'kiila-course-need': {
    id: 'kiila-course-need',
    names: { fi: 'Kuntoutuskurssitarpeen ilmoittaminen', sv: null, en: null },
    katsoRoles: [],
    status: 'uncertain',
    sources: [EMPLOYER_TABLE, 'https://www.kela.fi/web/sv/e-tjanster-arendefullmakter'],
    note: 'Listed under "KIILA-kuntoutukseen hakeminen" in Kela\'s table; the column is ambiguous, so it may be the old Katso role rather than the Suomi.fi theme name.',
  },
  'benefit-data-and-payment-claims': {
    id: 'benefit-data-and-payment-claims',
    names: { fi: 'Etuustietojen katselu ja maksuvaatimusten rekisteröinti', sv: 'Granska förmånsuppgifter och registrera betalningskrav', en: null },
    katsoRoles: [],
    status: 'confirmed',
    sources: [MUNICIPALITY_NEWS, KELMU_SV_NEWS, PARTNER_FI],
    note: 'Not the Incomes Register theme "Etuustietojen katselu".',
  },
  'labour-market-subsidy-lists': {
    id: 'labour-market-subsidy-lists',
    names: { fi: 'Työmarkkinatukiaineistojen tarkastelu', sv: 'Granska material om arbetsmarknadsstöd', en: null },
    katsoRoles: [],
    status: 'confirmed',
    sources: [MUNICIPALITY_NEWS, KELMU_SV_NEWS],
  },
  'child-care-support-lists': {
    id: 'child-care-support-lists',
    names: { fi: 'Lastenhoidon tuen aineistojen tarkastelu', sv: null, en: null },
    katsoRoles: [],
    status: 'confirmed',
    sources: ['https://www.kela.fi/nl/yhteistyokumppanit-kunnat-lastenhoidon-tuen-laskutus'],
    note: 'Swedish name not found.',
  },
  'medicine-price-notifications': {
    id: 'medicine-price-notifications',
    names: { fi: 'Lääkevalmisteiden hintailmoitukset', sv: null, en: null },
    katsoRoles: [],
    status: 'confirmed',
    sources: ['https://www.kela.fi/asiointipalvelun-ohje', 'https://www.kela.fi/tietoa-kelasta-laakeyritykset-asiointipalvelun-kayttoehdot'],
    note: 'Category "Lääkkeet ja apteekit". Swedish name not found.',
  },
  'rehabilitation-providers': {
    id: 'rehabilitation-providers',
    names: { fi: 'Kuntoutuspalveluiden tuottajien asiointi', sv: null, en: null },
    katsoRoles: [],
    status: 'confirmed',
    sources: ['https://kela.fi/kuntoutuspalvelut-rekisteroityminen-nain-rekisteroidyt'],
    note: 'Swedish name not found.',
  },
} as const satisfies Record<string, ThemeFact>

export type KelaThemeId = keyof typeof KELA_THEMES

export interface IncomesRegisterThemeFact extends Sourced {
  id: string
  names: Names
  /** Other names the same theme goes by (the Incomes Register's own "code" names). */
  aliases: readonly string[]
}

const IR_FI = 'https://www.vero.fi/tulorekisteri/yritykset-ja-organisaatiot/suorituksen-maksajat/valtuutus/valtuuskoodit/'
const IR_SV = 'https://www.vero.fi/sv/inkomstregistret/f%C3%B6retag-och-organisationer/prestationsbetalare/fullmakt/fullmaktskoder/'
const IR_EN = 'https://www.vero.fi/en/incomes-register/companies-and-organisations/employers/authorisation/authorisation-codes/'

/**
 * Incomes Register themes: they work in the Incomes Register only, never in Kela's services
 * (Kela warns about "Etuustietojen katselu" chosen instead of Kela's theme). Swedish names are
 * those of Suomi.fi-fullmakter where vero.fi gives them; the aliases are the register's code names.
 */
export const INCOMES_REGISTER_THEMES: readonly IncomesRegisterThemeFact[] = [
  {
    id: 'ir-earnings-report', status: 'confirmed', sources: [IR_FI, IR_SV, IR_EN],
    names: { fi: 'Palkkatietojen ilmoittaminen', sv: 'Anmälan om löneuppgifter', en: 'Reporting earnings payment data' },
    aliases: ['Anmäla löneuppgifter'],
  },
  {
    id: 'ir-earnings-view', status: 'confirmed', sources: [IR_FI, IR_SV, IR_EN],
    names: { fi: 'Palkkatietojen katselu', sv: 'Granskning av löneuppgifter', en: 'Browsing earnings payment data' },
    aliases: ['Granska löneuppgifter'],
  },
  {
    id: 'ir-benefits-report', status: 'confirmed', sources: [IR_FI, IR_SV, IR_EN],
    names: { fi: 'Etuustietojen ilmoittaminen', sv: null, en: 'Reporting benefits payment data' },
    aliases: ['Anmäla förmånsuppgifter'],
    note: 'The Suomi.fi Swedish name is cut off in the source; the register\'s code name is "Anmäla förmånsuppgifter".',
  },
  {
    id: 'ir-benefits-view', status: 'confirmed', sources: [IR_FI, IR_SV, IR_EN, 'https://www.kela.fi/el/-/hoida-suomi-fi-valtuudet-kuntoon-ennen-vuodenvaihdetta'],
    names: { fi: 'Etuustietojen katselu', sv: 'Granskning av förmånsuppgifter', en: 'Browsing benefits payment data' },
    aliases: ['Granska förmånsuppgifter'],
    note: 'The theme Kela names as the usual mistake for "Etuustietojen katselu ja maksuvaatimusten rekisteröinti".',
  },
  {
    id: 'ir-logs-interfaces', status: 'confirmed', sources: [IR_FI, IR_SV, 'https://www.suomi.fi/e-authorizations/mandate-themes/processing-of-log-interface-and-report-data-related-to-income-data/29fc1855d0e9b272bc0161c5fd5cd823'],
    names: { fi: 'Tulotietoihin liittyvien loki-, rajapinta- ja ilmoitustietojen käsittely', sv: null, en: 'Processing of log, interface and report data related to income data' },
    aliases: ['Behandling av logg-, gränssnitts- och anmälningsuppgifter i anslutning till inkomstuppgifter'],
    note: 'The Suomi.fi Swedish name is not given; the alias is the register\'s code name.',
  },
]

/** Personal (not organisation) Kela theme people sometimes confuse with the organisation themes. */
export const OMAKELA_PERSONAL_THEME: ThemeFact = {
  id: 'omakela-personal',
  names: { fi: 'Sosiaaliturvan etuusasioiden hoitaminen', sv: 'Uträtta ärenden gällande socialskyddsförmåner', en: null },
  katsoRoles: [],
  status: 'confirmed',
  sources: ['https://www.kela.fi/valtakirja', 'https://www.kela.fi/fullmakt'],
  note: 'For acting for another person in OmaKela; it does not open the organisation e-services.',
}
