// Shared phrases for the findings' texts, in fi, sv and en: theme names (Finnish and Swedish),
// mandate types, where to click in Suomi.fi Valtuudet, the support contact. Every name, label,
// URL and number comes from the knowledge base; this file only words them.
import type { MandateType, OrganisationType } from '../contract/case.ts'
import type { Lang } from '../contract/ids.ts'
import type { Fixer, Link } from '../contract/result.ts'
import {
  KELA_TECHNICAL_SUPPORT, KELA_THEMES, MANDATE_TYPE_FACTS, REGISTER_ROLE_FACTS, VALTUUDET_UI, dvvGuideLink,
  kelaMandatePageLink, kelaSupportMailLink, kelaTroubleshootingLink, mandateThemeListLink, mandateTypesLink,
  officerServiceLink, openingHoursText, serviceName, valtuudetLink, type KelaThemeId, type LinkTarget,
} from '../knowledge/index.ts'
import type { Analysis } from './analyse.ts'

/** Everything a rule's text may use, already in the case's language. */
export interface TextContext {
  lang: Lang
  /** The service's name ("Työnantajan asiointipalvelu"), or a generic phrase. */
  service: string
  /** The theme(s) the task needs, quoted, with the Finnish and Swedish names. */
  theme: string
  /** A sentence on theme names we could not confirm, or ''. */
  themeNote: string
  /** Themes the user lacks (function denied without a task), quoted and joined. */
  lacking: string
  /** Incomes Register themes the user holds, quoted and joined. */
  incomesRegister: string
  /** "the client (Business ID …)". */
  client: string
  /** " (Business ID …)" after a word for the client, or ''. */
  clientRef: string
  /** A date from the hit (validity), formatted for the language. */
  date: string
  days: number
  workplace: string
  /** The register role the user has. */
  role: string
  /** The user's organisation type ("kunta"), or ''. */
  organisationType: string
  /** The user acts for a client (the needed type to the user is then an edustamisvaltuus). */
  forClient: boolean
  /** This occurrence is the client's to fix (the client's mandate). */
  byClient: boolean
  /** Sentences: where to check, how an admin grants, how to find Kela's themes, the support contact. */
  check: string
  /** Where the organisation's received mandates (from clients) are listed. */
  checkOrganisation: string
  grant: string
  themeList: string
  support: string
  type: (type: MandateType) => string
}

type PerLang<T> = Record<Lang, T>

const QUOTE: PerLang<(text: string) => string> = {
  fi: (t) => `”${t}”`,
  sv: (t) => `”${t}”`,
  en: (t) => `“${t}”`,
}

const AND: PerLang<string> = { fi: 'ja', sv: 'och', en: 'and' }

function list(lang: Lang, items: string[]): string {
  if (items.length <= 1) return items[0] ?? ''
  return `${items.slice(0, -1).join(', ')} ${AND[lang]} ${items[items.length - 1]}`
}

/** A Kela theme in the case's language, with its other name where a source gave one. */
export function themeName(lang: Lang, id: KelaThemeId): string {
  const { fi, sv } = KELA_THEMES[id].names
  const q = QUOTE[lang]
  if (lang === 'fi') return sv ? `${q(fi)} (ruotsiksi ${q(sv)})` : q(fi)
  if (lang === 'sv') return sv ? `${q(sv)} (på finska ${q(fi)})` : `${q(fi)} (det finska namnet; ett svenskt namn har vi inte kunnat bekräfta)`
  return sv ? `${q(fi)} (in Swedish ${q(sv)})` : `${q(fi)} (its Finnish name)`
}

