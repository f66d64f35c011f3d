// Every fact the extension pages show that is not the engine's: links, Kela technical support,
// service and theme names, mandate type names and Kela's three symptom descriptions. Each comes
// from ../shared/domain/kela-mandates.md or the page cited next to it; nothing here is guessed.
// TODO(merge issue 3): the knowledge base (src/core/knowledge/) will hold the same facts; switch
// the imports of this module to it and delete this file. It is one module on purpose.
import type { Lang, ServiceId } from '../../core/contract/ids.ts'
import type { MANDATE_TYPES, SYMPTOMS } from '../../core/contract/case.ts'

/** A link and the language of the page behind it (so the UI can say "in Finnish"). */
export interface FactLink {
  url: string
  pageLang: Lang
}

const same = (url: string, pageLang: Lang): FactLink => ({ url, pageLang })

/** Suomi.fi Valtuudet (e-authorizations). Source: kela-mandates.md §5, the public instruction pages. */
export const VALTUUDET: Record<Lang, FactLink> = {
  fi: same('https://www.suomi.fi/valtuudet', 'fi'),
  sv: same('https://www.suomi.fi/fullmakter', 'sv'),
  en: same('https://www.suomi.fi/e-authorizations', 'en'),
}

/**
 * Suomi.fi's list of mandate themes. Only the English address is confirmed (DVV 26/28.2.2020,
 * https://dvv.fi/en/-/valtuudet-palvelu-valtuusasiat-helposti-ja-ajantasaisesti-suomi-fi-verkkopalvelussa).
 * The Finnish one, https://www.suomi.fi/valtuudet/valtuusasiat, is only inferred from per-theme
 * URLs, and no Swedish one was found, so every language opens the confirmed page (Suomi.fi has
 * a language switch). No URL that carries a search word exists (kela-mandates.md §5).
 */
export const THEME_LIST: FactLink = same('https://www.suomi.fi/e-authorizations/mandate-themes', 'en')

/**
 * The search word that filters the theme list to Kela's themes. Kela tells users to filter by
 * "Kela" (https://kansanelakelaitos.fi/asiointi-tyonantajat) and, in Swedish, by "FPA"
 * (https://www.kela.fi/web/sv/etjanst-arbetsgivare).
 */
export const THEME_FILTER_WORD: Record<Lang, string> = { fi: 'Kela', sv: 'FPA', en: 'Kela' }

/** DVV's guide for moving from Katso to Suomi.fi mandates; no Swedish page was found. */
export const DVV_GUIDE: Record<Lang, FactLink> = {
  fi: same('https://dvv.fi/siirrykatsosta', 'fi'),
  sv: same('https://dvv.fi/siirrykatsosta', 'fi'),
  en: same('https://dvv.fi/en/from-katso-to-suomi.fi-e-authorizations', 'en'),
}

/**
 * Kela's troubleshooting page for organisation e-services: FI for employers, SV for partners
 * (the SV employer page is older, https://www.kela.fi/web/sv/problem-med-e-tjansten). No
 * English page was found. Source: kela-mandates.md §5.
 */
export const KELA_TROUBLESHOOTING: Record<Lang, FactLink> = {
  fi: same('https://www.kela.fi/asiointi-ongelmatilanteet', 'fi'),
  sv: same('https://www.kela.fi/etjanst-samarbetspartner-problemsituationer', 'sv'),
  en: same('https://www.kela.fi/asiointi-ongelmatilanteet', 'fi'),
}

/** Kela's pages listing the mandate themes each e-service needs. Source: kela-mandates.md §5. */
export const KELA_MANDATE_PAGES: Record<'employer' | 'partner', Record<Lang, FactLink>> = {
  employer: {
    fi: same('https://www.kela.fi/tyonantajien-valtuusasiat', 'fi'),
    sv: same('https://www.kela.fi/arbetsgivare-e-tjanster-arendefullmakter', 'sv'),
    en: same('https://www.kela.fi/tyonantajien-valtuusasiat', 'fi'),
  },
  partner: {
    fi: same('https://www.kela.fi/asiointi-yhteistyokumppanit-asiointivaltuudet', 'fi'),
    sv: same('https://www.kela.fi/etjanst-samarbetspartner-arendefullmakter', 'sv'),
    en: same('https://www.kela.fi/asiointi-yhteistyokumppanit-asiointivaltuudet', 'fi'),
  },
}

/** Which of Kela's mandate pages covers a service (employer services vs partner services, §1). */
export function mandatePageGroup(service: ServiceId): 'employer' | 'partner' | null {
  if (service === 'employer' || service === 'occupational-health' || service === 'kiila') return 'employer'
  if (service === 'other') return null
  return 'partner'
}

