// Suomi.fi mandate types, the register roles that let a person act for an organisation at Kela
// without a mandate, and the organisation types that must first register a right to grant
// mandates through DVV's virkailijavaltuuttamispalvelu. kela-mandates.md §2.
import type { MandateType, OrganisationType, RegisterRole } from '../contract/case.ts'
import type { ServiceId } from '../contract/ids.ts'
import type { Names, Sourced } from './fact.ts'

export interface MandateTypeFact extends Sourced {
  id: MandateType
  names: Names
  /** True when the type lets its holder act; false for the two rights to grant mandates. */
  letsAct: boolean
  /**
   * The type a holder of this right can grant (Suomi.fi, "Mitä eroa on eri valtuustyypeillä?"): a
   * valtuutusoikeus grants the organisation's asiointivaltuudet, an edustajan valtuutusoikeus grants
   * edustamisvaltuudet for the mandates clients gave the organisation; null for the two types that
   * let their holder act.
   */
  grants: MandateType | null
  /**
   * Whether a source says the holder can grant that type to themself: Suomi.fi says a valtuutusoikeus
   * holder who must act "gives also themself an asiointivaltuus"; for the edustajan valtuutusoikeus
   * it says only that the holder grants edustamisvaltuudet "to other employees".
   */
  selfGrant?: 'confirmed' | 'not-stated'
}

const TYPES_PAGE = 'https://www.suomi.fi/ohjeet-ja-tuki/valtuudet/organisaation-valtuudet/valtuuksien-antaminen-organisaationa/mita-eroa-on-eri-valtuustyypeilla'
const GRANT_ALONE = 'https://www.suomi.fi/ohjeet-ja-tuki/valtuudet/organisaation-valtuudet/valtuuksien-antaminen-organisaationa/nain-organisaation-edustaja-antaa-valtuuksia-yksin'
const OFFICER_SV = 'https://www.suomi.fi/service/tjansten-for-tjanstemannabefullmaktiganden-i-suomi-fi-fullmakter-myndigheten-for-digitalisering-och-befolkningsdata/8d592763-8e25-4230-b4bb-cbcab7d213c7'
const PARTNER_SV = 'https://www.kela.fi/etjanst-samarbetspartner-problemsituationer'

export const MANDATE_TYPE_FACTS: Record<MandateType, MandateTypeFact> = {
  asiointivaltuus: {
    id: 'asiointivaltuus', letsAct: true, grants: null, status: 'confirmed',
    names: { fi: 'asiointivaltuus', sv: 'ärendefullmakt', en: 'mandate for transactions' },
    sources: [TYPES_PAGE, PARTNER_SV, 'https://www.suomi.fi/instructions-and-support/e-authorizations/using-suomifi-e-authorizations-as-an-organisation/granting-mandates-as-an-organisation/what-if-we-cannot-grant-organisations-mandates-independently'],
    note: 'For your own organisation\'s matters; the only type that can be given to an organisation.',
  },
  edustamisvaltuus: {
    id: 'edustamisvaltuus', letsAct: true, grants: null, status: 'confirmed',
    names: { fi: 'edustamisvaltuus', sv: 'representationsfullmakt', en: 'mandate to represent' },
    sources: [TYPES_PAGE, PARTNER_SV, 'https://www.suomi.fi/instructions-and-support/e-authorizations/acting-on-behalf-of-an-organisation/using-a-mandate-given-in-suomi-fi-e-authorizations'],
    note: 'Lets an employee use the asiointivaltuudet that clients gave the employer organisation.',
  },
  valtuutusoikeus: {
    id: 'valtuutusoikeus', letsAct: false, grants: 'asiointivaltuus', selfGrant: 'confirmed', status: 'confirmed',
    names: { fi: 'valtuutusoikeus', sv: 'fullmaktsrätt', en: 'right to grant a mandate' },
    sources: [TYPES_PAGE, GRANT_ALONE, OFFICER_SV, 'https://sanastot.suomi.fi/en/terminology/fi-eauth/concept/concept-8', 'https://dvv.fi/virkailijavaltuuttamispalvelu'],
    note: 'Does not let the holder act: they must also give themselves an asiointivaltuus.',
  },
  'edustajan-valtuutusoikeus': {
    id: 'edustajan-valtuutusoikeus', letsAct: false, grants: 'edustamisvaltuus', selfGrant: 'not-stated', status: 'confirmed',
    names: { fi: 'edustajan valtuutusoikeus', sv: 'representantens fullmaktsrätt', en: "representative's right to grant a mandate" },
    sources: [TYPES_PAGE, OFFICER_SV, 'https://dvv.fi/virkailijavaltuuttamispalvelu'],
    note: 'Lets the holder give edustamisvaltuudet and request asiointivaltuudet from clients, not act.',
  },
}

/** The right whose holder can grant `type` (null for the two rights themselves). */
export function rightToGrant(type: MandateType): MandateType | null {
  return (Object.values(MANDATE_TYPE_FACTS).find((fact) => fact.grants === type)?.id) ?? null
}

export interface RegisterRoleFact extends Sourced {
  id: Exclude<RegisterRole, 'none'>
  names: Names
  /** Services where the role lets its holder act for their own organisation without a mandate. */
  services: 'all' | readonly ServiceId[]
  /** Organisation types the role exists in, when Kela limits it (chair of an Oy or As Oy). */
  organisationTypes?: readonly OrganisationType[]
}

const KELA_ROLES_SV = 'https://www.kela.fi/arbetsgivare-e-tjanster-arendefullmakter'
const ROLE_NAMES_FI = 'http://ohje.te-palvelut.fi/taohje/fi/yrityksen-ja-tyonantajan-oma-asiointi/kirjautuminen-palveluun'

