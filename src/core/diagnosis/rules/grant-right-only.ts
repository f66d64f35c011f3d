// valtuutusoikeus and edustajan valtuutusoikeus let their holder grant mandates, not act. Each
// grants one type only (knowledge/mandates.ts `grants`): a valtuutusoikeus the organisation's
// asiointivaltuudet, an edustajan valtuutusoikeus edustamisvaltuudet. So the texts name the right
// the user holds, the type the link needs, and the right that grants it: "grant it to yourself"
// only where the held right grants the needed type and a source says the holder may.
import type { MandateType } from '../../contract/case.ts'
import { MANDATE_TYPE_FACTS } from '../../knowledge/index.ts'
import { brokenLinks, type LinkId } from '../analyse.ts'
import { fromClient } from '../hits.ts'
import type { Hit, Rule } from '../rule.ts'

/** What each link needs the user to hold. */
const NEEDED: Record<LinkId, MandateType> = {
  own: 'asiointivaltuus', 'organisation-to-me': 'edustamisvaltuus', 'client-to-me': 'asiointivaltuus', 'client-to-organisation': 'asiointivaltuus',
}

export const rule: Rule = {
  id: 'grant-right-only',
  severity: 'blocking',
  fixedBy: 'me',
  sources: [
    'https://www.suomi.fi/ohjeet-ja-tuki/valtuudet/organisaation-valtuudet/valtuuksien-antaminen-organisaationa/mita-eroa-on-eri-valtuustyypeilla',
    'https://www.suomi.fi/ohjeet-ja-tuki/valtuudet/organisaation-valtuudet/valtuuksien-antaminen-organisaationa/nain-organisaation-edustaja-antaa-valtuuksia-yksin',
    'https://sanastot.suomi.fi/en/terminology/fi-eauth/concept/concept-8',
    'https://dvv.fi/virkailijavaltuuttamispalvelu',
  ],
  links: ['mandate-types', 'valtuudet'],
  fires: (a) => {
    const hits: Hit[] = []
    for (const link of brokenLinks(a)) {
      if (link.id === 'client-to-organisation' || !link.defects.includes('grant-right')) continue
      const neededType = NEEDED[link.id]
      const rights = link.mandates.map((m) => m.type).filter((type) => MANDATE_TYPE_FACTS[type].grants !== null)
      // The right that grants what is needed, if the user holds it; else the one they hold.
      const heldRight = rights.find((type) => MANDATE_TYPE_FACTS[type].grants === neededType) ?? rights[0]
      const fits = heldRight !== undefined && MANDATE_TYPE_FACTS[heldRight].grants === neededType && MANDATE_TYPE_FACTS[heldRight].selfGrant === 'confirmed'
      const hit: Hit = { certainty: link.assumed ? 'likely' : 'certain', neededType, ...(heldRight ? { heldRight } : {}) }
      // A right that cannot grant the needed type (or may not grant it to its holder): someone else fixes it.
      if (fromClient(link)) hit.fixedBy = 'client'
      else if (!fits) hit.fixedBy = 'organisation-admin'
      hits.push(hit)
    }
    return hits
  },
}
