// Kela: a municipality gives the asiointivaltuus to the joint municipal authority (or the other
// municipality) as an organisation, not to its employees; the authority then gives its staff
// edustamisvaltuudet. It eases managing mandates when staff change.
import type { Rule } from '../rule.ts'
import { likely } from '../rule.ts'
import { sentences } from '../text.ts'

export const rule: Rule = {
  id: 'kuntayhtyma-mandate-to-person',
  severity: 'advice',
  fixedBy: 'client',
  sources: [
    'https://www.kela.fi/el/-/hoida-suomi-fi-valtuudet-kuntoon-ennen-vuodenvaihdetta',
    'https://www.kela.fi/nl/yhteistyokumppanit-kunnat-lastenhoidon-tuen-laskutus',
  ],
  links: ['kela-mandates', 'mandate-types'],
  fires: (a) => {
    const type = a.input.organisation?.type
    if (a.input.actingFor !== 'client' || (type !== 'joint-municipal-authority' && type !== 'municipality') || a.clientId === undefined) return []
    const direct = a.input.mandates?.some((m) => m.holder === 'me' && m.mandator === a.clientId && m.type === 'asiointivaltuus')
    return direct ? [likely] : []
  },
  text: {
    fi: {
      title: () => 'Kunnan valtuus kuuluu organisaatiollesi, ei suoraan sinulle',
      explanation: (c) => sentences(
        `Sinulla on henkilökohtainen asiointivaltuus suoraan asiakkaalta${c.clientRef}.`,
        'Kelan ohjeen mukaan kunta antaa asiointivaltuuden kuntayhtymälle (tai toiselle kunnalle) organisaationa, ja sen valtuutusoikeuden saanut antaa työntekijöille edustamisvaltuuden. Näin valtuuksia on helpompi hallita henkilövaihdoksissa.',
      ),
      steps: (c) => [
        `Pyydä asiakasta antamaan asiointivaltuus organisaatiollesi valtuusasialla ${c.theme}.`,
        'Organisaatiosi valtuuksien hallinnoija antaa sen jälkeen sinulle edustamisvaltuuden.',
      ],
    },
    sv: {
      title: () => 'Kommunens fullmakt ska ges till din organisation, inte direkt till dig',
      explanation: (c) => sentences(
        `Du har en personlig ärendefullmakt direkt från kunden${c.clientRef}.`,
        'Enligt FPA ger kommunen ärendefullmakten till samkommunen (eller den andra kommunen) som organisation, och den som har fullmaktsrätt där ger de anställda representationsfullmakter. Då är fullmakterna lättare att hantera när personalen byts.',
      ),
      steps: (c) => [
        `Be kunden ge din organisation en ärendefullmakt med fullmaktsärendet ${c.theme}.`,
        'Den som administrerar fullmakterna i din organisation ger dig sedan en representationsfullmakt.',
      ],
    },
    en: {
      title: () => 'The municipality\'s mandate belongs to your organisation, not to you',
      explanation: (c) => sentences(
        `You hold a personal mandate for transactions directly from the client${c.clientRef}.`,
        'Kela says a municipality grants the mandate for transactions to the joint municipal authority (or the other municipality) as an organisation, whose mandate administrator then grants its staff mandates to represent. That keeps mandates manageable when staff change.',
      ),
      steps: (c) => [
        `Ask the client to grant your organisation a mandate for transactions with the theme ${c.theme}.`,
        'The person who manages your organisation\'s mandates then grants you a mandate to represent.',
      ],
    },
  },
}
