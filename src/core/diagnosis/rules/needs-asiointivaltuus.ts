// Own organisation's matters need an asiointivaltuus; an edustamisvaltuus is for using mandates
// that clients gave the organisation. Kela: municipalities must give their own staff an
// asiointivaltuus, and a wrong type can block use completely.
import { defectHits } from '../hits.ts'
import type { Rule } from '../rule.ts'

export const rule: Rule = {
  id: 'needs-asiointivaltuus',
  severity: 'blocking',
  fixedBy: 'organisation-admin',
  sources: [
    'https://www.kela.fi/asiointi-ongelmatilanteet',
    'https://www.kela.fi/el/-/hoida-suomi-fi-valtuudet-kuntoon-ennen-vuodenvaihdetta',
    'https://www.suomi.fi/ohjeet-ja-tuki/valtuudet/organisaation-valtuudet/valtuuksien-antaminen-organisaationa/mita-eroa-on-eri-valtuustyypeilla',
  ],
  links: ['mandate-types', 'kela-troubleshooting', 'valtuudet'],
  fires: (a) => defectHits(a, ['needs-asiointivaltuus'], ['own', 'client-to-me']),
}
