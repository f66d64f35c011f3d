// Without a Finnish personal identity code a person must register a UID in the Finnish
// Authenticator app before anyone can give them a mandate (required in the employer e-service
// since 26.9.2020; passport or EU/EEA/Swiss ID card, not a driving licence).
import type { Rule } from '../rule.ts'
import { certain } from '../rule.ts'

export const rule: Rule = {
  id: 'foreign-user-needs-uid',
  severity: 'blocking',
  fixedBy: 'me',
  sources: [
    'https://www.kela.fi/web/sv/suomi.fi-ersatter-katso-tjansten?inheritRedirect=true',
    'https://www.kela.fi/fi_FI/tyonantajat-kansainvalinen-tyo-ajankohtaista/-/asset_publisher/1QiI22Yc8J4n/content/ulkomaan-kansalainen-tarvitsee-kelan-tyonantaja-asiointiin-finnish-authenticator-sovelluksen-ja-suomi-fi-valtuudet-26-9-2020-alkaen',
    'https://dvv.fi/-/finnish-authenticator?languageId=en_US',
  ],
  links: ['valtuudet'],
  fires: (a) => (a.input.user?.identityCode === 'none' ? [certain] : []),
}
