// Mandates end on the date the assignor set (the default was 5 years; many given in 2018 ended
// in autumn 2023), and Suomi.fi sends no reminder for a mandate an organisation granted (a person's
// mandates get a Suomi.fi Messages notice). Ended mandates move to a separate list.
import { DURATIONS } from '../../knowledge/index.ts'
import { defectHits } from '../hits.ts'
import type { Rule } from '../rule.ts'

/** The validity many mandates were given for, named in the texts (lang/*.ts). */
export const DEFAULT_VALIDITY_YEARS = DURATIONS.defaultMandateValidity.value

export const rule: Rule = {
  id: 'mandate-expired',
  severity: 'blocking',
  fixedBy: 'organisation-admin',
  sources: [...new Set([
    ...DURATIONS.defaultMandateValidity.sources,
    ...DURATIONS.expiredMandatesShown.sources,
    // No reminder for mandates between organisations (DVV); persons get a Suomi.fi Messages notice.
    'https://dvv.fi/-/tilitoimisto-toimi-nain-jos-suomi.fi-valtuutesi-ovat-kadonneet',
    'https://www.suomi.fi/instructions-and-support/e-authorizations/using-suomifi-e-authorizations-as-a-person/granting-mandates-as-a-person',
  ])],
  links: ['valtuudet'],
  fires: (a) => defectHits(a, ['expired']),
}
