// Kela: a prokurist may act without a mandate only in the employer e-service and the
// occupational health reimbursement e-service.
import { REGISTER_ROLE_FACTS, SERVICES } from '../../knowledge/index.ts'
import type { Rule } from '../rule.ts'
import { certain } from '../rule.ts'
import { sentences } from '../text.ts'

const allowed = REGISTER_ROLE_FACTS.prokurist.services
const names = (lang: 'fi' | 'sv' | 'en', and: string) =>
  (allowed === 'all' ? [] : allowed).map((id) => SERVICES[id].names[lang] ?? SERVICES[id].names.fi).join(` ${and} `)

export const rule: Rule = {
  id: 'prokurist-limited',
  severity: 'blocking',
  fixedBy: 'organisation-admin',
  sources: REGISTER_ROLE_FACTS.prokurist.sources,
  links: ['kela-mandates', 'theme-list', 'valtuudet'],
  fires: (a) => (a.input.actingFor === 'own' && a.roleState === 'prokurist-limited' && a.chain === 'broken' ? [certain] : []),
  text: {
    fi: {
      title: () => 'Prokuristi tarvitsee tähän palveluun valtuuden',
      explanation: (c) => sentences(
        `Kelan mukaan prokuristi voi asioida ilman valtuutta vain näissä palveluissa: ${names('fi', 'ja')}.`,
        `Palveluun ${c.service} tarvitset organisaatioltasi asiointivaltuuden valtuusasialla ${c.theme}.`,
      ),
      steps: (c) => [`Pyydä organisaatiosi valtuuksien hallinnoijaa antamaan sinulle asiointivaltuus valtuusasialla ${c.theme}.`, c.grant, c.themeList],
    },
    sv: {
      title: () => 'En prokurist behöver fullmakt för den här tjänsten',
      explanation: (c) => sentences(
        `Enligt FPA kan en prokurist uträtta ärenden utan fullmakt bara i ${names('sv', 'och')}.`,
        `För ${c.service} behöver du en ärendefullmakt från din organisation med fullmaktsärendet ${c.theme}.`,
      ),
      steps: (c) => [`Be den som administrerar fullmakterna i din organisation att ge dig en ärendefullmakt med fullmaktsärendet ${c.theme}.`, c.grant, c.themeList],
    },
    en: {
      title: () => 'A prokurist needs a mandate for this service',
      explanation: (c) => sentences(
        `Kela says a holder of procuration (prokurist) can act without a mandate only in Kela's ${names('en', 'and in Kela\'s')}.`,
        `For ${c.service} you need a mandate for transactions from your organisation with the theme ${c.theme}.`,
      ),
      steps: (c) => [`Ask the person who manages your organisation's mandates to grant you a mandate for transactions with the theme ${c.theme}.`, c.grant, c.themeList],
    },
  },
}
