// Suomi.fi sends no reminder before a mandate an organisation granted ends (a person's mandates
// get a Suomi.fi Messages notice): warn 30 days ahead about a mandate the user's access relies on.
import { DURATIONS } from '../../knowledge/index.ts'
import { daysUntil, workingLinks } from '../analyse.ts'
import { fromClient } from '../hits.ts'
import type { Hit, Rule } from '../rule.ts'

const horizon = DURATIONS.expiryWarning.value

export const rule: Rule = {
  id: 'expires-soon',
  severity: 'warning',
  fixedBy: 'organisation-admin',
  sources: [...new Set([
    ...DURATIONS.defaultMandateValidity.sources,
    // No reminder for mandates between organisations (DVV); persons get a Suomi.fi Messages notice.
    'https://dvv.fi/-/tilitoimisto-toimi-nain-jos-suomi.fi-valtuutesi-ovat-kadonneet',
    'https://www.suomi.fi/instructions-and-support/e-authorizations/using-suomifi-e-authorizations-as-a-person/granting-mandates-as-a-person',
  ])],
  links: ['valtuudet'],
  fires: (a) => {
    if (a.viaRole || a.roleState === 'exempt') return []
    const hits: Hit[] = []
    for (const link of workingLinks(a)) {
      // The link holds as long as its longest-running mandate does; open-ended = no warning.
      const ends = link.mandates.map((m) => m.validUntil)
      if (ends.some((end) => end === undefined)) continue
      const last = (ends as string[]).sort()[ends.length - 1]!
      const days = daysUntil(a, last)
      if (days < 0 || days > horizon) continue
      const hit: Hit = { certainty: 'certain', date: last, days }
      if (fromClient(link)) hit.fixedBy = 'client'
      hits.push(hit)
    }
    return hits
  },
}
