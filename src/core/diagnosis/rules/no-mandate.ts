// Acting for one's own organisation with nothing from it (and no register role that exempts):
// the user needs an asiointivaltuus with the service's theme from their own organisation.
import { brokenLinks } from '../analyse.ts'
import type { Rule } from '../rule.ts'
import { certain } from '../rule.ts'

export const rule: Rule = {
  id: 'no-mandate',
  severity: 'blocking',
  fixedBy: 'organisation-admin',
  sources: [
    'https://www.kela.fi/asiointi-ongelmatilanteet',
    'https://www.kela.fi/tyonantajat-asiointi-asiointivaltuuden-antaminen',
    'https://www.kela.fi/arbetsgivare-e-tjanster-arendefullmakter',
  ],
  links: ['theme-list', 'kela-mandates', 'valtuudet'],
  fires: (a) => {
    if (a.roleState === 'prokurist-limited') return []
    return brokenLinks(a).some((link) => link.id === 'own' && link.defects.includes('none')) ? [certain] : []
  },
}
