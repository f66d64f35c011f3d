// In the occupational health reimbursement service a mandate can be limited to workplaces by a
// number the organisation chooses itself (toimipaikkatarkenne).
import { VALTUUDET_UI } from '../../knowledge/index.ts'
import { defectHits } from '../hits.ts'
import type { Rule } from '../rule.ts'
import { sentences } from '../text.ts'

export const rule: Rule = {
  id: 'restriction-excludes-workplace',
  severity: 'blocking',
  fixedBy: 'organisation-admin',
  sources: [
    'https://www.kela.fi/web/sv/arbetsgivare-etjanst-foretagshalsovard',
    'https://www.kela.fi/web/sv/fullmaktskoder-for-arbetsgivare',
    'https://www.kela.fi/asiointi-ongelmatilanteet',
  ],
  links: ['valtuudet', 'kela-mandates'],
  fires: (a) => defectHits(a, ['workplace-restriction']),
  text: {
    fi: {
      title: () => 'Valtuutesi on rajattu toiseen toimipaikkaan',
      explanation: (c) => sentences(
        'Työterveyshuollon korvausten asiointipalvelussa valtuuden voi rajata toimipaikkatarkenteella, joka on organisaation itse valitsema numero.',
        `Valtuutesi tarkenne ei sisällä toimipaikkaa ${c.workplace}.`,
      ),
      steps: (c) => [
        c.check,
        `Pyydä ${c.byClient ? 'asiakasta' : 'valtuuksien hallinnoijaa'} lisäämään toimipaikka ${c.workplace} valtuuden tarkenteeseen (kohta ”${VALTUUDET_UI.specifier.fi}”) tai antamaan valtuus ilman toimipaikkarajausta.`,
      ],
    },
    sv: {
      title: () => 'Din fullmakt är begränsad till ett annat verksamhetsställe',
      explanation: (c) => sentences(
        'I e-tjänsten för ersättningar för företagshälsovård kan en fullmakt begränsas till verksamhetsställen med ett nummer som organisationen själv bestämmer.',
        `Specifikationen i din fullmakt omfattar inte verksamhetsställe ${c.workplace}.`,
      ),
      steps: (c) => [
        c.check,
        `Be ${c.byClient ? 'kunden' : 'den som administrerar fullmakterna'} att lägga till verksamhetsställe ${c.workplace} i fullmaktens specifikation (punkten ”${VALTUUDET_UI.specifier.sv}”) eller ge en fullmakt utan begränsning till verksamhetsställe.`,
      ],
    },
    en: {
      title: () => 'Your mandate is limited to another workplace',
      explanation: (c) => sentences(
        'In the e-service for reimbursements for occupational health care costs, a mandate can be limited to workplaces by a number the organisation chooses itself.',
        `The specifier of your mandate does not include workplace ${c.workplace}.`,
      ),
      steps: (c) => [
        c.check,
        `Ask ${c.byClient ? 'the client' : 'the person who manages mandates'} to add workplace ${c.workplace} to the mandate's specifier, or to grant a mandate without a workplace limit.`,
      ],
    },
  },
}