const NOTE_OTHER_THEMES: PerLang<string> = {
  fi: 'Palvelussa on myös muita valtuusasioita: katso Kelan sivulta, mikä niistä vastaa tehtävääsi.',
  sv: 'Tjänsten har också andra fullmaktsärenden: se på FPA:s sida vilket av dem som motsvarar din uppgift.',
  en: 'The service has other mandate themes too: see Kela\'s page for the one that matches your task.',
}
const UNKNOWN_THEME: PerLang<string> = {
  fi: 'palvelun tarvitsema Kelan valtuusasia',
  sv: 'det av FPA:s fullmaktsärenden som tjänsten behöver',
  en: 'the Kela mandate theme the service needs',
}
const NOTE_UNKNOWN_THEME: PerLang<string> = {
  fi: 'Emme tiedä varmasti, mitä valtuusasiaa tämä palvelu käyttää: tarkista se Kelan sivulta tai Suomi.fin valtuusasioiden listasta.',
  sv: 'Vi vet inte säkert vilket fullmaktsärende den här tjänsten använder: kontrollera det på FPA:s sida eller i listan över fullmaktsärenden på Suomi.fi.',
  en: 'We do not know for sure which mandate theme this service uses: check Kela\'s page or the list of mandate themes on Suomi.fi.',
}
const NOTE_UNCERTAIN_THEME: PerLang<string> = {
  fi: 'Tämän valtuusasian nimi on epävarma (Kelan taulukosta ei selviä, onko se Suomi.fi-valtuusasia vai vanha Katso-rooli): tarkista nimi Kelan sivulta.',
  sv: 'Namnet på det här fullmaktsärendet är osäkert (av FPA:s tabell framgår inte om det är ett Suomi.fi-fullmaktsärende eller en gammal Katso-roll): kontrollera namnet på FPA:s sida.',
  en: 'This theme name is uncertain (Kela\'s table does not show whether it is the Suomi.fi theme or an old Katso role): check the name on Kela\'s page.',
}
const NOTE_INCOMPLETE: PerLang<string> = {
  fi: 'Palvelulla on myös valtuusasia, jonka nimeä emme ole voineet vahvistaa; koko lista on Kelan sivulla.',
  sv: 'Tjänsten har också ett fullmaktsärende vars namn vi inte har kunnat bekräfta; hela listan finns på FPA:s sida.',
  en: 'The service also has a theme whose name we could not confirm; the full list is on Kela\'s page.',
}

const CLIENT: PerLang<(id: string | undefined) => string> = {
  fi: (id) => (id ? `asiakas (Y-tunnus ${id})` : 'asiakas'),
  sv: (id) => (id ? `kunden (FO-nummer ${id})` : 'kunden'),
  en: (id) => (id ? `the client (Business ID ${id})` : 'the client'),
}

/** Our names for the contract's organisation types. */
const ORGANISATION_TYPE_NAMES: Record<OrganisationType, PerLang<string>> = {
  company: { fi: 'yritys', sv: 'företag', en: 'company' },
  association: { fi: 'yhdistys', sv: 'förening', en: 'association' },
  'association-joint-signatory': { fi: 'yhdistys, jonka nimenkirjoitukseen tarvitaan useampi henkilö', sv: 'förening som tecknas av flera personer tillsammans', en: 'association whose signing rule needs two or more people' },
  municipality: { fi: 'kunta', sv: 'kommun', en: 'municipality' },
  'joint-municipal-authority': { fi: 'kuntayhtymä', sv: 'samkommun', en: 'joint municipal authority' },
  'wellbeing-services-county': { fi: 'hyvinvointialue', sv: 'välfärdsområde', en: 'wellbeing services county' },
  state: { fi: 'valtion organisaatio', sv: 'statlig organisation', en: 'state organisation' },
  parish: { fi: 'seurakunta', sv: 'församling', en: 'parish' },
  foundation: { fi: 'säätiö', sv: 'stiftelse', en: 'foundation' },
  estate: { fi: 'kuolinpesä', sv: 'dödsbo', en: 'estate of a deceased person' },
  'foreign-company': { fi: 'ulkomainen yritys', sv: 'utländskt företag', en: 'foreign company' },
  partnership: { fi: 'elinkeinoyhtymä', sv: 'näringssammanslutning', en: 'business partnership' },
  other: { fi: 'muu organisaatio', sv: 'annan organisation', en: 'other organisation' },
}

