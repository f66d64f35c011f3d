// Acting for a client through one's organisation: the client gives the organisation an
// asiointivaltuus, and the organisation gives the user an edustamisvaltuus (not an
// asiointivaltuus). Kela: accounting firms must pass client mandates on as edustamisvaltuus.
import { brokenLinks } from '../analyse.ts'
import type { Analysis } from '../analyse.ts'
import type { Hit, Rule } from '../rule.ts'
import { sentences } from '../text.ts'

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
  text: {
    fi: {
      title: () => 'Asiakkaan asioihin tarvitset edustamisvaltuuden',
      explanation: (c) => sentences(
        'Kun hoidat asiakkaan asioita organisaatiosi kautta, asiakas antaa organisaatiollesi asiointivaltuuden ja organisaatiosi antaa sinulle edustamisvaltuuden.',
        `Sinulla ei ole organisaatioltasi edustamisvaltuutta, jossa on valtuusasia ${c.theme}. Asiointivaltuus ei tähän riitä: se koskee vain organisaation omia asioita.`,
      ),
      steps: (c) => [
        c.check,
        `Pyydä organisaatiosi valtuuksien hallinnoijaa antamaan sinulle edustamisvaltuus valtuusasialla ${c.theme}. Jos valtuus rajataan asiakkaiden Y-tunnuksilla, rajaukseen pitää kuulua ${c.client}.`,
        c.grant,
      ],
    },
    sv: {
      title: () => 'För kundens ärenden behöver du en representationsfullmakt',
      explanation: (c) => sentences(
        'När du sköter en kunds ärenden via din organisation ger kunden din organisation en ärendefullmakt, och din organisation ger dig en representationsfullmakt.',
        `Du har ingen representationsfullmakt från din organisation med fullmaktsärendet ${c.theme}. En ärendefullmakt räcker inte: den gäller bara organisationens egna ärenden.`,
      ),
      steps: (c) => [
        c.check,
        `Be den som administrerar fullmakterna i din organisation att ge dig en representationsfullmakt med fullmaktsärendet ${c.theme}. Om fullmakten begränsas med kundernas FO-nummer måste ${c.client} ingå.`,
        c.grant,
      ],
    },
    en: {
      title: () => 'For a client\'s matters you need a mandate to represent',
      explanation: (c) => sentences(
        'When you act for a client through your organisation, the client grants your organisation a mandate for transactions, and your organisation grants you a mandate to represent (edustamisvaltuus).',
        `You have no mandate to represent from your organisation with the theme ${c.theme}. A mandate for transactions is not enough: it covers only your organisation's own matters.`,
      ),
      steps: (c) => [
        c.check,
        `Ask the person who manages your organisation's mandates to grant you a mandate to represent with the theme ${c.theme}. If it is limited to certain clients' Business IDs, ${c.client} must be one of them.`,
        c.grant,
      ],
    },
  },
}
