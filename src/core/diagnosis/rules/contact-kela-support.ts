// Kela's step 3: if the mandates, their type and any specifiers look right and access still
// fails, contact Kela's technical customer support (tekninentuki@kela.fi, 020 634 7787,
// weekdays 7-17). The texts also say what Kela cannot do: grant or fix an organisation's mandates.
import { KELA_GRANTS_NO_ORGANISATION_MANDATES, KELA_TECHNICAL_SUPPORT } from '../../knowledge/index.ts'
import type { Rule } from '../rule.ts'
import { likely } from '../rule.ts'
import { lackingThemes } from './missing-theme.ts'

const ACCESS_FAILURES = new Set(['cannot-enter', 'organisation-not-listed', 'function-denied'])

export const rule: Rule = {
  id: 'contact-kela-support',
  severity: 'info',
  fixedBy: 'kela-support',
  sources: [...KELA_TECHNICAL_SUPPORT.sources, ...KELA_GRANTS_NO_ORGANISATION_MANDATES.sources],
  links: ['kela-support', 'kela-troubleshooting'],
  fires: (a, fired) => {
    if (a.chain !== 'complete' || a.chainAssumed || a.openIdentity || a.failure === null || !ACCESS_FAILURES.has(a.failure)) return []
    const blocked = fired.has('not-strongly-identified') || fired.has('katso-ended') || fired.has('foreign-user-needs-uid')
    return blocked || lackingThemes(a).length > 0 ? [] : [likely]
  },
}
