// Acting for a client: the client must first give the user's organisation (its Y-tunnus) an
// asiointivaltuus with the theme. A person in the firm with edustajan valtuutusoikeus can also
// send the client a mandate request.
import { brokenLinks } from '../analyse.ts'
import type { Rule } from '../rule.ts'
import { sentences } from '../text.ts'

export const rule: Rule = {
  id: 'client-mandate-missing',
  severity: 'blocking',
  fixedBy: 'client',
  sources: [
    'https://www.kela.fi/asiointi-ongelmatilanteet',
    'https://www.kela.fi/el/katson-korvaaminen',
    'https://dvv.fi/virkailijavaltuuttamispalvelu',
  ],
  links: ['valtuudet', 'theme-list'],
  fires: (a) => {
    const link = brokenLinks(a).find((l) => l.id === 'client-to-organisation')
    const missing = link?.defects.some((d) => d === 'none' || d === 'theme' || d === 'needs-asiointivaltuus' || d === 'grant-right')
    return link && missing ? [{ certainty: link.assumed ? 'likely' : 'certain' }] : []
  },
  text: {
    fi: {
      title: () => 'Asiakas ei ole antanut organisaatiollesi tarvittavaa valtuutta',
      explanation: (c) => sentences(
        `Jotta voit hoitaa asiakkaan asioita, ${c.client} antaa ensin organisaatiollesi asiointivaltuuden valtuusasialla ${c.theme}.`,
        'Organisaatiosi saamista valtuuksista sellaista ei löydy.',
        c.themeNote,
      ),
      steps: (c) => [
        c.checkOrganisation,
        `Pyydä asiakasta antamaan organisaatiollesi (sen Y-tunnukselle) asiointivaltuus valtuusasialla ${c.theme}. Organisaatiossasi edustajan valtuutusoikeuden saanut voi myös lähettää asiakkaalle valtuuspyynnön.`,
        c.themeList,
      ],
    },
    sv: {
      title: () => 'Kunden har inte gett din organisation den fullmakt som behövs',
      explanation: (c) => sentences(
        `För att du ska kunna sköta kundens ärenden måste ${c.client} först ge din organisation en ärendefullmakt med fullmaktsärendet ${c.theme}.`,
        'Bland de fullmakter din organisation har fått finns ingen sådan.',
        c.themeNote,
      ),
      steps: (c) => [
        c.checkOrganisation,
        `Be kunden ge din organisation (dess FO-nummer) en ärendefullmakt med fullmaktsärendet ${c.theme}. Den som har representantens fullmaktsrätt i din organisation kan också skicka kunden en begäran om fullmakt.`,
        c.themeList,
      ],
    },
    en: {
      title: () => 'The client has not granted your organisation the mandate needed',
      explanation: (c) => sentences(
        `Before you can act for the client, ${c.client} must grant your organisation a mandate for transactions with the theme ${c.theme}.`,
        'Your organisation\'s received mandates include no such mandate.',
        c.themeNote,
      ),
      steps: (c) => [
        c.checkOrganisation,
        `Ask the client to grant your organisation (its Business ID) a mandate for transactions with the theme ${c.theme}. Someone in your organisation with the representative's right to grant a mandate can also send the client a mandate request.`,
        c.themeList,
      ],
    },
  },
}
