// Kela's organisation e-services need strong Suomi.fi e-Identification (bank codes, mobile
// certificate, certificate card; foreigners the Finnish Authenticator where the service allows it).
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
  ],
  links: ['kela-troubleshooting'],
  fires: (a) => {
    const identification = a.input.user?.identification
    return identification === 'weak' || identification === 'none' ? [certain] : []
  },
}
