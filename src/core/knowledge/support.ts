// Who to contact, with opening hours as data (kela-mandates.md §5b). Hours are in Finland's time
// zone; public holidays are not in the sources, so `isOpenAt` only knows weekdays and hours.
import type { Sourced, Texts } from './fact.ts'

export interface OpeningHours {
  /** ISO weekdays, 1 = Monday ... 7 = Sunday. */
  days: readonly number[]
  /** Minutes after midnight, local time. */
  from: number
  to: number
  timeZone: 'Europe/Helsinki'
}

export interface SupportContact extends Sourced {
  id: string
  /** Our description of who they are, in each language. */
  names: Texts
  email: string | null
  /** As the source writes it (a Finnish number). */
  phone: string | null
  hours: OpeningHours | null
  /** The hours as the source words them, when they are not simple enough for `hours`. */
  hoursText?: string
}

const WEEKDAYS = [1, 2, 3, 4, 5] as const

/**
 * Kela's technical customer support for the employer e-services, and step 3 of Kela's
 * troubleshooting: when mandates, type and specifiers look right but access still fails.
 */
export const KELA_TECHNICAL_SUPPORT: SupportContact = {
  id: 'kela-technical-support',
  names: { fi: 'Kelan tekninen asiakastuki', sv: 'FPA:s tekniska kundsupport', en: "Kela's technical customer support" },
  email: 'tekninentuki@kela.fi',
  phone: '020 634 7787',
  hours: { days: WEEKDAYS, from: 7 * 60, to: 17 * 60, timeZone: 'Europe/Helsinki' },
  status: 'confirmed',
  sources: [
    'https://kansanelakelaitos.fi/asiointi-tyonantajat',
    'https://www.kela.fi/vi/ajankohtaista-tyonantajat/-/asset_publisher/Y8xAYtXxE3Kt/content/tyonantaja-tai-yhteistyokumppani-eiko-asiointi-kelan-verkkoasiointipalveluissa-onnistu-',
    'https://www.kela.fi/samarbetspartner-etjanster-formansdatatjanst-kelmu',
  ],
  note: 'Weekdays 7-17 (employer e-services). Kela\'s Kelmu page gives the same address for partners and says technical problems in Kelmu are fixed weekdays 8-17. The same number serves the Kanta services. Public holidays are not stated.',
}

/**
 * What Kela cannot do about an organisation's mandates: the user's own organisation (or the
 * client) grants them in Suomi.fi e-Authorizations; Kela grants ärendefullmakt only to its own
 * staff. Said wherever Valtuusapu points to Kela's support, so nobody phones Kela for a mandate.
 * Kela's SV partner page: "Det är din egen organisation som ger dig de Suomi.fi-fullmakter som
 * behövs ... FPA ger inte ärendefullmakt till andra än personer som är anställda hos FPA."
 */
export const KELA_GRANTS_NO_ORGANISATION_MANDATES: Sourced = {
  status: 'confirmed',
  sources: ['https://www.kela.fi/etjanst-samarbetspartner-inloggning-och-fullmakter', 'https://www.kela.fi/arbetsgivare-e-tjanster-arendefullmakter'],
}

/**
 * Days Kela's customer service is closed or short besides weekends. Kela's press releases give
 * them for its telephone service, chat and service points: closed on Christmas (24-26.12), New
 * Year's Day, Epiphany and Midsummer Eve and on the other public holidays ("pyhinä"), open until
 * 13 on New Year's Eve and Maundy Thursday. That technical support keeps the same days is our
 * assumption (its own page gives only "weekdays 7-17"), hence `uncertain`. The calendar of these
 * days is computed in src/extension/ui/time/finnish-holidays.ts.
 */
export const KELA_SUPPORT_DAYS_OFF: Sourced & { closed: readonly string[]; closesEarly: readonly string[]; closesEarlyAt: number } = {
  closed: ['public-holidays', 'christmas-eve', 'midsummer-eve'],
  closesEarly: ['maundy-thursday', 'new-years-eve'],
  closesEarlyAt: 13 * 60,
  status: 'uncertain',
  sources: [
    'https://www.sttinfo.fi/tiedote/71650987/hoida-kela-asiat-ajoissa-ennen-joulua-pyhat-vaikuttavat-maksupaiviin',
    'https://www.sttinfo.fi/tiedote/71186528/kesa-tuo-muutoksia-kelan-palvelupisteiden-aukioloaikoihin-ja-muihin-palveluihin',
    'https://kela.fi/ajankohtaista/paasiainen-muuttaa-kelan-palvelujen-ja-maksujen-aikatauluja',
  ],
  note: 'Stated for Kela\'s customer service (telephone service, chat, service points); assumed for technical support.',
}

