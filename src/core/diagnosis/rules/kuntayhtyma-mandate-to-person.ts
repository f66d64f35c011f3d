// Kela: a municipality gives the asiointivaltuus to the joint municipal authority (or the other
// municipality) as an organisation, not to its employees; the authority then gives its staff
// edustamisvaltuudet. It eases managing mandates when staff change. Who grants those: a holder of
// an edustajan valtuutusoikeus (Suomi.fi's types page, DVV), not of a valtuutusoikeus as Kela's
// news item puts it; the texts follow Suomi.fi and DVV there.
import type { Rule } from '../rule.ts'
import { likely } from '../rule.ts'

export const rule: Rule = {
  id: 'kuntayhtyma-mandate-to-person',
  severity: 'advice',
  fixedBy: 'client',
  sources: [
    'https://www.kela.fi/el/-/hoida-suomi-fi-valtuudet-kuntoon-ennen-vuodenvaihdetta',
    'https://www.kela.fi/nl/yhteistyokumppanit-kunnat-lastenhoidon-tuen-laskutus',
    'https://www.suomi.fi/ohjeet-ja-tuki/valtuudet/organisaation-valtuudet/valtuuksien-antaminen-organisaationa/mita-eroa-on-eri-valtuustyypeilla',
    'https://dvv.fi/virkailijavaltuuttamispalvelu',
  ],
  links: ['kela-mandates', 'mandate-types'],
  fires: (a) => {
    const type = a.input.organisation?.type
    if (a.input.actingFor !== 'client' || (type !== 'joint-municipal-authority' && type !== 'municipality') || a.clientId === undefined) return []
    const direct = a.input.mandates?.some((m) => m.holder === 'me' && m.mandator === a.clientId && m.type === 'asiointivaltuus')
    return direct ? [likely] : []
  },
}
