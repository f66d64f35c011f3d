// Kela's organisation e-services need strong Suomi.fi e-Identification (bank codes, mobile
// certificate, certificate card). The sources disagree on the Finnish Authenticator: Kela's partner
// page lists it among its strong authentication tools, DVV and Suomi.fi say it is not strong
// identification; the texts say both.
import type { Rule } from '../rule.ts'
import { certain } from '../rule.ts'

export const rule: Rule = {
  id: 'not-strongly-identified',
  severity: 'blocking',
  fixedBy: 'me',
  sources: [
    'https://kansanelakelaitos.fi/asiointi-tyonantajat',
    'https://www.kela.fi/hu/asiointi-tyonantajat',
    'https://www.kela.fi/etjanst-samarbetspartner-inloggning-och-fullmakter',
    'https://dvv.fi/en/finnish-authenticator-identification-service',
    'https://www.suomi.fi/instructions-and-support/information-on-eidentification/finnish-authenticator-identification-service',
  ],
  links: ['kela-troubleshooting'],
  fires: (a) => {
    const identification = a.input.user?.identification
    return identification === 'weak' || identification === 'none' ? [certain] : []
  },
}
