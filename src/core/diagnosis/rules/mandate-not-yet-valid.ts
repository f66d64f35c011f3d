// The assignor sets the validity period; a mandate whose period starts later does not work yet.
import { defectHits } from '../hits.ts'
import type { Rule } from '../rule.ts'

export const rule: Rule = {
  id: 'mandate-not-yet-valid',
  severity: 'blocking',
  fixedBy: 'organisation-admin',
  sources: [
    'https://dvv.fi/-/tilitoimisto-toimi-nain-jos-suomi.fi-valtuutesi-ovat-kadonneet',
    'https://www.suomi.fi/instructions-and-support/e-authorizations/using-suomifi-e-authorizations-as-a-person/granting-mandates-as-a-person/where-can-i-see-the-mandates-i-have-granted-or-received',
  ],
  links: ['valtuudet'],
  fires: (a) => defectHits(a, ['not-yet-valid']),
}
