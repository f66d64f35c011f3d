// A valtuuspyyntö becomes a mandate only when the assignor confirms it, and Suomi.fi does not
// notify the assignor of a request: Kela tells users to tell their mandate administrator.
import { defectHits } from '../hits.ts'
import type { Rule } from '../rule.ts'
import { sentences } from '../text.ts'

export const rule: Rule = {
  id: 'request-pending',
  severity: 'blocking',
  fixedBy: 'organisation-admin',
  sources: [
    'https://www.kela.fi/asiointi-ongelmatilanteet',
    'https://www.suomi.fi/ohjeet-ja-tuki/valtuudet/mika-on-suomifi-valtuudet/valtuuksien-sanasto',
    'https://www.kela.fi/etjanst-samarbetspartner-problemsituationer',
  ],
  links: ['valtuudet'],
  fires: (a) => defectHits(a, ['pending']),
  text: {
    fi: {
      title: () => 'Valtuuspyyntöä ei ole vielä hyväksytty',
      explanation: () => sentences(
        'Valtuutta on pyydetty, mutta pyyntö muuttuu valtuudeksi vasta, kun valtuuttaja hyväksyy sen.',
        'Suomi.fi ei ilmoita pyynnöstä, joten valtuuttaja ei ehkä tiedä siitä.',
      ),
      steps: (c) => [
        `Kerro pyynnöstä ${c.byClient ? 'asiakkaalle' : 'organisaatiosi valtuuksia hallinnoivalle henkilölle'}: pyyntö näkyy, kun hän kirjautuu Suomi.fi-valtuuksiin, ja hän voi hyväksyä sen siellä.`,
        c.check,
      ],
    },
    sv: {
      title: () => 'Begäran om fullmakt har inte godkänts ännu',
      explanation: () => sentences(
        'Fullmakten har begärts, men begäran blir en fullmakt först när fullmaktsgivaren godkänner den.',
        'Suomi.fi meddelar inte om begäran, så fullmaktsgivaren vet kanske inte om den.',
      ),
      steps: (c) => [
        `Berätta om begäran för ${c.byClient ? 'kunden' : 'den som administrerar fullmakterna i din organisation'}: begäran syns när hen loggar in i Suomi.fi-fullmakter och kan godkännas där.`,
        c.check,
      ],
    },
    en: {
      title: () => 'The mandate request has not been approved yet',
      explanation: () => sentences(
        'A mandate was requested, but a request becomes a mandate only when the assignor approves it.',
        'Suomi.fi does not notify the assignor of requests, so they may not know about it.',
      ),
      steps: (c) => [
        `Tell ${c.byClient ? 'the client' : 'the person who manages your organisation\'s mandates'} about the request: they see it when they log in to Suomi.fi e-Authorizations and can approve it there.`,
        c.check,
      ],
    },
  },
}
