// Acting for a client: the client must first give the user's organisation (its Y-tunnus) an
// asiointivaltuus with the theme. A person in the firm with edustajan valtuutusoikeus can also
// send the client a mandate request.
import { brokenLinks } from '../analyse.ts'
import type { Rule } from '../rule.ts'

export const rule: Rule = {
  id: 'client-mandate-missing',
  severity: 'blocking',
  fixedBy: 'client',
  sources: [
    'https://www.kela.fi/asiointi-ongelmatilanteet',
    'https://www.kela.fi/el/katson-korvaaminen',
    'https://dvv.fi/virkailijavaltuuttamispalvelu',
    // Who can see the mandates an organisation received (the "check" step): DVV, 16.11.2023.
    'https://dvv.fi/-/tilitoimisto-toimi-nain-jos-suomi.fi-valtuutesi-ovat-kadonneet',
  ],
  links: ['valtuudet', 'theme-list'],
  fires: (a) => {
    const link = brokenLinks(a).find((l) => l.id === 'client-to-organisation')
    const missing = link?.defects.some((d) => d === 'none' || d === 'theme' || d === 'needs-asiointivaltuus' || d === 'grant-right')
    return link && missing ? [{ certainty: link.assumed ? 'likely' : 'certain' }] : []
  },
}
