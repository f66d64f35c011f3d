// Katso ended: DVV closed it on 31.12.2020 and Kela's organisation e-services require Suomi.fi
// mandates from 1.2.2021. Katso roles were not carried over; mandates had to be created again.
import { KEY_DATES } from '../../knowledge/index.ts'
import type { Rule } from '../rule.ts'
import { certain } from '../rule.ts'

/** The dates the texts name (lang/*.ts). */
export const KATSO_ENDED = KEY_DATES.katsoServiceEnded.date
export const SUOMI_FI_REQUIRED = KEY_DATES.suomiFiMandatesRequired.date

export const rule: Rule = {
  id: 'katso-ended',
  severity: 'blocking',
  fixedBy: 'me',
  sources: [
    ...KEY_DATES.katsoServiceEnded.sources,
    ...KEY_DATES.suomiFiMandatesRequired.sources,
    'https://www.kela.fi/el/katson-korvaaminen',
  ],
  links: ['dvv-guide', 'theme-list', 'kela-mandates'],
  fires: (a) => (a.input.user?.identification === 'katso' ? [certain] : []),
}