const CLIENT_ID_LABEL: PerLang<string> = { fi: 'Y-tunnus', sv: 'FO-nummer', en: 'Business ID' }

const GENERIC_SERVICE: PerLang<string> = { fi: 'Kelan asiointipalvelu', sv: 'FPA:s e-tjänst', en: 'the Kela e-service' }

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

/** 2026-03-02 as 2.3.2026 (fi, sv) or 2 March 2026 (en). */
export function formatDate(lang: Lang, iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number]
  return lang === 'en' ? `${d} ${MONTHS_EN[m - 1]} ${y}` : `${d}.${m}.${y}`
}

function typeName(lang: Lang, type: MandateType): string {
  const names = MANDATE_TYPE_FACTS[type].names
  if (lang === 'fi') return names.fi
  if (lang === 'sv') return `${names.sv} (${names.fi})`
  return `${names.en} (${names.fi})`
}

function checkSentence(lang: Lang): string {
  const ui = VALTUUDET_UI
  const q = QUOTE[lang]
  if (lang === 'fi') return `Tarkista Suomi.fi-valtuuksista: valitse ${ui.personal.fi} ja avaa ${q(ui.received.fi)}. Napsauta organisaation nimeä, niin näet valtuusasiat, valtuustyypin ja voimassaolon.`
  if (lang === 'sv') return `Kontrollera i Suomi.fi-fullmakter: välj ${q(ui.personal.sv)} och öppna ${q(ui.received.sv)}. Klicka på organisationens namn så ser du fullmaktsärendena, fullmaktstypen och giltighetstiden.`
  return `Check in Suomi.fi e-Authorizations: choose ${q(ui.personal.en)} and open ${q(ui.received.en)}. Click the organisation's name to see the mandate themes, the mandate type and the validity.`
}

function checkOrganisationSentence(lang: Lang): string {
  const ui = VALTUUDET_UI
  const q = QUOTE[lang]
  if (lang === 'fi') return `Organisaatiosi saamat valtuudet näet Suomi.fi-valtuuksissa: ${q(ui.company.fi)} → valitse organisaatio → ${q(ui.received.fi)}.`
  if (lang === 'sv') return `Din organisations erhållna fullmakter ser du i Suomi.fi-fullmakter: välj ${q(ui.company.sv)} och organisationen och öppna ${q(ui.received.sv)}.`
  return `You see the mandates your organisation has received in Suomi.fi e-Authorizations: choose ${q(ui.company.en)}, pick the organisation and open ${q(ui.received.en)}.`
}

function grantSentence(lang: Lang): string {
  const ui = VALTUUDET_UI
  const q = QUOTE[lang]
  if (lang === 'fi') return `Valtuus annetaan Suomi.fi-valtuuksissa: ${q(ui.company.fi)} → valitse organisaatio → ${q(ui.grant.fi)}.`
  if (lang === 'sv') return `Fullmakten ges i Suomi.fi-fullmakter: välj ${q(ui.company.sv)} och organisationen och ge fullmakten.`
  return `The mandate is granted in Suomi.fi e-Authorizations: choose ${q(ui.company.en)}, pick the organisation and grant the mandate.`
}

function themeListSentence(lang: Lang): string {
  const link = mandateThemeListLink(lang)
  const q = QUOTE[lang]
  if (lang === 'fi') return `Kelan valtuusasiat löydät Suomi.fin ${link.pageName}-sivulta hakusanalla ${q(link.searchWord)}.`
  if (lang === 'sv') return `FPA:s fullmaktsärenden hittar du på sidan ${link.pageName} på Suomi.fi: sök med ordet ${q(link.searchWord)}.`
  return `Kela's mandate themes are on Suomi.fi's ${link.pageName} page: search for ${q(link.searchWord)}.`
}

function supportSentence(lang: Lang): string {
  const s = KELA_TECHNICAL_SUPPORT
  const hours = s.hours ? `, ${openingHoursText(s.hours, lang)}` : ''
  const phone = { fi: 'puh.', sv: 'tfn', en: 'tel.' }[lang]
  return `${s.names[lang]}: ${s.email}, ${phone} ${s.phone}${hours}.`
}