/**
 * Kela technical customer support for the employer e-services: tekninentuki@kela.fi,
 * 020 634 7787, weekdays 7-17. Source: https://kansanelakelaitos.fi/asiointi-tyonantajat
 * (kela-mandates.md §5b). Kela's customer service is closed on public holidays, Christmas Eve
 * and Midsummer Eve (https://www.sttinfo.fi/tiedote/71650987/hoida-kela-asiat-ajoissa-ennen-joulua-pyhat-vaikuttavat-maksupaiviin ,
 * https://www.sttinfo.fi/tiedote/71186528/kesa-tuo-muutoksia-kelan-palvelupisteiden-aukioloaikoihin-ja-muihin-palveluihin);
 * that technical support keeps the same days is our assumption, so the card says hours may differ.
 */
export const KELA_TECHNICAL_SUPPORT = {
  email: 'tekninentuki@kela.fi',
  phone: '020 634 7787',
  /** The same number in international form, for tel: links. */
  phoneInternational: '+358206347787',
  opensMinutes: 7 * 60,
  closesMinutes: 17 * 60,
  source: 'https://kansanelakelaitos.fi/asiointi-tyonantajat',
} as const

type Names = { fi: string; sv: string | null; en: string | null }

/**
 * Service names. FI/SV from Kela's pages (kela-mandates.md §1); EN only where Kela or Vero uses
 * one (the employer service's EN name since 1.12.2024, per vero.fi). Null = no official name
 * found; the UI then shows the Finnish name.
 */
export const SERVICE_NAMES: Record<ServiceId, Names> = {
  employer: { fi: 'Työnantajan asiointipalvelu', sv: 'E-tjänsten för arbetsgivare', en: 'Daily allowance and reimbursement service for employers' },
  'occupational-health': { fi: 'Työterveyshuollon korvausten asiointipalvelu', sv: 'E-tjänsten för ersättningar för företagshälsovård', en: null },
  kelmu: { fi: 'Etuustietopalvelu Kelmu', sv: 'Förmånsdatatjänsten Kelmu', en: null },
  emava: { fi: 'Maksuvaatimuspalvelu eMava', sv: 'Tjänsten för betalningsyrkanden (eMava)', en: null },
  'pharma-prices': { fi: 'Lääkeyritysten asiointipalvelu', sv: null, en: null },
  'rehab-providers': { fi: 'Kuntoutuspalvelujen rekisteröitymisjärjestelmä', sv: null, en: null },
  kiila: { fi: 'KIILA-kuntoutuskurssien asiointipalvelu', sv: null, en: null },
  other: { fi: 'Muu Kelan asiointipalvelu', sv: 'Annan e-tjänst vid FPA', en: 'Another Kela e-service' },
}

/** A mandate theme as Suomi.fi Valtuudet names it; SV null where no Swedish name was found. */
export interface ThemeName {
  fi: string
  sv: string | null
}

/**
 * Kela's mandate themes per service, confirmed names only (kela-mandates.md §1; KIILA's theme is
 * uncertain and left out, as are services whose theme was not found).
 */
export const SERVICE_THEMES: Partial<Record<ServiceId, ThemeName[]>> = {
  // https://www.kela.fi/tyonantajien-valtuuskoodit ; SV: https://www.kela.fi/e-tjanster_e-tjansten-for-arbetsgivare
  employer: [
    { fi: 'Palvelussuhteeseen liittyvien etuuksien hakeminen', sv: 'Ansöka om förmåner i samband med anställningsförhållande' },
    { fi: 'Palvelussuhteeseen liittyvien etuusmaksutietojen katselu', sv: null },
    { fi: 'Palvelussuhteeseen liittyvien etuuspäätösten tarkastelu', sv: 'Granska uppgifter gällande förmånsbeslut i anslutning till anställningsförhållande' },
    { fi: 'Tilinumeron ilmoittaminen palvelussuhteeseen liittyvien etuusmaksujen maksamista varten', sv: null },
    { fi: 'Työnantajan etuuksien käyttölokitietojen tarkastelu', sv: null },
  ],
  // https://www.kela.fi/web/sv/arbetsgivare-etjanst-foretagshalsovard
  'occupational-health': [
    { fi: 'Työnantajan työterveyshuollon korvaushakemuksen käsittely', sv: 'Behandla arbetsgivarens ersättningsansökan för företagshälsovård' },
    { fi: 'Työnantajan työterveyshuollon korvaushakemuksen lähetys', sv: 'Skicka arbetsgivarens ersättningsansökan för företagshälsovård' },
  ],
  // https://www.kela.fi/el/-/hoida-suomi-fi-valtuudet-kuntoon-ennen-vuodenvaihdetta ; https://www.kela.fi/nl/yhteistyokumppanit-kunnat-lastenhoidon-tuen-laskutus
  kelmu: [
    { fi: 'Etuustietojen katselu ja maksuvaatimusten rekisteröinti', sv: 'Granska förmånsuppgifter och registrera betalningskrav' },
    { fi: 'Työmarkkinatukiaineistojen tarkastelu', sv: 'Granska material om arbetsmarknadsstöd' },
    { fi: 'Lastenhoidon tuen aineistojen tarkastelu', sv: null },
  ],
  emava: [{ fi: 'Etuustietojen katselu ja maksuvaatimusten rekisteröinti', sv: 'Granska förmånsuppgifter och registrera betalningskrav' }],
  // https://www.kela.fi/asiointipalvelun-ohje
  'pharma-prices': [{ fi: 'Lääkevalmisteiden hintailmoitukset', sv: null }],
  // https://kela.fi/kuntoutuspalvelut-rekisteroityminen-nain-rekisteroidyt
  'rehab-providers': [{ fi: 'Kuntoutuspalveluiden tuottajien asiointi', sv: null }],
}

