// Kela: people with certain roles in the Trade Register, the Register of Associations or YTJ
// (trader, liquidator, CEO and deputies, chair of an Oy/As Oy; a prokurist in two services) may
// use Kela's e-services for their own organisation without a mandate.
import { REGISTER_ROLE_FACTS } from '../../knowledge/index.ts'
import type { Rule } from '../rule.ts'
import { certain } from '../rule.ts'
import { sentences } from '../text.ts'

export const rule: Rule = {
  id: 'acts-by-register-role',
  severity: 'info',
  fixedBy: 'me',
  sources: [...REGISTER_ROLE_FACTS.ceo.sources, 'https://www.kela.fi/el/katson-korvaaminen'],
  links: ['kela-mandates'],
  fires: (a) => (a.input.actingFor === 'own' && a.roleState === 'exempt' ? [certain] : []),
  text: {
    fi: {
      title: () => 'Voit asioida ilman valtuutta roolisi perusteella',
      explanation: (c) => sentences(
        `Olet kaupparekisteriin, yhdistysrekisteriin tai YTJ:hin merkitty ${c.role}.`,
        `Kelan mukaan voit siksi asioida oman organisaatiosi puolesta palvelussa ${c.service} ilman erillistä valtuutta.`,
      ),
      steps: () => ['Asiakkaan asioihin tarvitset silti edustamisvaltuuden, jonka voit antaa myös itsellesi.'],
    },
    sv: {
      title: () => 'Du kan uträtta ärenden utan fullmakt tack vare din roll',
      explanation: (c) => sentences(
        `Du är registrerad som ${c.role} i handelsregistret, föreningsregistret eller FODS.`,
        `Enligt FPA kan du därför sköta din egen organisations ärenden i ${c.service} utan fullmakt.`,
      ),
      steps: () => ['För kunders ärenden behöver du ändå en representationsfullmakt, som du också kan ge dig själv.'],
    },
    en: {
      title: () => 'Your register role lets you act without a mandate',
      explanation: (c) => sentences(
        `You are registered as ${c.role} in the Trade Register, the Register of Associations or the Business Information System.`,
        `Kela says you can therefore act for your own organisation in ${c.service} without a mandate.`,
      ),
      steps: () => ['For clients\' matters you still need a mandate to represent, which you can also grant to yourself.'],
    },
  },
}
