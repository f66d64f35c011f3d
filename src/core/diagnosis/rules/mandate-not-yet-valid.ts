// The assignor sets the validity period; a mandate whose period starts later does not work yet.
import { defectHits } from '../hits.ts'
import type { Rule } from '../rule.ts'
import { sentences } from '../text.ts'

export const rule: Rule = {
  id: 'mandate-not-yet-valid',
  severity: 'blocking',
  fixedBy: 'organisation-admin',
  sources: [
    'https://dvv.fi/-/tilitoimisto-toimi-nain-jos-suomi.fi-valtuutesi-ovat-kadonneet',
    'https://www.suomi.fi/instructions-and-support/e-authorizations/using-suomifi-e-authorizations-as-a-person/granting-mandates-as-a-person/where-can-i-see-the-mandates-i-have-granted-or-received',
  ],
  links: ['valtuudet'],
  fires: (a) => defectHits(a, ['not-yet-valid']),
  text: {
    fi: {
      title: () => 'Valtuus ei ole vielä voimassa',
      explanation: (c) => sentences(`Valtuus, joka kattaisi tehtäväsi, tulee voimaan vasta ${c.date}.`, 'Sitä ennen palvelu ei hyväksy sitä.'),
      steps: (c) => [
        c.check,
        `Odota voimaantuloa, tai pyydä ${c.byClient ? 'asiakasta' : 'valtuuksien hallinnoijaa'} antamaan valtuus, joka on voimassa jo nyt.`,
      ],
    },
    sv: {
      title: () => 'Fullmakten gäller inte ännu',
      explanation: (c) => sentences(`Den fullmakt som skulle täcka din uppgift träder i kraft först ${c.date}.`, 'Innan dess godtar e-tjänsten den inte.'),
      steps: (c) => [
        c.check,
        `Vänta tills den gäller, eller be ${c.byClient ? 'kunden' : 'den som administrerar fullmakterna'} att ge en fullmakt som gäller redan nu.`,
      ],
    },
    en: {
      title: () => 'The mandate is not valid yet',
      explanation: (c) => sentences(`The mandate that would cover your task starts only on ${c.date}.`, 'Until then the e-service does not accept it.'),
      steps: (c) => [
        c.check,
        `Wait until it starts, or ask ${c.byClient ? 'the client' : 'the person who manages mandates'} to grant a mandate that is valid now.`,
      ],
    },
  },
}
