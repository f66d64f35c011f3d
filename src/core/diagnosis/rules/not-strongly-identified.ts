// Kela's organisation e-services need strong Suomi.fi e-Identification (bank codes, mobile
// certificate, certificate card; foreigners the Finnish Authenticator where the service allows it).
import type { Rule } from '../rule.ts'
import { certain } from '../rule.ts'
import { sentences } from '../text.ts'

export const rule: Rule = {
  id: 'not-strongly-identified',
  severity: 'blocking',
  fixedBy: 'me',
  sources: [
    'https://kansanelakelaitos.fi/asiointi-tyonantajat',
    'https://www.kela.fi/hu/asiointi-tyonantajat',
    'https://www.kela.fi/etjanst-samarbetspartner-inloggning-och-fullmakter',
  ],
  links: ['kela-troubleshooting'],
  fires: (a) => {
    const identification = a.input.user?.identification
    return identification === 'weak' || identification === 'none' ? [certain] : []
  },
  text: {
    fi: {
      title: () => 'Kirjaudu vahvalla tunnistautumisella',
      explanation: (c) => sentences(
        `Palveluun ${c.service} kirjaudutaan vahvalla Suomi.fi-tunnistautumisella omilla tunnistusvälineilläsi.`,
        'Ilman vahvaa tunnistautumista et pääse palveluun, vaikka valtuudet olisivat kunnossa.',
      ),
      steps: () => [
        'Kirjaudu uudelleen henkilökohtaisilla pankkitunnuksillasi, mobiilivarmenteella tai varmennekortilla.',
        'Jos sinulla ei ole suomalaista henkilötunnusta, käytä Finnish Authenticator -sovellusta, jos palvelu hyväksyy sen.',
      ],
    },
    sv: {
      title: () => 'Logga in med stark autentisering',
      explanation: (c) => sentences(
        `Till ${c.service} loggar man in med stark Suomi.fi-identifikation med sina egna identifieringsverktyg.`,
        'Utan stark identifiering kommer du inte in, även om fullmakterna är i ordning.',
      ),
      steps: () => [
        'Logga in på nytt med dina personliga nätbankskoder, mobilcertifikat eller certifikatkort.',
        'Om du inte har en finsk personbeteckning, använd appen Finnish Authenticator om e-tjänsten godtar den.',
      ],
    },
    en: {
      title: () => 'Log in with strong identification',
      explanation: (c) => sentences(
        `You log in to ${c.service} with strong Suomi.fi e-Identification, using your own means of identification.`,
        'Without strong identification you cannot get in, even if your mandates are in order.',
      ),
      steps: () => [
        'Log in again with your personal online banking codes, a mobile certificate or a certificate card.',
        'If you have no Finnish personal identity code, use the Finnish Authenticator app where the e-service accepts it.',
      ],
    },
  },
}
