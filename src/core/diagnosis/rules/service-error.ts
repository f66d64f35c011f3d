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
  text: {
    fi: {
      title: () => 'Sivulla on tekninen virhe tai huoltokatko',
      explanation: () => 'Sivu näyttää teknistä virhettä tai huoltokatkoa. Se ei johdu valtuuksistasi.',
      steps: (c) => ['Yritä myöhemmin uudelleen.', `Jos virhe jatkuu: ${c.support}`],
    },
    sv: {
      title: () => 'Sidan visar ett tekniskt fel eller ett serviceavbrott',
      explanation: () => 'Sidan visar ett tekniskt fel eller ett serviceavbrott. Det beror inte på dina fullmakter.',
      steps: (c) => ['Försök igen senare.', `Om felet kvarstår: ${c.support}`],
    },
    en: {
      title: () => 'The page shows a technical error or maintenance',
      explanation: () => 'The page shows a technical error or a maintenance break. It is not caused by your mandates.',
      steps: (c) => ['Try again later.', `If the error persists: ${c.support}`],
    },
  },
}
