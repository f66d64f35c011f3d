// In the occupational health reimbursement service a mandate can be limited to workplaces by a
// number the organisation chooses itself (toimipaikkatarkenne).
import { defectHits } from '../hits.ts'
import type { Rule } from '../rule.ts'

export const rule: Rule = {
  id: 'restriction-excludes-workplace',
  severity: 'blocking',
  fixedBy: 'organisation-admin',
  sources: [
    'https://www.kela.fi/web/sv/arbetsgivare-etjanst-foretagshalsovard',
    'https://www.kela.fi/web/sv/fullmaktskoder-for-arbetsgivare',
    'https://www.kela.fi/asiointi-ongelmatilanteet',
    // A theme or a specifier cannot be added to a mandate already given: a new mandate is needed.
    'https://www.vero.fi/en/incomes-register/companies-and-organisations/employers/authorisation/defining-specifier/customer-id-as-a-defining-specifier-for-a-mandate-to-represent/',
    'https://www.vero.fi/tulorekisteri/yritykset-ja-organisaatiot/asioi-sahkoisesti/valtuuta/tarkenne/',
  ],
  links: ['valtuudet', 'kela-mandates'],
  fires: (a) => defectHits(a, ['workplace-restriction']),
}
