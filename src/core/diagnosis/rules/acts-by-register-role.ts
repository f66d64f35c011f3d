// Kela: people with certain roles in the Trade Register, the Register of Associations or YTJ
// (trader, liquidator, CEO and deputies, chair of an Oy/As Oy; a prokurist in two services) may
// use Kela's e-services for their own organisation without a mandate.
import { REGISTER_ROLE_FACTS } from '../../knowledge/index.ts'
import type { Rule } from '../rule.ts'
import { certain } from '../rule.ts'

export const rule: Rule = {
  id: 'acts-by-register-role',
  severity: 'info',
  fixedBy: 'me',
  sources: [...REGISTER_ROLE_FACTS.ceo.sources, 'https://www.kela.fi/el/katson-korvaaminen'],
  links: ['kela-mandates'],
  fires: (a) => (a.input.actingFor === 'own' && a.roleState === 'exempt' ? [certain] : []),
}