/**
 * Incomes Register (Tulorekisteri) themes people pick by mistake instead of Kela's; listed so
 * that a user can report holding one. Sources: kela-mandates.md §3.1,
 * https://www.vero.fi/tulorekisteri/yritykset-ja-organisaatiot/suorituksen-maksajat/valtuutus/valtuuskoodit/
 */
export const INCOMES_REGISTER_THEMES: ThemeName[] = [
  { fi: 'Etuustietojen katselu', sv: null },
  { fi: 'Etuustietojen ilmoittaminen', sv: null },
  { fi: 'Palkkatietojen ilmoittaminen', sv: null },
  { fi: 'Palkkatietojen katselu', sv: null },
  { fi: 'Tulotietoihin liittyvien loki-, rajapinta- ja ilmoitustietojen käsittely', sv: null },
]

/**
 * The four organisation mandate types. FI and EN from suomi.fi's mandate-type page, SV from
 * Kela's SV pages (edustajan valtuutusoikeus has no confirmed SV name). kela-mandates.md §2.1.
 */
export const MANDATE_TYPE_NAMES: Record<(typeof MANDATE_TYPES)[number], Names> = {
  asiointivaltuus: { fi: 'Asiointivaltuus', sv: 'Ärendefullmakt', en: 'Mandate for transactions' },
  edustamisvaltuus: { fi: 'Edustamisvaltuus', sv: 'Representationsfullmakt', en: 'Mandate to represent' },
  valtuutusoikeus: { fi: 'Valtuutusoikeus', sv: 'Fullmaktsrätt', en: 'Right to grant a mandate' },
  'edustajan-valtuutusoikeus': { fi: 'Edustajan valtuutusoikeus', sv: null, en: "Representative's right to grant a mandate" },
}

/**
 * Kela's own three symptom descriptions, quoted (FI https://www.kela.fi/asiointi-ongelmatilanteet ,
 * SV https://www.kela.fi/etjanst-samarbetspartner-problemsituationer). The EN text is our
 * translation; Kela publishes none.
 */
export const SYMPTOM_TEXTS: Record<(typeof SYMPTOMS)[number], Record<Lang, string>> = {
  'cannot-enter': {
    fi: 'Et pääse lainkaan asiointipalveluun.',
    sv: 'Du kommer inte alls in i e-tjänsten.',
    en: 'You cannot get into the e-service at all.',
  },
  'organisation-not-listed': {
    fi: 'Pääset asiointipalveluun, mutta et saa valittavaksi sitä yhteisöä tai yritystä, jonka asiaa olet hoitamassa.',
    sv: 'Du kommer in i e-tjänsten men kan inte välja det företag eller samfund vars ärenden du vill sköta.',
    en: 'You get into the e-service, but you cannot choose the company or organisation whose business you are handling.',
  },
  'function-denied': {
    fi: 'Valitset oikean yrityksen tai yhteisön, mutta et pääse tekemään niitä toimintoja, joita olet hoitamassa.',
    sv: 'Du kan välja rätt företag eller samfund men du kan inte utföra de uppgifter som du ska sköta.',
    en: 'You can choose the right company or organisation, but you cannot do the tasks you are handling.',
  },
}

/** A name in the wanted language, else Finnish (the official language every fact has). */
export function nameIn(names: Names, lang: Lang): string {
  return names[lang] ?? names.fi
}

/** A theme as Suomi.fi shows it in this language: Swedish where known, else Finnish. */
export function themeIn(theme: ThemeName, lang: Lang): string {
  return lang === 'sv' && theme.sv ? theme.sv : theme.fi
}
