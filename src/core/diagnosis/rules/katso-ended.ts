// Katso no longer works at Kela: Katso mandates worked in Kela's e-services until 31.1.2021, and
// Kela's organisation e-services require Suomi.fi mandates from 1.2.2021. The end of Katso differed
// by service (the Incomes Register's and the Tax Administration's ran until 31.8.2021), so the texts
// give Kela's dates as Kela's and say the other date is not Kela's. Katso roles were not carried
// over; mandates had to be created again.
import { KEY_DATES } from '../../knowledge/index.ts'
import type { Rule } from '../rule.ts'
import { certain } from '../rule.ts'

/** The dates the texts name (lang/*.ts). */
export const KATSO_ENDED_AT_KELA = KEY_DATES.katsoEndedAtKela.date
export const KATSO_ENDED_AT_INCOMES_REGISTER = KEY_DATES.katsoEndedAtIncomesRegister.date
export const SUOMI_FI_REQUIRED = KEY_DATES.suomiFiMandatesRequired.date

export const rule: Rule = {
  id: 'katso-ended',
  severity: 'blocking',
  fixedBy: 'me',
  sources: [
    ...KEY_DATES.katsoEndedAtKela.sources,
    ...KEY_DATES.katsoEndedAtIncomesRegister.sources,
    ...KEY_DATES.suomiFiMandatesRequired.sources,
    'https://www.kela.fi/el/katson-korvaaminen',
  ],
  links: ['dvv-guide', 'theme-list', 'kela-mandates'],
  fires: (a) => (a.input.user?.identification === 'katso' ? [certain] : []),
}
