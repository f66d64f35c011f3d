// Where to send people: Suomi.fi Valtuudet and its labels, the list of mandate themes, DVV's
// guides and Kela's pages, per language. Every URL was seen in a source unless its status says
// otherwise; a page that exists in fewer languages falls back to one that exists and says so
// (`lang` is the page's own language).
import type { Lang, ServiceId } from '../contract/ids.ts'
import type { FactStatus, Sourced } from './fact.ts'
import { SERVICES, type ServiceCategory } from './services.ts'

export interface LinkTarget {
  url: string
  /** The language the page is in (may differ from the one asked for). */
  lang: Lang
  status: FactStatus
}

type PerLang = Partial<Record<Lang, LinkTarget>> & { fi: LinkTarget }

const confirmed = (url: string, lang: Lang): LinkTarget => ({ url, lang, status: 'confirmed' })

function pick(options: PerLang, lang: Lang): LinkTarget {
  return options[lang] ?? options.fi
}

/** Suomi.fi Valtuudet (Fullmakter, e-Authorizations): where mandates are checked, requested and given. */
const VALTUUDET: PerLang = {
  fi: confirmed('https://www.suomi.fi/valtuudet', 'fi'),
  sv: confirmed('https://www.suomi.fi/fullmakter', 'sv'),
  en: confirmed('https://www.suomi.fi/e-authorizations', 'en'),
}
export const valtuudetLink = (lang: Lang): LinkTarget => pick(VALTUUDET, lang)

export interface ThemeListLink extends LinkTarget {
  /** The page's name as Kela's instructions call it. */
  pageName: string
  /** The word Kela tells users to filter the list with. */
  searchWord: 'Kela' | 'FPA'
  /** No URL that applies the filter was found: the user types `searchWord` into the search. */
  filterInUrl: false
}

/**
 * The list of mandate themes, to be filtered by the word "Kela" (Swedish "FPA") as Kela tells
 * users to do. The English URL is confirmed (DVV 2020). The Finnish URL is inferred from the URL
 * pattern of single theme pages (/valtuudet/valtuusasiat/<slug>/<hash>) and may not exist. No
 * Swedish URL was found, so Swedish falls back to the confirmed English page. No URL with a
 * search parameter was found.
 */
const THEME_LISTS: Record<Lang, ThemeListLink> = {
  fi: { url: 'https://www.suomi.fi/valtuudet/valtuusasiat', lang: 'fi', status: 'unverified', pageName: 'Valtuusasiat', searchWord: 'Kela', filterInUrl: false },
  sv: { url: 'https://www.suomi.fi/e-authorizations/mandate-themes', lang: 'en', status: 'confirmed', pageName: 'Fullmaktsärenden', searchWord: 'FPA', filterInUrl: false },
  en: { url: 'https://www.suomi.fi/e-authorizations/mandate-themes', lang: 'en', status: 'confirmed', pageName: 'Mandate themes', searchWord: 'Kela', filterInUrl: false },
}
export const mandateThemeListLink = (lang: Lang): ThemeListLink => THEME_LISTS[lang]
export const THEME_LIST_SOURCES: Sourced = {
  status: 'confirmed',
  sources: [
    'https://dvv.fi/en/-/valtuudet-palvelu-valtuusasiat-helposti-ja-ajantasaisesti-suomi-fi-verkkopalvelussa',
    'https://kansanelakelaitos.fi/asiointi-tyonantajat',
    'https://www.kela.fi/web/sv/etjanst-arbetsgivare',
  ],
  note: 'Finnish URL inferred, Swedish URL not found.',
}

/** DVV's guide for organisations moving from Katso to Suomi.fi mandates (Kela's step 2). */
const DVV_GUIDE: PerLang = {
  fi: confirmed('https://dvv.fi/siirrykatsosta', 'fi'),
  en: confirmed('https://dvv.fi/en/from-katso-to-suomi.fi-e-authorizations', 'en'),
}
export const dvvGuideLink = (lang: Lang): LinkTarget => pick(DVV_GUIDE, lang)

