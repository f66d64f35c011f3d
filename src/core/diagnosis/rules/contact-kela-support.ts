// Kela's step 3: if the mandates, their type and any specifiers look right and access still
// fails, contact Kela's technical customer support (tekninentuki@kela.fi, 020 634 7787,
// weekdays 7-17).
import { KELA_TECHNICAL_SUPPORT } from '../../knowledge/index.ts'
import type { Rule } from '../rule.ts'
import { likely } from '../rule.ts'
import { sentences } from '../text.ts'
import { lackingThemes } from './missing-theme.ts'

const ACCESS_FAILURES = new Set(['cannot-enter', 'organisation-not-listed', 'function-denied'])

export const rule: Rule = {
  id: 'contact-kela-support',
  severity: 'info',
  fixedBy: 'kela-support',
  sources: KELA_TECHNICAL_SUPPORT.sources,
  links: ['kela-support', 'kela-troubleshooting'],
  fires: (a, fired) => {
    if (a.chain !== 'complete' || a.chainAssumed || a.openIdentity || a.failure === null || !ACCESS_FAILURES.has(a.failure)) return []
    const blocked = fired.has('not-strongly-identified') || fired.has('katso-ended') || fired.has('foreign-user-needs-uid')
    return blocked || lackingThemes(a).length > 0 ? [] : [likely]
  },
  text: {
    fi: {
      title: () => 'Valtuudet näyttävät olevan kunnossa: ota yhteyttä Kelan tekniseen tukeen',
      explanation: () => sentences(
        'Valtuudet, valtuustyyppi ja mahdolliset rajaustarkenteet näyttävät olevan kunnossa, mutta asiointi ei silti onnistu.',
        'Kelan ohjeen mukaan ota silloin yhteyttä Kelan tekniseen asiakastukeen.',
      ),
      steps: (c) => [c.support, 'Kerro palvelun nimi, mitä yritit tehdä ja mitä näytöllä luki.'],
    },
    sv: {
      title: () => 'Fullmakterna verkar vara i ordning: kontakta FPA:s tekniska kundsupport',
      explanation: () => sentences(
        'Fullmakterna, fullmaktstypen och eventuella specifikationer verkar vara i ordning, men det går ändå inte att uträtta ärenden.',
        'Enligt FPA:s anvisning ska du då kontakta FPA:s tekniska kundsupport.',
      ),
      steps: (c) => [c.support, 'Berätta vilken e-tjänst det gäller, vad du försökte göra och vad som stod på skärmen.'],
    },
    en: {
      title: () => 'Your mandates look right: contact Kela\'s technical support',
      explanation: () => sentences(
        'Your mandates, their type and any specifiers look right, but access still fails.',
        'Kela\'s instructions say to contact Kela\'s technical customer support in that case.',
      ),
      steps: (c) => [c.support, 'Tell them which e-service it is, what you tried to do and what the screen said.'],
    },
  },
}