/** The parts of a hit the texts may use. */
export interface HitParams {
  fixedBy?: Fixer
  date?: string
  days?: number
  lacking?: readonly KelaThemeId[]
  incomesRegister?: readonly string[]
}

const cache = new Map<Lang, Pick<TextContext, 'check' | 'checkOrganisation' | 'grant' | 'themeList' | 'support'>>()
function fixedSentences(lang: Lang) {
  let sentences = cache.get(lang)
  if (!sentences) {
    sentences = { check: checkSentence(lang), checkOrganisation: checkOrganisationSentence(lang), grant: grantSentence(lang), themeList: themeListSentence(lang), support: supportSentence(lang) }
    cache.set(lang, sentences)
  }
  return sentences
}

function serviceLabel(a: Analysis, lang: Lang): string {
  if (a.service === null || a.service === 'other') return GENERIC_SERVICE[lang]
  const { name, translated } = serviceName(a.service, lang)
  return lang === 'en' && translated ? `Kela's ${name}` : name
}


const TYPE_NAMES = Object.fromEntries(
  (['fi', 'sv', 'en'] as const).map((lang) => [lang, (type: MandateType) => typeName(lang, type)]),
) as Record<Lang, (type: MandateType) => string>

/**
 * The context every finding of one diagnosis shares, computed once per diagnosis; `forHit`
 * then fills in what one occurrence names. (Filled in place: texts are rendered at once.)
 */
export function baseContext(a: Analysis, lang: Lang): TextContext {
  const q = QUOTE[lang]
  const requirement = a.requirement
  let theme: string
  let themeNote = ''
  if (requirement.kind === 'task') {
    theme = requirement.theme ? themeName(lang, requirement.theme) : q(requirement.label)
    if (requirement.theme && KELA_THEMES[requirement.theme].status !== 'confirmed') themeNote = NOTE_UNCERTAIN_THEME[lang]
  } else if (requirement.kind === 'any') {
    // Without a task: name the service's first theme in Kela's table, and say there are others.
    const first = requirement.themes[0]!
    theme = themeName(lang, first)
    if (KELA_THEMES[first].status !== 'confirmed') themeNote = NOTE_UNCERTAIN_THEME[lang]
    else if (!requirement.complete) themeNote = NOTE_INCOMPLETE[lang]
    else if (requirement.themes.length > 1) themeNote = NOTE_OTHER_THEMES[lang]
  } else {
    theme = UNKNOWN_THEME[lang]
    themeNote = NOTE_UNKNOWN_THEME[lang]
  }
  const input = a.input
  return {
    lang,
    service: serviceLabel(a, lang),
    theme,
    themeNote,
    client: CLIENT[lang](a.clientId),
    clientRef: a.clientId ? ` (${CLIENT_ID_LABEL[lang]} ${a.clientId})` : '',
    workplace: input.workplace ?? '',
    role: a.role ? (REGISTER_ROLE_FACTS[a.role].names[lang] ?? REGISTER_ROLE_FACTS[a.role].names.fi) : '',
    organisationType: input.organisation?.type ? ORGANISATION_TYPE_NAMES[input.organisation.type][lang] : '',
    forClient: input.actingFor === 'client',
    ...fixedSentences(lang),
    type: TYPE_NAMES[lang],
    lacking: '',
    incomesRegister: '',
    date: '',
    days: 0,
    byClient: false,
  }
}

/** The context for one occurrence: the shared part plus what the hit names. */
export function forHit(c: TextContext, params: HitParams): TextContext {
  const lang = c.lang
  c.lacking = params.lacking ? list(lang, params.lacking.map((id) => themeName(lang, id))) : ''
  c.incomesRegister = params.incomesRegister ? list(lang, params.incomesRegister.map(QUOTE[lang])) : ''
  c.date = params.date ? formatDate(lang, params.date) : ''
  c.days = params.days ?? 0
  c.byClient = params.fixedBy === 'client'
  return c
}

