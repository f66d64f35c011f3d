// An organisation that passes a client's mandate on as an edustamisvaltuus can limit it to
// clients by Y-tunnus (rajaustarkenne); Kela tells users to check whether one limits them.
import { defectHits } from '../hits.ts'
import type { Rule } from '../rule.ts'

export const rule: Rule = {
  id: 'restriction-excludes-client',
  severity: 'blocking',
  fixedBy: 'organisation-admin',
  sources: [
    'https://www.kela.fi/asiointi-ongelmatilanteet',
    'https://www.kela.fi/tyonantajien-valtuusasiat',
    'https://www.kela.fi/web/sv/e-tjanster-arendefullmakter',
  ],
  links: ['valtuudet', 'kela-troubleshooting'],
  fires: (a) => defectHits(a, ['client-restriction'], ['organisation-to-me']),
}