/** Other contacts the product may show; hours are text where the sources disagree. */
export const OTHER_CONTACTS: readonly SupportContact[] = [
  {
    id: 'kela-authority-line',
    names: { fi: 'Kelan viranomaislinja', sv: 'FPA:s servicenummer för myndigheter', en: "Kela's line for authorities and partners" },
    email: null, phone: '020 692 235', hours: null, hoursText: 'Mon-Fri 9-15 (2024); an older page says weekdays 9-16',
    status: 'uncertain',
    sources: ['https://kela.fi/ajankohtaista/kelan-erityispalvelu-nykymuotoisena-paattyy-nain-voit-tukea-asiakasta-kela-asioissa', 'http://www.kela.fi/mista-saan-kelasta-apua'],
  },
  {
    id: 'dvv-organisation-service',
    names: { fi: 'Digi- ja väestötietoviraston organisaatiopalvelut', sv: 'Myndigheten för digitalisering och befolkningsdatas organisationstjänster', en: 'Digital and Population Data Services Agency, services for organisations' },
    email: null, phone: '+358 (0)295 535 115', hours: null,
    status: 'confirmed',
    sources: ['https://www.suomi.fi/news/replacement-of-katso-roles-with-suomi-fi-e-authorizations-mandate-themes'],
    note: 'The e-mail address is cut off in the source, so it is not given.',
  },
  {
    id: 'kela-rehabilitation-registration',
    names: { fi: 'Kelan kuntoutuspalvelujen rekisteröityminen', sv: 'FPA:s registrering av rehabiliteringstjänster', en: "Kela's rehabilitation provider registration" },
    email: 'kuntoutus.rekisteroityminen@kela.fi', phone: null, hours: null,
    status: 'confirmed',
    sources: ['https://kela.fi/kuntoutuspalvelut-rekisteroityminen-nain-rekisteroidyt'],
  },
]

const DAY_WORDS = { fi: 'arkisin', sv: 'vardagar', en: 'weekdays' } as const

/** "arkisin klo 7–17", "vardagar kl. 7–17", "weekdays 7:00–17:00 Finnish time" (Monday to Friday only). */
export function openingHoursText(hours: OpeningHours, lang: 'fi' | 'sv' | 'en'): string {
  const weekdays = hours.days.length === 5 && [1, 2, 3, 4, 5].every((d) => hours.days.includes(d))
  const clock = (minutes: number, en: boolean) => {
    const h = Math.floor(minutes / 60)
    const m = minutes % 60
    return en ? `${h}:${String(m).padStart(2, '0')}` : m === 0 ? `${h}` : `${h}.${String(m).padStart(2, '0')}`
  }
  const days = weekdays ? DAY_WORDS[lang] : hours.days.join(', ')
  if (lang === 'fi') return `${days} klo ${clock(hours.from, false)}–${clock(hours.to, false)}`
  if (lang === 'sv') return `${days} kl. ${clock(hours.from, false)}–${clock(hours.to, false)}`
  return `${days} ${clock(hours.from, true)}–${clock(hours.to, true)} Finnish time`
}

const helsinkiParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Helsinki', weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
})
const WEEKDAY_NUMBER: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 }

/** Whether `contact` is open at `at` by its stated weekdays and hours (holidays unknown). */
export function isOpenAt(contact: Pick<SupportContact, 'hours'>, at: Date): boolean {
  const hours = contact.hours
  if (!hours) return false
  const parts = Object.fromEntries(helsinkiParts.formatToParts(at).map((p) => [p.type, p.value]))
  const day = WEEKDAY_NUMBER[parts.weekday ?? ''] ?? 0
  const minutes = Number(parts.hour) * 60 + Number(parts.minute)
  return hours.days.includes(day) && minutes >= hours.from && minutes < hours.to
}
