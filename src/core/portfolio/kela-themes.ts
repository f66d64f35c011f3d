// The Kela mandate themes (valtuusasiat) each service needs, by their exact Finnish and Swedish
// names, copied from the facts (../shared/domain/kela-mandates.md §1, .json `services`).
// TEMPORARY HOME: the issue-3 knowledge base (src/core/knowledge/) will hold these names; at merge
// time this module should re-export from there, and nothing else in the portfolio needs to change.
// `sv: null` means the Swedish name was not found in any source; the texts then give the Finnish
// name and say so. A service with no confirmed theme has an empty list and a note.
import type { ServiceId } from '../contract/ids.ts'

export interface KelaTheme {
  fi: string
  sv: string | null
}

export interface ServiceThemes {
  /** The service's name; null where no name in that language was found (then the Finnish one is used). */
  name: { fi: string; sv: string | null; en: string | null }
  themes: readonly KelaTheme[]
  /** Where the names come from. */
  sources: readonly string[]
  /** Set when the themes are not confirmed: the texts send the user to `sources` instead. */
  unconfirmed?: string
}

export const KELA_SERVICE_THEMES: Readonly<Record<ServiceId, ServiceThemes>> = {
  employer: {
    name: { fi: 'Työnantajan asiointipalvelu', sv: 'E-tjänsten för arbetsgivare', en: 'e-service for employers' },
    themes: [
      { fi: 'Palvelussuhteeseen liittyvien etuuksien hakeminen', sv: 'Ansöka om förmåner i samband med anställningsförhållande' },
      { fi: 'Palvelussuhteeseen liittyvien etuusmaksutietojen katselu', sv: null },
      { fi: 'Palvelussuhteeseen liittyvien etuuspäätösten tarkastelu', sv: 'Granska uppgifter gällande förmånsbeslut i anslutning till anställningsförhållande' },
      { fi: 'Tilinumeron ilmoittaminen palvelussuhteeseen liittyvien etuusmaksujen maksamista varten', sv: null },
      { fi: 'Työnantajan etuuksien käyttölokitietojen tarkastelu', sv: null },
    ],
    sources: [
      'https://www.kela.fi/tyonantajien-valtuuskoodit',
      'https://www.kela.fi/tyonantajien-valtuusasiat',
      'https://www.kela.fi/e-tjanster_e-tjansten-for-arbetsgivare',
    ],
  },
  'occupational-health': {
    name: { fi: 'Työterveyshuollon korvausten asiointipalvelu', sv: 'E-tjänsten för ersättningar för företagshälsovård', en: null },
    themes: [
      { fi: 'Työnantajan työterveyshuollon korvaushakemuksen käsittely', sv: 'Behandla arbetsgivarens ersättningsansökan för företagshälsovård' },
      { fi: 'Työnantajan työterveyshuollon korvaushakemuksen lähetys', sv: 'Skicka arbetsgivarens ersättningsansökan för företagshälsovård' },
    ],
    sources: ['https://www.kela.fi/tyonantajien-valtuuskoodit', 'https://www.kela.fi/web/sv/arbetsgivare-etjanst-foretagshalsovard'],
  },
  kelmu: {
    name: { fi: 'Etuustietopalvelu Kelmu', sv: 'Förmånsdatatjänsten Kelmu', en: null },
    // A fourth Kelmu theme (social-welfare notifications, social assistance data) exists, but its
    // name was not found (facts §1.2 E, "Open gaps").
    themes: [
      { fi: 'Etuustietojen katselu ja maksuvaatimusten rekisteröinti', sv: 'Granska förmånsuppgifter och registrera betalningskrav' },
      { fi: 'Työmarkkinatukiaineistojen tarkastelu', sv: 'Granska material om arbetsmarknadsstöd' },
      { fi: 'Lastenhoidon tuen aineistojen tarkastelu', sv: null },
    ],
    sources: [
      'https://www.kela.fi/el/-/hoida-suomi-fi-valtuudet-kuntoon-ennen-vuodenvaihdetta',
      'https://www.kela.fi/nl/yhteistyokumppanit-kunnat-lastenhoidon-tuen-laskutus',
      'https://www.kela.fi/etjanst-samarbetspartner-arendefullmakter',
    ],
  },
  emava: {
    name: { fi: 'Maksuvaatimuspalvelu eMava', sv: 'tjänsten för betalningsyrkanden (eMava)', en: null },
    themes: [{ fi: 'Etuustietojen katselu ja maksuvaatimusten rekisteröinti', sv: 'Granska förmånsuppgifter och registrera betalningskrav' }],
    sources: ['https://www.kela.fi/el/-/hoida-suomi-fi-valtuudet-kuntoon-ennen-vuodenvaihdetta'],
  },
  'pharma-prices': {
    name: { fi: 'Lääkeyritysten asiointipalvelu', sv: null, en: null },
    themes: [{ fi: 'Lääkevalmisteiden hintailmoitukset', sv: null }],
    sources: ['https://www.kela.fi/asiointipalvelun-ohje'],
  },
  'rehab-providers': {
    name: { fi: 'Kelan kuntoutuspalvelujen rekisteröitymisjärjestelmä', sv: null, en: null },
    themes: [{ fi: 'Kuntoutuspalveluiden tuottajien asiointi', sv: null }],
    sources: ['https://kela.fi/kuntoutuspalvelut-rekisteroityminen-nain-rekisteroidyt'],
  },
  kiila: {
    name: { fi: 'KIILA-kuntoutuskurssien asiointipalvelu', sv: 'e-tjänsten för KIILA-rehabiliteringskurser', en: null },
    // Kela's table lists "Kuntoutuskurssitarpeen ilmoittaminen", but it is unclear whether that is
    // the Suomi.fi theme or the old Katso role (facts §1.1 C), so no name is given.
    themes: [],
    sources: ['https://www.kela.fi/tyonantajien-valtuuskoodit', 'https://www.kela.fi/web/sv/e-tjanster-arendefullmakter'],
    unconfirmed: 'theme name uncertain',
  },
  other: {
    name: { fi: 'muu Kelan asiointipalvelu', sv: 'en annan e-tjänst hos FPA', en: 'another Kela e-service' },
    themes: [],
    sources: ['https://www.kela.fi/tyonantajien-valtuusasiat', 'https://www.kela.fi/asiointi-yhteistyokumppanit-asiointivaltuudet'],
    unconfirmed: 'not one service',
  },
}

/** Theme names match case- and whitespace-insensitively, in Finnish or Swedish (contract §3). */
export function themeKey(name: string): string {
  return name.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim()
}

const keysByService = new Map<ServiceId, ReadonlySet<string>>()

/** The match keys of every theme of a service, Finnish and Swedish names alike. */
export function serviceThemeKeys(service: ServiceId): ReadonlySet<string> {
  let keys = keysByService.get(service)
  if (!keys) {
    keys = new Set(KELA_SERVICE_THEMES[service].themes.flatMap((theme) => [theme.fi, ...(theme.sv === null ? [] : [theme.sv])]).map(themeKey))
    keysByService.set(service, keys)
  }
  return keys
}

/** Whether a held theme name is this theme, by its Finnish or Swedish name. */
export function isTheme(held: string, theme: KelaTheme): boolean {
  const key = themeKey(held)
  return key === themeKey(theme.fi) || (theme.sv !== null && key === themeKey(theme.sv))
}
