// Key dates and durations (kela-mandates.md §2.3 and §4). Dates are ISO calendar dates in
// Finland's time zone.
import type { Sourced } from './fact.ts'

export interface DateFact extends Sourced {
  date: string
  /** What happened, in English (for the docs; user texts are in the rules). */
  event: string
}

export const KEY_DATES = {
  officerServiceOpened: {
    date: '2020-06-11', event: 'DVV\'s virkailijavaltuuttamispalvelu and Finnish Authenticator start', status: 'confirmed',
    sources: ['https://dvv.fi/-/suomi-fi-valtuuksien-virkailijavaltuuttamispalvelu-on-aloittanut-toimintansa'],
  },
  employerServiceSuomiFi: {
    date: '2020-09-26', event: 'Suomi.fi identification in Työnantajan asiointipalvelu, Kelmu and eMava', status: 'confirmed',
    sources: ['https://kansanelakelaitos.fi/asiointi-tyonantajat'],
  },
  // When Katso ended differs by service: DVV first announced 31.12.2020; the Tax Administration
  // extended it for its own and the Incomes Register's services (katsoEndedAtIncomesRegister);
  // Kela says Katso mandates worked in its services until 31.1.2021 (katsoEndedAtKela). No single
  // date holds for every service, so no text states this one.
  katsoServiceEnded: {
    date: '2020-12-31', event: 'Katso\'s end as DVV first announced it', status: 'uncertain',
    sources: ['https://dvv.fi/-/suomi-fi-valtuuksien-virkailijavaltuuttamispalvelu-on-aloittanut-toimintansa'],
  },
  katsoEndedAtKela: {
    date: '2021-01-31', event: 'Katso mandates end at Kela', status: 'confirmed',
    sources: ['https://www.kela.fi/cs/ajankohtaista/-/asset_publisher/mHBZ5fHNro4S/content/kelmun-kayttoon-tarvitaan-suomi-fi-valtuudet-1-2-alkaen-hoida-valtuudet-kuntoon-mahdollisimman-pian'],
  },
  katsoEndedAtIncomesRegister: {
    date: '2021-08-31', event: 'Katso ends in the Incomes Register and Tax Administration', status: 'confirmed',
    sources: ['https://vero.fi/en/incomes-register/about-us/newsroom/news/news/the-katso-service-will-be-terminated-on-31-august-2021--please-start-using-suomi.fi-e-authorizations/'],
  },
  suomiFiMandatesRequired: {
    date: '2021-02-01', event: 'Suomi.fi mandates required in Kela\'s employer and partner e-services (Katso mandates worked until 31.1.2021)', status: 'confirmed',
    sources: ['https://www.kela.fi/vi/ajankohtaista-tyonantajat/-/asset_publisher/Y8xAYtXxE3Kt/content/tyonantaja-tai-yhteistyokumppani-eiko-asiointi-kelan-verkkoasiointipalveluissa-onnistu-', 'https://www.kela.fi/web/sv/problem-med-e-tjansten'],
    note: 'An earlier Kela news item said 1.1.2021; the later pages say 1.2.2021.',
  },
  employerServiceRenamed: {
    date: '2024-12-01', event: 'Employer e-service renamed (EN "Daily allowance and reimbursement service for employers")', status: 'confirmed',
    sources: ['https://vero.fi/en/incomes-register/companies-and-organisations/employers/earnings-payment-data/absence-data/reimbursement-application-to-kela'],
    note: 'Finnish and Swedish forms of the new name not found.',
  },
} as const satisfies Record<string, DateFact>

export interface DurationFact extends Sourced {
  value: number
  unit: 'days' | 'months' | 'years'
}

export const DURATIONS = {
  /** The default validity of a mandate was 5 years; there is no reminder before it ends. */
  defaultMandateValidity: {
    value: 5, unit: 'years', status: 'confirmed',
    sources: ['https://dvv.fi/-/tilitoimisto-toimi-nain-jos-suomi.fi-valtuutesi-ovat-kadonneet'],
    note: 'The assignor sets the period; many mandates granted in 2018 ended in autumn 2023. Suomi.fi sends no reminder.',
  },
  /** Ended mandates stay on the "Expired mandates" page for 15 months. */
  expiredMandatesShown: {
    value: 15, unit: 'months', status: 'confirmed',
    sources: ['https://www.suomi.fi/instructions-and-support/e-authorizations/using-suomifi-e-authorizations-as-a-person/granting-mandates-as-a-person/where-can-i-see-the-mandates-i-have-granted-or-received'],
  },
  /** Our own warning horizon for mandates about to end (contract §3 `expires-soon`). */
  expiryWarning: {
    value: 30, unit: 'days', status: 'confirmed',
    sources: ['https://dvv.fi/-/tilitoimisto-toimi-nain-jos-suomi.fi-valtuutesi-ovat-kadonneet'],
    note: 'The 30 days are the contract\'s choice; the source is why a warning is needed (no reminder).',
  },
  /** Processing time of an application in the virkailijavaltuuttamispalvelu: sources conflict. */
  officerApplicationProcessing: {
    value: 7, unit: 'days', status: 'uncertain',
    sources: ['https://www.suomi.fi/valtuudet/hakemuksella-valtuuttaminen', 'https://dvv.fi/siirrykatsosta'],
    note: 'About a week (newer suomi.fi), 2-3 weeks (older suomi.fi), 3-4 weeks (Kela), about two months (DVV during the Katso rush). Never shown as a promise.',
  },
} as const satisfies Record<string, DurationFact>
