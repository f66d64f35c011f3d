// Acting for one's own organisation with nothing from it (and no register role that exempts):
// the user needs an asiointivaltuus with the service's theme from their own organisation.
import { brokenLinks } from '../analyse.ts'
import type { Rule } from '../rule.ts'
import { certain } from '../rule.ts'
import { sentences } from '../text.ts'

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
  text: {
    fi: {
      title: () => 'Sinulla ei ole valtuutta organisaatioltasi',
      explanation: (c) => sentences(
        `Oman organisaatiosi asioihin palvelussa ${c.service} tarvitset organisaatioltasi asiointivaltuuden, jossa on valtuusasia ${c.theme}.`,
        'Saaduissa valtuuksissasi ei ole yhtään valtuutta organisaatioltasi. Ilman valtuutta voivat asioida vain kaupparekisteriin tai YTJ:hin merkityt vastuuhenkilöt, kuten toimitusjohtaja.',
        c.themeNote,
      ),
      steps: (c) => [
        c.check,
        `Pyydä organisaatiosi valtuuksia hallinnoivaa henkilöä antamaan sinulle asiointivaltuus valtuusasialla ${c.theme}. Voit myös itse pyytää valtuutta Suomi.fi-valtuuksissa, mutta kerro pyynnöstä hallinnoijalle: palvelu ei ilmoita siitä.`,
        c.grant,
        c.themeList,
      ],
    },
    sv: {
      title: () => 'Du har ingen fullmakt från din organisation',
      explanation: (c) => sentences(
        `För din egen organisations ärenden i ${c.service} behöver du en ärendefullmakt från organisationen med fullmaktsärendet ${c.theme}.`,
        'Bland dina erhållna fullmakter finns ingen fullmakt från din organisation. Utan fullmakt kan bara ansvarspersoner som är registrerade i handelsregistret eller FODS sköta ärenden, till exempel verkställande direktören.',
        c.themeNote,
      ),
      steps: (c) => [
        c.check,
        `Be den som administrerar fullmakterna i din organisation att ge dig en ärendefullmakt med fullmaktsärendet ${c.theme}. Du kan också själv begära fullmakten i Suomi.fi-fullmakter, men berätta det för administratören: tjänsten meddelar inte om begäran.`,
        c.grant,
        c.themeList,
      ],
    },
    en: {
      title: () => 'You have no mandate from your organisation',
      explanation: (c) => sentences(
        `To act for your own organisation in ${c.service} you need a mandate for transactions (asiointivaltuus) from it, with the mandate theme ${c.theme}.`,
        'Your received mandates include none from your organisation. Only people registered in the Trade Register or the Business Information System with a role such as CEO can act without a mandate.',
        c.themeNote,
      ),
      steps: (c) => [
        c.check,
        `Ask the person who manages your organisation's mandates to grant you a mandate for transactions with the theme ${c.theme}. You can also request it yourself in Suomi.fi e-Authorizations, but tell the administrator: the service sends no notification of requests.`,
        c.grant,
        c.themeList,
      ],
    },
  },
}
