// A register role (CEO, trader, ...) lets a person act for their own organisation without a
// mandate, but acting for a client still needs an edustamisvaltuus, also one given to oneself.
import type { Rule } from '../rule.ts'
import { sentences } from '../text.ts'
import { edustamisvaltuusMissing } from './needs-edustamisvaltuus.ts'

export const rule: Rule = {
  id: 'register-role-needs-edustamisvaltuus',
  severity: 'blocking',
  fixedBy: 'me',
  sources: [
    'https://www.kela.fi/tyonantajien-valtuusasiat',
    'https://www.kela.fi/el/katson-korvaaminen',
    'https://www.suomi.fi/instructions-and-support/e-authorizations/acting-on-behalf-of-an-organisation/using-a-mandate-given-in-suomi-fi-e-authorizations',
  ],
  links: ['valtuudet', 'mandate-types'],
  fires: (a) => (a.roleState === 'exempt' ? edustamisvaltuusMissing(a) : []),
  text: {
    fi: {
      title: () => 'Asemasi ei riitä asiakkaan asioihin: tarvitset edustamisvaltuuden',
      explanation: (c) => sentences(
        `Roolisi (${c.role}) oikeuttaa asioimaan oman organisaatiosi puolesta ilman valtuutta, mutta ei asiakkaan puolesta.`,
        `Asiakkaan asioihin tarvitset organisaatioltasi edustamisvaltuuden valtuusasialla ${c.theme}, vaikka antaisit sen itse itsellesi.`,
      ),
      steps: (c) => [
        `Anna itsellesi edustamisvaltuus valtuusasialla ${c.theme}. ${c.grant}`,
        `Tarkista myös, että ${c.client} on antanut organisaatiollesi asiointivaltuuden samalla valtuusasialla.`,
      ],
    },
    sv: {
      title: () => 'Din ställning räcker inte för kundens ärenden: du behöver en representationsfullmakt',
      explanation: (c) => sentences(
        `Din roll (${c.role}) ger rätt att sköta din egen organisations ärenden utan fullmakt, men inte kundens.`,
        `För kundens ärenden behöver du en representationsfullmakt från din organisation med fullmaktsärendet ${c.theme}, även om du ger den till dig själv.`,
      ),
      steps: (c) => [
        `Ge dig själv en representationsfullmakt med fullmaktsärendet ${c.theme}. ${c.grant}`,
        `Kontrollera också att ${c.client} har gett din organisation en ärendefullmakt med samma fullmaktsärende.`,
      ],
    },
    en: {
      title: () => 'Your position is not enough for a client: you need a mandate to represent',
      explanation: (c) => sentences(
        `Your role (${c.role}) lets you act for your own organisation without a mandate, but not for a client.`,
        `For a client's matters you need a mandate to represent (edustamisvaltuus) from your organisation with the theme ${c.theme}, even if you grant it to yourself.`,
      ),
      steps: (c) => [
        `Grant yourself a mandate to represent with the theme ${c.theme}. ${c.grant}`,
        `Also check that ${c.client} has granted your organisation a mandate for transactions with the same theme.`,
      ],
    },
  },
}