/** Registering a right to grant mandates by application (virkailijavaltuuttamispalvelu). */
const OFFICER_SERVICE: PerLang = {
  fi: confirmed('https://www.suomi.fi/valtuudet/hakemuksella-valtuuttaminen', 'fi'),
  sv: confirmed('https://www.suomi.fi/service/tjansten-for-tjanstemannabefullmaktiganden-i-suomi-fi-fullmakter-myndigheten-for-digitalisering-och-befolkningsdata/8d592763-8e25-4230-b4bb-cbcab7d213c7', 'sv'),
  en: confirmed('https://dvv.fi/en/mandate-service-provided-by-officials', 'en'),
}
export const officerServiceLink = (lang: Lang): LinkTarget => pick(OFFICER_SERVICE, lang)

/** The four mandate types explained (suomi.fi). */
const MANDATE_TYPES_PAGE: PerLang = {
  fi: confirmed('https://www.suomi.fi/ohjeet-ja-tuki/valtuudet/organisaation-valtuudet/valtuuksien-antaminen-organisaationa/mita-eroa-on-eri-valtuustyypeilla', 'fi'),
  en: confirmed('https://www.suomi.fi/instructions-and-support/e-authorizations/organisations-mandates/granting-mandates-as-an-organisation/how-a-representative-of-an-organisation-grants-mandates-alone', 'en'),
}
export const mandateTypesLink = (lang: Lang): LinkTarget => pick(MANDATE_TYPES_PAGE, lang)

/** Kela's page listing the themes a service needs. Kela's organisation pages exist in fi and sv. */
const KELA_EMPLOYER_MANDATES: PerLang = {
  fi: confirmed('https://www.kela.fi/tyonantajien-valtuusasiat', 'fi'),
  sv: confirmed('https://www.kela.fi/arbetsgivare-e-tjanster-arendefullmakter', 'sv'),
}
const KELA_PARTNER_MANDATES: PerLang = {
  fi: confirmed('https://www.kela.fi/asiointi-yhteistyokumppanit-asiointivaltuudet', 'fi'),
  sv: confirmed('https://www.kela.fi/etjanst-samarbetspartner-arendefullmakter', 'sv'),
}
const KELA_KIILA: PerLang = { fi: confirmed('https://www.kela.fi/tyonantajat-kiila-kurssit', 'fi') }
const KELA_PHARMA: PerLang = { fi: confirmed('https://www.kela.fi/asiointipalvelun-ohje', 'fi') }
const KELA_REHAB: PerLang = { fi: confirmed('https://kela.fi/kuntoutuspalvelut-rekisteroityminen-nain-rekisteroidyt', 'fi') }

export function kelaMandatePageLink(service: ServiceId | null, lang: Lang): LinkTarget {
  if (service === 'kiila') return pick(KELA_KIILA, lang)
  if (service === 'pharma-prices') return pick(KELA_PHARMA, lang)
  if (service === 'rehab-providers') return pick(KELA_REHAB, lang)
  return kelaMandateCategoryLink(service !== null && SERVICES[service].category === 'partner' ? 'partner' : 'employer', lang)
}

/** Kela's page of mandate themes for all employer services, or for all partner services. */
export const kelaMandateCategoryLink = (category: ServiceCategory, lang: Lang): LinkTarget =>
  pick(category === 'partner' ? KELA_PARTNER_MANDATES : KELA_EMPLOYER_MANDATES, lang)

/** Kela's "problems logging in" instructions (the three symptoms and what to check). */
const KELA_TROUBLESHOOTING_EMPLOYER: PerLang = {
  fi: confirmed('https://www.kela.fi/asiointi-ongelmatilanteet', 'fi'),
  sv: confirmed('https://www.kela.fi/web/sv/problem-med-e-tjansten', 'sv'),
}
const KELA_TROUBLESHOOTING_PARTNER: PerLang = {
  fi: confirmed('https://www.kela.fi/vi/ajankohtaista-tyonantajat/-/asset_publisher/Y8xAYtXxE3Kt/content/tyonantaja-tai-yhteistyokumppani-eiko-asiointi-kelan-verkkoasiointipalveluissa-onnistu-', 'fi'),
  sv: confirmed('https://www.kela.fi/etjanst-samarbetspartner-problemsituationer', 'sv'),
}
export function kelaTroubleshootingLink(service: ServiceId | null, lang: Lang): LinkTarget {
  const partner = service !== null && SERVICES[service].category === 'partner'
  return pick(partner ? KELA_TROUBLESHOOTING_PARTNER : KELA_TROUBLESHOOTING_EMPLOYER, lang)
}