// --- links ----------------------------------------------------------------------------------

export const LINK_KEYS = ['valtuudet', 'theme-list', 'kela-mandates', 'kela-troubleshooting', 'dvv-guide', 'officer-service', 'mandate-types', 'kela-support'] as const
export type LinkKey = (typeof LINK_KEYS)[number]

const LINK_LABELS: Record<LinkKey, PerLang<string>> = {
  valtuudet: { fi: 'Suomi.fi-valtuudet', sv: 'Suomi.fi-fullmakter', en: 'Suomi.fi e-Authorizations' },
  'theme-list': { fi: 'Suomi.fi: Valtuusasiat (hae sanalla ”Kela”)', sv: 'Suomi.fi: Fullmaktsärenden (sök med ordet ”FPA”)', en: 'Suomi.fi: Mandate themes (search for “Kela”)' },
  'kela-mandates': { fi: 'Kela: palvelussa tarvittavat valtuudet', sv: 'FPA: fullmakter som behövs i e-tjänsten', en: 'Kela: the mandates the service needs' },
  'kela-troubleshooting': { fi: 'Kela: ongelmatilanteet asiointipalveluihin kirjautumisessa', sv: 'FPA: problem vid inloggningen i e-tjänsterna', en: 'Kela: problems logging in to the e-services' },
  'dvv-guide': { fi: 'Digi- ja väestötietovirasto: ohjeet organisaatioille', sv: 'Myndigheten för digitalisering och befolkningsdata: anvisningar för organisationer', en: 'Digital and Population Data Services Agency: guidance for organisations' },
  'officer-service': { fi: 'Suomi.fi: Hakemuksella valtuuttaminen', sv: 'Suomi.fi: tjänsten för tjänstemannabefullmäktigande', en: 'Mandate service provided by officials' },
  'mandate-types': { fi: 'Suomi.fi: valtuustyyppien erot', sv: 'Suomi.fi: olika fullmaktstyper', en: 'Suomi.fi: the mandate types' },
  'kela-support': { fi: 'Sähköposti Kelan tekniseen asiakastukeen', sv: 'E-post till FPA:s tekniska kundsupport', en: "E-mail Kela's technical customer support" },
}

const PAGE_IN: PerLang<PerLang<string>> = {
  fi: { fi: '', sv: ' (ruotsiksi)', en: ' (englanniksi)' },
  sv: { fi: ' (på finska)', sv: '', en: ' (på engelska)' },
  en: { fi: ' (in Finnish)', sv: ' (in Swedish)', en: '' },
}
const UNVERIFIED_URL: PerLang<string> = {
  fi: ' – osoite on päätelty, ei vahvistettu',
  sv: ' – adressen är härledd, inte bekräftad',
  en: ' – address inferred, not confirmed',
}

function target(key: LinkKey, a: Analysis, lang: Lang): LinkTarget {
  switch (key) {
    case 'valtuudet': return valtuudetLink(lang)
    case 'theme-list': return mandateThemeListLink(lang)
    case 'kela-mandates': return kelaMandatePageLink(a.service, lang)
    case 'kela-troubleshooting': return kelaTroubleshootingLink(a.service, lang)
    case 'dvv-guide': return dvvGuideLink(lang)
    case 'officer-service': return officerServiceLink(lang)
    case 'mandate-types': return mandateTypesLink(lang)
    case 'kela-support': return kelaSupportMailLink()
  }
}

export function renderLinks(keys: readonly LinkKey[], a: Analysis, lang: Lang): Link[] {
  return keys.map((key) => {
    const page = target(key, a, lang)
    const suffix = key === 'kela-support' ? '' : PAGE_IN[lang][page.lang] + (page.status === 'confirmed' ? '' : UNVERIFIED_URL[lang])
    return { label: LINK_LABELS[key][lang] + suffix, url: page.url }
  })
}

/** Sentences joined with spaces, empty ones left out. */
export const sentences = (...parts: string[]): string => parts.filter((part) => part !== '').join(' ')
