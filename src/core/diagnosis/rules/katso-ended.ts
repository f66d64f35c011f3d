// Katso ended: DVV closed it on 31.12.2020 and Kela's organisation e-services require Suomi.fi
// mandates from 1.2.2021. Katso roles were not carried over; mandates had to be created again.
import { KEY_DATES } from '../../knowledge/index.ts'
import type { Rule } from '../rule.ts'
import { certain } from '../rule.ts'
import { formatDate, sentences } from '../text.ts'

const ended = KEY_DATES.katsoServiceEnded.date
const required = KEY_DATES.suomiFiMandatesRequired.date

export const rule: Rule = {
  id: 'katso-ended',
  severity: 'blocking',
  fixedBy: 'me',
  sources: [
    ...KEY_DATES.katsoServiceEnded.sources,
    ...KEY_DATES.suomiFiMandatesRequired.sources,
    'https://www.kela.fi/el/katson-korvaaminen',
  ],
  links: ['dvv-guide', 'theme-list', 'kela-mandates'],
  fires: (a) => (a.input.user?.identification === 'katso' ? [certain] : []),
  text: {
    fi: {
      title: () => 'Katso-tunnisteet eivät enää toimi Kelassa',
      explanation: (c) => sentences(
        `Katso-palvelu päättyi ${formatDate(c.lang, ended)}, ja Kelan organisaatioiden asiointipalveluihin tarvitaan ${formatDate(c.lang, required)} alkaen Suomi.fi-tunnistautuminen ja Suomi.fi-valtuudet.`,
        'Katso-roolit eivät siirtyneet Suomi.fi-valtuuksiksi, vaan valtuudet piti antaa uudelleen.',
      ),
      steps: (c) => [
        'Kirjaudu omilla pankkitunnuksillasi, mobiilivarmenteella tai varmennekortilla.',
        `Pyydä organisaatioltasi Suomi.fi-valtuus, jossa on valtuusasia ${c.theme}.`,
        c.themeList,
      ],
    },
    sv: {
      title: () => 'Katso-koder fungerar inte längre hos FPA',
      explanation: (c) => sentences(
        `Katso-tjänsten upphörde ${formatDate(c.lang, ended)}, och från ${formatDate(c.lang, required)} krävs Suomi.fi-identifikation och Suomi.fi-fullmakter i FPA:s e-tjänster för organisationer.`,
        'Katso-rollerna fördes inte över till Suomi.fi-fullmakter, utan fullmakterna måste ges på nytt.',
      ),
      steps: (c) => [
        'Logga in med dina nätbankskoder, mobilcertifikat eller certifikatkort.',
        `Be din organisation om en Suomi.fi-fullmakt med fullmaktsärendet ${c.theme}.`,
        c.themeList,
      ],
    },
    en: {
      title: () => 'Katso IDs no longer work at Kela',
      explanation: (c) => sentences(
        `The Katso service ended on ${formatDate(c.lang, ended)}, and since ${formatDate(c.lang, required)} Kela's e-services for organisations need Suomi.fi e-Identification and Suomi.fi mandates.`,
        'Katso roles were not carried over: the mandates had to be granted again.',
      ),
      steps: (c) => [
        'Log in with your online banking codes, a mobile certificate or a certificate card.',
        `Ask your organisation for a Suomi.fi mandate with the mandate theme ${c.theme}.`,
        c.themeList,
      ],
    },
  },
}
