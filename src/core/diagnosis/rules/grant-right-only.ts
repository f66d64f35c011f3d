// valtuutusoikeus and edustajan valtuutusoikeus let their holder grant mandates, not act: the
// holder must also give themself an asiointivaltuus (or, for clients, an edustamisvaltuus).
import { defectHits } from '../hits.ts'
import type { Rule } from '../rule.ts'
import { sentences } from '../text.ts'

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
  text: {
    fi: {
      title: () => 'Sinulla on vain oikeus antaa valtuuksia, ei asioida',
      explanation: (c) => sentences(
        'Valtuutusoikeus ja edustajan valtuutusoikeus oikeuttavat antamaan valtuuksia, mutta eivät asioimaan.',
        `Jotta voit asioida, tarvitset lisäksi ${c.forClient ? 'edustamisvaltuuden' : 'asiointivaltuuden'} valtuusasialla ${c.theme}. Voit antaa sen itsellesi.`,
      ),
      steps: (c) => [`Anna itsellesi ${c.forClient ? 'edustamisvaltuus' : 'asiointivaltuus'} valtuusasialla ${c.theme}. ${c.grant}`],
    },
    sv: {
      title: () => 'Du har bara rätt att ge fullmakter, inte att uträtta ärenden',
      explanation: (c) => sentences(
        'Fullmaktsrätt och representantens fullmaktsrätt ger rätt att ge fullmakter, men inte att uträtta ärenden.',
        `För att uträtta ärenden behöver du dessutom en ${c.forClient ? 'representationsfullmakt' : 'ärendefullmakt'} med fullmaktsärendet ${c.theme}. Du kan ge den till dig själv.`,
      ),
      steps: (c) => [`Ge dig själv en ${c.forClient ? 'representationsfullmakt' : 'ärendefullmakt'} med fullmaktsärendet ${c.theme}. ${c.grant}`],
    },
    en: {
      title: () => 'You may only grant mandates, not act',
      explanation: (c) => sentences(
        'A right to grant a mandate (valtuutusoikeus) or a representative\'s right to grant a mandate lets you grant mandates, but not act.',
        `To act you also need a ${c.forClient ? 'mandate to represent' : 'mandate for transactions'} with the theme ${c.theme}. You can grant it to yourself.`,
      ),
      steps: (c) => [`Grant yourself a ${c.forClient ? 'mandate to represent' : 'mandate for transactions'} with the theme ${c.theme}. ${c.grant}`],
    },
  },
}
