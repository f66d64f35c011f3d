// Acting for a client through one's organisation: the client gives the organisation an
// asiointivaltuus, and the organisation gives the user an edustamisvaltuus (not an
// asiointivaltuus). Kela: accounting firms must pass client mandates on as edustamisvaltuus.
import { brokenLinks } from '../analyse.ts'
import type { Analysis } from '../analyse.ts'
import type { Hit, Rule } from '../rule.ts'

/** The organisation-to-me link lacks an edustamisvaltuus (none, or an asiointivaltuus instead). */
export function edustamisvaltuusMissing(a: Analysis): Hit[] {
  const link = brokenLinks(a).find((l) => l.id === 'organisation-to-me')
  if (!link || !link.defects.some((d) => d === 'none' || d === 'needs-edustamisvaltuus')) return []
  return [{ certainty: link.assumed ? 'likely' : 'certain' }]
}

export const rule: Rule = {
  id: 'needs-edustamisvaltuus',
  severity: 'blocking',
  fixedBy: 'organisation-admin',
  sources: [
    'https://www.kela.fi/asiointi-ongelmatilanteet',
    'https://www.kela.fi/el/katson-korvaaminen',
    'https://www.kela.fi/tyonantajien-valtuusasiat',
  ],
  links: ['mandate-types', 'valtuudet', 'kela-troubleshooting'],
  fires: (a) => (a.roleState === 'exempt' ? [] : edustamisvaltuusMissing(a)),
}
