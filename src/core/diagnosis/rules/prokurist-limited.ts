// Kela: a prokurist may act without a mandate only in the employer e-service and the
// occupational health reimbursement e-service.
import { REGISTER_ROLE_FACTS, SERVICES } from '../../knowledge/index.ts'
import type { Rule } from '../rule.ts'
import { certain } from '../rule.ts'

const allowed = REGISTER_ROLE_FACTS.prokurist.services
/** The services where a prokurist may act without a mandate, named for the texts (lang/*.ts). */
export const prokuristServices = (lang: 'fi' | 'sv' | 'en', and: string): string =>
  (allowed === 'all' ? [] : allowed).map((id) => SERVICES[id].names[lang] ?? SERVICES[id].names.fi).join(` ${and} `)

export const rule: Rule = {
  id: 'prokurist-limited',
  severity: 'blocking',
  fixedBy: 'organisation-admin',
  sources: REGISTER_ROLE_FACTS.prokurist.sources,
  links: ['kela-mandates', 'theme-list', 'valtuudet'],
  fires: (a) => (a.input.actingFor === 'own' && a.roleState === 'prokurist-limited' && a.chain === 'broken' ? [certain] : []),
}
