// An organisation that passes a client's mandate on as an edustamisvaltuus can limit it to
// clients by Y-tunnus (rajaustarkenne); Kela tells users to check whether one limits them.
import { VALTUUDET_UI } from '../../knowledge/index.ts'
import { defectHits } from '../hits.ts'
import type { Rule } from '../rule.ts'
import { sentences } from '../text.ts'

export const rule: Rule = {
  id: 'restriction-excludes-client',
  severity: 'blocking',
  fixedBy: 'organisation-admin',
  sources: [
    'https://www.kela.fi/asiointi-ongelmatilanteet',
    'https://www.kela.fi/tyonantajien-valtuusasiat',
    'https://www.kela.fi/web/sv/e-tjanster-arendefullmakter',
  ],
  links: ['valtuudet', 'kela-troubleshooting'],
  fires: (a) => defectHits(a, ['client-restriction'], ['organisation-to-me']),
  text: {
    fi: {
      title: () => 'Edustamisvaltuutesi on rajattu muihin asiakkaisiin',
      explanation: (c) => sentences(
        'Edustamisvaltuudessasi on rajaustarkenne, joka sallii vain tiettyjen asiakkaiden Y-tunnukset.',
        `${c.client[0]!.toUpperCase()}${c.client.slice(1)} ei ole niiden joukossa, joten et voi hoitaa sen asioita.`,
      ),
      steps: (c) => [
        c.check,
        `Pyydä valtuuksien hallinnoijaa lisäämään ${c.client} edustamisvaltuutesi tarkenteeseen tai antamaan uusi edustamisvaltuus, jonka tarkenteessa asiakas on (kohta ”${VALTUUDET_UI.specifier.fi}”).`,
      ],
    },
    sv: {
      title: () => 'Din representationsfullmakt är begränsad till andra kunder',
      explanation: (c) => sentences(
        'Din representationsfullmakt har en avgränsningsspecifikation som bara tillåter vissa kunders FO-nummer.',
        `${c.client[0]!.toUpperCase()}${c.client.slice(1)} finns inte bland dem, så du kan inte sköta dess ärenden.`,
      ),
      steps: (c) => [
        c.check,
        `Be den som administrerar fullmakterna att lägga till ${c.client} i specifikationen för din representationsfullmakt eller ge en ny representationsfullmakt där kunden ingår (punkten ”${VALTUUDET_UI.specifier.sv}”).`,
      ],
    },
    en: {
      title: () => 'Your mandate to represent is limited to other clients',
      explanation: (c) => sentences(
        'Your mandate to represent has a specifier that allows only certain clients\' Business IDs.',
        `${c.client[0]!.toUpperCase()}${c.client.slice(1)} is not one of them, so you cannot act for it.`,
      ),
      steps: (c) => [
        c.check,
        `Ask the person who manages mandates to add ${c.client} to the specifier of your mandate to represent, or to grant a new one that includes the client.`,
      ],
    },
  },
}
