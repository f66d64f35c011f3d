// Without a Finnish personal identity code a person must register a UID in the Finnish
// Authenticator app before anyone can give them a mandate (required in the employer e-service
// since 26.9.2020; passport or EU/EEA/Swiss ID card, not a driving licence).
import type { Rule } from '../rule.ts'
import { certain } from '../rule.ts'

export const rule: Rule = {
  id: 'foreign-user-needs-uid',
  severity: 'blocking',
  fixedBy: 'me',
  sources: [
    'https://www.kela.fi/web/sv/suomi.fi-ersatter-katso-tjansten?inheritRedirect=true',
    'https://www.kela.fi/fi_FI/tyonantajat-kansainvalinen-tyo-ajankohtaista/-/asset_publisher/1QiI22Yc8J4n/content/ulkomaan-kansalainen-tarvitsee-kelan-tyonantaja-asiointiin-finnish-authenticator-sovelluksen-ja-suomi-fi-valtuudet-26-9-2020-alkaen',
    'https://dvv.fi/-/finnish-authenticator?languageId=en_US',
  ],
  links: ['valtuudet'],
  fires: (a) => (a.input.user?.identityCode === 'none' ? [certain] : []),
  text: {
    fi: {
      title: () => 'Tarvitset Finnish Authenticator -tunnisteen (UID)',
      explanation: () => 'Ilman suomalaista henkilötunnusta sinulle ei voi antaa Suomi.fi-valtuutta. Rekisteröidy ensin Finnish Authenticator -sovellukseen: saat UID-tunnisteen, jolla sinut voidaan valtuuttaa ja jolla kirjaudut.',
      steps: () => [
        'Asenna Finnish Authenticator ja rekisteröidy passilla tai EU-, ETA-maan tai Sveitsin henkilökortilla (ajokortti ei käy).',
        'Kerro UID-tunnisteesi organisaatiosi valtuuksien antajalle, joka antaa sinulle valtuuden.',
        'Kirjaudu Kelan palveluun Finnish Authenticatorilla.',
      ],
    },
    sv: {
      title: () => 'Du behöver en UID-kod i Finnish Authenticator',
      explanation: () => 'Utan finsk personbeteckning kan du inte få en Suomi.fi-fullmakt. Registrera dig först i appen Finnish Authenticator: du får en UID-kod som du kan befullmäktigas med och som du loggar in med.',
      steps: () => [
        'Installera Finnish Authenticator och registrera dig med pass eller identitetskort från ett EU- eller EES-land eller Schweiz (körkort duger inte).',
        'Ge din UID-kod till den som ger fullmakter i din organisation, så att hen kan ge dig en fullmakt.',
        'Logga in i FPA:s e-tjänst med Finnish Authenticator.',
      ],
    },
    en: {
      title: () => 'You need a Finnish Authenticator ID (UID)',
      explanation: () => 'Without a Finnish personal identity code you cannot be given a Suomi.fi mandate. Register in the Finnish Authenticator app first: you get a UID that you can be mandated with and log in with.',
      steps: () => [
        'Install Finnish Authenticator and register with a passport or an identity card from an EU or EEA country or Switzerland (a driving licence is not accepted).',
        'Give your UID to the person who grants mandates in your organisation so that they can grant you one.',
        'Log in to the Kela e-service with Finnish Authenticator.',
      ],
    },
  },
}