/** A mailto: link to Kela's technical support (the address is confirmed, see support.ts). */
export const kelaSupportMailLink = (): LinkTarget => confirmed('mailto:tekninentuki@kela.fi', 'fi')

export interface UiLabel extends Sourced {
  /** The label as Suomi.fi Valtuudet shows it, per language; null = not found in a source. */
  fi: string | null
  sv: string | null
  en: string | null
}

/** Labels in Suomi.fi Valtuudet the texts quote, with where each was seen. */
export const VALTUUDET_UI = {
  /** Where a person sees the mandates given to them. */
  received: {
    fi: 'Saadut valtuudet', sv: 'Erhållna fullmakter', en: 'Received mandates', status: 'confirmed',
    sources: ['https://www.kela.fi/asiointi-ongelmatilanteet', 'https://www.kela.fi/etjanst-samarbetspartner-problemsituationer', 'https://www.suomi.fi/instructions-and-support/e-authorizations/using-suomifi-e-authorizations-as-a-person/granting-mandates-as-a-person/where-can-i-see-the-mandates-i-have-granted-or-received'],
  },
  /** The role to choose before "received": one's personal mandates. */
  personal: {
    fi: 'henkilökohtaiset valtuudet', sv: 'Personliga fullmakter', en: 'Act as yourself', status: 'confirmed',
    sources: ['https://www.kela.fi/asiointi-ongelmatilanteet', 'https://www.kela.fi/etjanst-samarbetspartner-problemsituationer', 'https://www.suomi.fi/instructions-and-support/e-authorizations/using-suomifi-e-authorizations-as-a-person/granting-mandates-as-a-person/where-can-i-see-the-mandates-i-have-granted-or-received'],
  },
  /** The role to choose to give an organisation's mandates. */
  company: {
    fi: 'Yrityksen valtuudet', sv: 'Företagets fullmakter', en: 'Act on behalf of a company or organisation', status: 'confirmed',
    sources: ['https://www.suomi.fi/ohjeet-ja-tuki/valtuudet/organisaation-valtuudet/valtuuksien-antaminen-organisaationa/nain-organisaation-edustaja-antaa-valtuuksia-yksin', 'https://www.vero.fi/sv/inkomstregistret/f%C3%B6retag-och-organisationer/utratta-arenden-elektroniskt/ge-fullmakt/bokforingsbyra/', 'https://www.suomi.fi/instructions-and-support/e-authorizations/using-suomifi-e-authorizations-as-a-person/granting-mandates-as-a-person/where-can-i-see-the-mandates-i-have-granted-or-received'],
  },
  /** The button that starts giving mandates. */
  grant: {
    fi: 'Anna valtuuksia', sv: null, en: null, status: 'confirmed',
    sources: ['https://www.suomi.fi/ohjeet-ja-tuki/valtuudet/organisaation-valtuudet/valtuuksien-antaminen-organisaationa/nain-organisaation-edustaja-antaa-valtuuksia-yksin'],
  },
  /** Where a restriction specifier is switched on when a mandate is given. */
  specifier: {
    fi: 'Ota käyttöön valtuuden tarkenne', sv: 'Ta i bruk fullmaktens specifikation', en: null, status: 'confirmed',
    sources: ['https://www.te-palvelut.fi/tyonantajalle/yrittajalle/tyollisyyspoliittinen-avustus/valtuuttamisohje', 'https://www.te-palvelut.fi/sv/arbetsgivare/foretagare/sysselsattningspolitiskt-understod/anvisning-for-fullmaktsarenden'],
  },
  /** Ended mandates are listed here for 15 months. */
  expired: {
    fi: null, sv: null, en: 'Expired mandates', status: 'confirmed',
    sources: ['https://www.suomi.fi/instructions-and-support/e-authorizations/using-suomifi-e-authorizations-as-a-person/granting-mandates-as-a-person/where-can-i-see-the-mandates-i-have-granted-or-received'],
  },
} as const satisfies Record<string, UiLabel>
