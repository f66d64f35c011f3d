// A register role (CEO, trader, ...) lets a person act for their own organisation without a
// mandate, but acting for a client still needs an edustamisvaltuus, also one given to oneself.
import type { Rule } from '../rule.ts'
import { edustamisvaltuusMissing } from './needs-edustamisvaltuus.ts'

export const rule: Rule = {
  id: 'register-role-needs-edustamisvaltuus',
  severity: 'blocking',
  fixedBy: 'me',
  sources: [
    'https://www.kela.fi/tyonantajien-valtuusasiat',
    'https://www.kela.fi/el/katson-korvaaminen',
    'https://www.suomi.fi/instructions-and-support/e-authorizations/acting-on-behalf-of-an-organisation/using-a-mandate-given-in-suomi-fi-e-authorizations',
  ],
  links: ['valtuudet', 'mandate-types'],
  fires: (a) => (a.roleState === 'exempt' ? edustamisvaltuusMissing(a) : []),
}
