// Organisations whose representatives are not in public registers (municipalities, the state,
// parishes, foundations, estates, foreign companies, associations with joint signing ...) must
// first register a right to grant mandates by application before anyone can grant their mandates.
// Which right depends on what is missing (DVV, virkailijavaltuuttamispalvelu): a valtuutusoikeus
// grants the organisation's asiointivaltuudet, an edustajan valtuutusoikeus the edustamisvaltuudet
// an employee needs to use the mandates clients gave the organisation.
import { OFFICER_SERVICE_TYPES } from '../../knowledge/index.ts'
import { brokenLinks } from '../analyse.ts'
import type { Rule } from '../rule.ts'

export const rule: Rule = {
  id: 'grant-via-officer-service',
  severity: 'advice',
  fixedBy: 'dvv',
  sources: [
    'https://www.kela.fi/tyonantajat-asiointi-asiointivaltuuden-antaminen',
    'https://www.suomi.fi/valtuudet/hakemuksella-valtuuttaminen',
    'https://dvv.fi/virkailijavaltuuttamispalvelu',
    'https://www.suomi.fi/ohjeet-ja-tuki/valtuudet/organisaation-valtuudet/valtuuksien-antaminen-organisaationa/mita-eroa-on-eri-valtuustyypeilla',
    'https://dvv.fi/siirrykatsosta',
  ],
  links: ['officer-service', 'dvv-guide'],
  fires: (a) => {
    const type = a.input.organisation?.type
    const fact = OFFICER_SERVICE_TYPES.find((t) => t.id === type)
    if (!fact) return []
    // Only when nothing at all came from the user's own organisation: if anything did, someone
    // there can already grant mandates.
    const missing = brokenLinks(a).find((link) => (link.id === 'own' || link.id === 'organisation-to-me') && link.defects.includes('none'))
    if (!missing) return []
    return [{ certainty: fact.status === 'confirmed' ? 'certain' : 'likely', neededType: missing.id === 'own' ? 'asiointivaltuus' : 'edustamisvaltuus' }]
  },
}
