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
    // A theme or a specifier cannot be added to a mandate already given: a new mandate is needed.
    'https://www.vero.fi/en/incomes-register/companies-and-organisations/employers/authorisation/defining-specifier/customer-id-as-a-defining-specifier-for-a-mandate-to-represent/',
    'https://www.vero.fi/tulorekisteri/yritykset-ja-organisaatiot/asioi-sahkoisesti/valtuuta/tarkenne/',
  ],
  links: ['valtuudet', 'kela-troubleshooting'],
  fires: (a) => defectHits(a, ['client-restriction'], ['organisation-to-me']),
}
