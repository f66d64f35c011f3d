// valtuutusoikeus and edustajan valtuutusoikeus let their holder grant mandates, not act: the
// holder must also give themself an asiointivaltuus (or, for clients, an edustamisvaltuus).
import { defectHits } from '../hits.ts'
import type { Rule } from '../rule.ts'

export const rule: Rule = {
  id: 'grant-right-only',
  severity: 'blocking',
  fixedBy: 'me',
  sources: [
    'https://www.suomi.fi/ohjeet-ja-tuki/valtuudet/organisaation-valtuudet/valtuuksien-antaminen-organisaationa/nain-organisaation-edustaja-antaa-valtuuksia-yksin',
    'https://sanastot.suomi.fi/en/terminology/fi-eauth/concept/concept-8',
    'https://dvv.fi/virkailijavaltuuttamispalvelu',
  ],
  links: ['mandate-types', 'valtuudet'],
  fires: (a) => defectHits(a, ['grant-right'], ['own', 'organisation-to-me', 'client-to-me']),
}
