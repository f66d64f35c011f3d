// Hand-made engine results for the findings gallery (contract example 01: an accounting-firm
// employee acting for a client with an asiointivaltuus where an edustamisvaltuus is needed).
// Test data in the shape of the contract, so the popup's findings can be checked in Chromium
// before the real engine (issue 3) lands; the facts in the texts follow kela-mandates.md.
import type { Lang } from '../../../src/core/contract/ids.ts'
import type { Finding, Result } from '../../../src/core/contract/result.ts'

const THEME = 'Palvelussuhteeseen liittyvien etuuksien hakeminen'
const VALTUUDET = { fi: 'https://www.suomi.fi/valtuudet', sv: 'https://www.suomi.fi/fullmakter', en: 'https://www.suomi.fi/e-authorizations' }
const SOURCE = 'https://www.kela.fi/asiointi-ongelmatilanteet'

const TEXT: Record<Lang, { edustamis: [string, string, string[]]; client: [string, string, string[]]; soon: [string, string]; support: [string, string]; role: [string, string] }> = {
  fi: {
    edustamis: ['Tarvitset edustamisvaltuuden, ei asiointivaltuutta', 'Hoidat asiakkaan asioita. Tilitoimiston pitää antaa sinulle edustamisvaltuus, jonka valtuusasia on ' + THEME + '.',
      ['Pyydä tilitoimistosi valtuuksista vastaavaa antamaan sinulle edustamisvaltuus.', `Valtuusasia: ${THEME}.`, 'Jos valtuus rajataan Y-tunnuksilla, rajaukseen pitää kuulua asiakkaan Y-tunnus 9603082-8.']],
    client: ['Tarkista, että asiakas on valtuuttanut tilitoimiston', 'Asiakkaan pitää antaa tilitoimistolle asiointivaltuus samaan valtuusasiaan.', ['Pyydä asiakasta tarkistamaan Valtuudet-palvelusta, että tilitoimistolla on asiointivaltuus.']],
    soon: ['Valtuutesi päättyy pian', 'Valtuutta ei uusita automaattisesti eikä Suomi.fi muistuta päättymisestä.'],
    support: ['Jos valtuudet ovat kunnossa, ota yhteyttä Kelaan', 'Kelan tekninen asiakastuki voi selvittää tilanteen.'],
    role: ['Voit asioida ilman valtuutta', 'Toimitusjohtajana voit asioida oman yrityksesi puolesta ilman valtuutta.'],
  },
  sv: {
    edustamis: ['Du behöver en representationsfullmakt, inte en ärendefullmakt', 'Du sköter en kunds ärenden. Bokföringsbyrån ska ge dig en representationsfullmakt för fullmaktsärendet Ansöka om förmåner i samband med anställningsförhållande.',
      ['Be den som sköter fullmakterna på din bokföringsbyrå att ge dig en representationsfullmakt.', 'Fullmaktsärende: Ansöka om förmåner i samband med anställningsförhållande.', 'Om fullmakten begränsas med FO-nummer ska kundens FO-nummer 9603082-8 ingå.']],
    client: ['Kontrollera att kunden har befullmäktigat byrån', 'Kunden ska ge bokföringsbyrån en ärendefullmakt för samma fullmaktsärende.', ['Be kunden kontrollera i tjänsten Fullmakter att byrån har en ärendefullmakt.']],
    soon: ['Din fullmakt upphör snart', 'Fullmakten förnyas inte automatiskt och Suomi.fi påminner inte om att den upphör.'],
    support: ['Om fullmakterna är i ordning, kontakta FPA', 'FPA:s tekniska kundtjänst kan utreda saken.'],
    role: ['Du kan sköta ärenden utan fullmakt', 'Som verkställande direktör kan du sköta ditt eget företags ärenden utan fullmakt.'],
  },
  en: {
    edustamis: ['You need a mandate to represent, not a mandate for transactions', `You handle a client's business. Your accounting firm must give you a mandate to represent (edustamisvaltuus) for the theme ${THEME}.`,
      ["Ask your firm's mandate administrator to give you a mandate to represent.", `Theme: ${THEME}.`, "If the mandate is limited by Y-tunnus, the limit must include the client's Y-tunnus 9603082-8."]],
    client: ['Check that the client has mandated your firm', 'The client must give your firm a mandate for transactions for the same theme.', ['Ask the client to check in Valtuudet that your firm holds a mandate for transactions.']],
    soon: ['Your mandate ends soon', 'Mandates are not renewed automatically, and Suomi.fi sends no reminder.'],
    support: ['If your mandates are right, contact Kela', 'Kela technical support can look into it.'],
    role: ['You can act without a mandate', 'As managing director you can act for your own company without a mandate.'],
  },
}

const finding = (lang: Lang, id: Finding['id'], severity: Finding['severity'], fixedBy: Finding['fixedBy'], certainty: Finding['certainty'], title: string, explanation: string, steps: string[] = []): Finding => ({
  id, severity, certainty, fixedBy, title, explanation, steps,
  links: fixedBy === 'kela-support' ? [] : [{ label: 'Suomi.fi Valtuudet', url: VALTUUDET[lang] }], sources: [SOURCE],
})

export function blockingResult(lang: Lang): Result {
  const t = TEXT[lang]
  return {
    verdict: 'cannot-access', service: 'employer', questions: [],
    findings: [
      finding(lang, 'contact-kela-support', 'info', 'kela-support', 'certain', ...t.support),
      finding(lang, 'expires-soon', 'warning', 'organisation-admin', 'certain', ...t.soon),
      finding(lang, 'needs-edustamisvaltuus', 'blocking', 'organisation-admin', 'certain', ...t.edustamis),
      finding(lang, 'client-mandate-missing', 'blocking', 'client', 'likely', ...t.client),
    ],
  }
}

export function canAccessResult(lang: Lang): Result {
  return { verdict: 'can-access', service: 'employer', questions: [], findings: [finding(lang, 'acts-by-register-role', 'info', 'me', 'certain', ...TEXT[lang].role)] }
}
