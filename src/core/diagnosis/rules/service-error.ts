// A technical error or maintenance page is not a mandate problem. If it persists, Kela's
// technical customer support is the contact.
import { KELA_TECHNICAL_SUPPORT } from '../../knowledge/index.ts'
import type { Rule } from '../rule.ts'
import { certain } from '../rule.ts'

export const rule: Rule = {
  id: 'service-error',
  severity: 'info',
  fixedBy: 'kela-support',
  sources: KELA_TECHNICAL_SUPPORT.sources,
  links: ['kela-support'],
  fires: (a) => (a.failure === 'service-error' ? [certain] : []),
}
