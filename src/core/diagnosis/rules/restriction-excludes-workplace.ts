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
  ],
  links: ['valtuudet', 'kela-mandates'],
  fires: (a) => defectHits(a, ['workplace-restriction']),
}