/**
 * Kela (SV page): näringsidkare, utredningsman, verkställande direktör, its ställföreträdare,
 * vice verkställande direktör and the chair of an Ab or Bab may act without a mandate; a prokurist
 * only in the employer and occupational health services. Only for their own organisation: acting
 * for a client still needs an edustamisvaltuus (https://www.kela.fi/tyonantajien-valtuusasiat).
 * The Finnish role names are the trade register's (seen on another authority's page).
 */
export const REGISTER_ROLE_FACTS: Record<Exclude<RegisterRole, 'none'>, RegisterRoleFact> = {
  ceo: { id: 'ceo', services: 'all', status: 'confirmed', sources: [KELA_ROLES_SV, ROLE_NAMES_FI], names: { fi: 'toimitusjohtaja', sv: 'verkställande direktör', en: 'CEO' } },
  'deputy-ceo': {
    id: 'deputy-ceo', services: 'all', status: 'confirmed', sources: [KELA_ROLES_SV, ROLE_NAMES_FI],
    names: { fi: 'toimitusjohtajan sijainen tai varatoimitusjohtaja', sv: 'verkställande direktörens ställföreträdare eller vice verkställande direktör', en: 'deputy CEO' },
  },
  'board-chair': {
    id: 'board-chair', services: 'all', organisationTypes: ['company'], status: 'confirmed', sources: [KELA_ROLES_SV, ROLE_NAMES_FI],
    names: { fi: 'osakeyhtiön tai asunto-osakeyhtiön hallituksen puheenjohtaja', sv: 'styrelseordförande för ett aktiebolag eller bostadsaktiebolag', en: 'chair of the board of a limited company or housing company' },
  },
  trader: { id: 'trader', services: 'all', status: 'confirmed', sources: [KELA_ROLES_SV, ROLE_NAMES_FI], names: { fi: 'elinkeinonharjoittaja', sv: 'näringsidkare', en: 'trader (sole proprietor)' } },
  liquidator: { id: 'liquidator', services: 'all', status: 'confirmed', sources: [KELA_ROLES_SV, ROLE_NAMES_FI], names: { fi: 'selvitysmies', sv: 'utredningsman', en: 'liquidator' } },
  prokurist: {
    id: 'prokurist', services: ['employer', 'occupational-health'], status: 'confirmed', sources: [KELA_ROLES_SV, ROLE_NAMES_FI],
    names: { fi: 'prokuristi', sv: 'prokurist', en: 'holder of procuration (prokurist)' },
  },
}

export interface OfficerServiceTypeFact extends Sourced {
  id: OrganisationType
}

const GIVING_FI = 'https://www.kela.fi/tyonantajat-asiointi-asiointivaltuuden-antaminen'
const GIVING_SV = 'https://www.kela.fi/arbetsgivare-e-tjanster-att-ge-en-arendefullmakt'
const SUOMI_APPLICATION = 'https://www.suomi.fi/valtuudet/hakemuksella-valtuuttaminen'
const SUOMI_APPLICATION_EN = 'https://www.suomi.fi/instructions-and-support/e-authorizations/using-suomifi-e-authorizations-as-an-organisation/granting-mandates-as-an-organisation/what-if-we-cannot-grant-organisations-mandates-independently'

/**
 * Organisation types whose representatives are not in public registers: they must first register
 * a valtuutusoikeus by application (virkailijavaltuuttamispalvelu, opened 11.6.2020, handled at
 * Verohallinto) before anyone can grant their mandates in Suomi.fi Valtuudet.
 */
export const OFFICER_SERVICE_TYPES: readonly OfficerServiceTypeFact[] = [
  { id: 'municipality', status: 'confirmed', sources: [GIVING_FI, GIVING_SV, 'https://dvv.fi/-/katso-palvelun-kaytto-paattyy-nain-kunta-siirtyy-suomi.fi-valtuuksiin'] },
  { id: 'joint-municipal-authority', status: 'confirmed', sources: [GIVING_FI, 'https://www.kela.fi/web/sv/tjanst-for-tjanstemannabefullmaktigande'], note: 'A public organisation (kuntayhtymä).' },
  { id: 'wellbeing-services-county', status: 'confirmed', sources: [SUOMI_APPLICATION_EN], note: 'Public administration; suomi.fi says public administration needs a mandate application. No Kela page names counties explicitly.' },
  { id: 'state', status: 'confirmed', sources: [GIVING_FI, GIVING_SV] },
  { id: 'parish', status: 'confirmed', sources: [GIVING_FI, GIVING_SV] },
  { id: 'foundation', status: 'confirmed', sources: [GIVING_FI, GIVING_SV] },
  { id: 'estate', status: 'confirmed', sources: [GIVING_FI, GIVING_SV, SUOMI_APPLICATION], note: 'Estates of deceased persons (kuolinpesät) with a Y-tunnus.' },
  { id: 'foreign-company', status: 'confirmed', sources: [GIVING_FI, GIVING_SV] },
  { id: 'association-joint-signatory', status: 'confirmed', sources: [GIVING_SV, 'https://www.kela.fi/hu/asiointi-tyonantajat'] },
  { id: 'partnership', status: 'uncertain', sources: [GIVING_FI, GIVING_SV], note: 'Kela names business partnerships (elinkeinoyhtymät, näringssammanslutningar); partnerships registered in the trade register may grant themselves.' },
]

/**
 * Public organisations: no trade register, register of associations or YTJ role exists for them,
 * so none of their staff can act at Kela by register role (derived from the pages above: their
 * representatives are not in public registers).
 */
export const NO_REGISTER_ROLE_TYPES: readonly OrganisationType[] = ['municipality', 'joint-municipal-authority', 'wellbeing-services-county', 'state', 'parish']
