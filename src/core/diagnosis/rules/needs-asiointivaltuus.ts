// Own organisation's matters need an asiointivaltuus; an edustamisvaltuus is for using mandates
// that clients gave the organisation. Kela: municipalities must give their own staff an
// asiointivaltuus, and a wrong type can block use completely.
import { defectHits } from '../hits.ts'
import type { Rule } from '../rule.ts'
import { sentences } from '../text.ts'

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
  text: {
    fi: {
      title: () => 'Väärä valtuustyyppi: tarvitset asiointivaltuuden',
      explanation: (c) => sentences(
        `Valtuutesi on tyypiltään ${c.type('edustamisvaltuus')}. Se on tarkoitettu asiakkaiden organisaatiollesi antamien valtuuksien käyttöön, esimerkiksi tilitoimistossa.`,
        'Oman organisaatiosi asioihin tarvitset asiointivaltuuden. Kelan mukaan väärä valtuustyyppi voi estää asioinnin kokonaan.',
      ),
      steps: (c) => [
        c.check,
        `Pyydä valtuuksien hallinnoijaa antamaan sinulle asiointivaltuus valtuusasialla ${c.theme}.`,
        c.grant,
      ],
    },
    sv: {
      title: () => 'Fel fullmaktstyp: du behöver en ärendefullmakt',
      explanation: (c) => sentences(
        `Din fullmakt är en ${c.type('edustamisvaltuus')}. Den är avsedd för att använda fullmakter som kunder har gett organisationen, till exempel på en bokföringsbyrå.`,
        `För din egen organisations ärenden behöver du en ${c.type('asiointivaltuus')}. Enligt FPA kan fel fullmaktstyp hindra användningen helt.`,
      ),
      steps: (c) => [
        c.check,
        `Be den som administrerar fullmakterna att ge dig en ärendefullmakt med fullmaktsärendet ${c.theme}.`,
        c.grant,
      ],
    },
    en: {
      title: () => 'Wrong mandate type: you need a mandate for transactions',
      explanation: (c) => sentences(
        `Your mandate is a ${c.type('edustamisvaltuus')}. That type is for using mandates that clients gave your organisation, for example in an accounting firm.`,
        `For your own organisation's matters you need a ${c.type('asiointivaltuus')}. Kela says a wrong type can block use completely.`,
      ),
      steps: (c) => [
        c.check,
        `Ask the person who manages mandates to grant you a mandate for transactions with the theme ${c.theme}.`,
        c.grant,
      ],
    },
  },
}
