// A valtuuspyyntö becomes a mandate only when the assignor confirms it, and Suomi.fi does not
// notify the assignor of a request: Kela tells users to tell their mandate administrator.
import { defectHits } from '../hits.ts'
import type { Rule } from '../rule.ts'

export const rule: Rule = {
  id: 'request-pending',
  severity: 'blocking',
  fixedBy: 'organisation-admin',
  sources: [
    'https://www.kela.fi/asiointi-ongelmatilanteet',
    'https://www.suomi.fi/ohjeet-ja-tuki/valtuudet/mika-on-suomifi-valtuudet/valtuuksien-sanasto',
    'https://www.kela.fi/etjanst-samarbetspartner-problemsituationer',
    // No message is sent; the approver sees the request once logged in with the organisation chosen.
    'https://www.suomi.fi/instructions-and-support/e-authorizations/using-suomifi-e-authorizations-as-an-organisation/approving-a-mandate-request-as-an-organisation',
  ],
  links: ['valtuudet'],
  fires: (a) => defectHits(a, ['pending']),
}
