// Kela names this as a common mistake: an Incomes Register theme (e.g. "Etuustietojen katselu")
// chosen instead of Kela's own ("Etuustietojen katselu ja maksuvaatimusten rekisteröinti").
// Incomes Register themes work only in the Incomes Register.
import { brokenLinks, isIncomesRegisterTheme } from '../analyse.ts'
import { defectHits } from '../hits.ts'
import type { Rule } from '../rule.ts'
import { sentences } from '../text.ts'

export const rule: Rule = {
  id: 'incomes-register-theme',
  severity: 'blocking',
  fixedBy: 'organisation-admin',
  sources: [
    'https://www.kela.fi/el/-/hoida-suomi-fi-valtuudet-kuntoon-ennen-vuodenvaihdetta',
    'https://www.vero.fi/tulorekisteri/yritykset-ja-organisaatiot/suorituksen-maksajat/valtuutus/valtuuskoodit/',
  ],
  links: ['theme-list', 'kela-mandates'],
  fires: (a) => {
    const hits = defectHits(a, ['incomes-register-theme'])
    if (hits.length === 0) return hits
    const held = new Set<string>()
    for (const link of brokenLinks(a)) for (const m of link.mandates) for (const theme of m.themes) if (isIncomesRegisterTheme(theme)) held.add(theme.trim())
    return hits.map((hit) => ({ ...hit, incomesRegister: [...held] }))
  },
  text: {
    fi: {
      title: () => 'Sinulla on Tulorekisterin valtuusasia, ei Kelan',
      explanation: (c) => sentences(
        `${c.byClient ? 'Asiakkaan organisaatiollesi antamassa valtuudessa' : 'Valtuudessasi'} on Tulorekisterin valtuusasia ${c.incomesRegister}. Se toimii vain Tulorekisterissä, ei Kelan palveluissa.`,
        `Palvelu ${c.service} tarvitsee Kelan valtuusasian ${c.theme}.`,
        c.themeNote,
      ),
      steps: (c) => [
        c.check,
        `Pyydä valtuuden antajaa antamaan valtuus Kelan valtuusasialla ${c.theme}. Tulorekisterin valtuusasian voi pitää, jos sitä tarvitaan Tulorekisterissä.`,
        c.themeList,
      ],
    },
    sv: {
      title: () => 'Du har inkomstregistrets fullmaktsärende, inte FPA:s',
      explanation: (c) => sentences(
        `${c.byClient ? 'Fullmakten som kunden gav din organisation' : 'Din fullmakt'} har inkomstregistrets fullmaktsärende ${c.incomesRegister}. Det gäller bara i inkomstregistret, inte i FPA:s e-tjänster.`,
        `I ${c.service} behövs FPA:s fullmaktsärende ${c.theme}.`,
        c.themeNote,
      ),
      steps: (c) => [
        c.check,
        `Be den som ger fullmakten att ge en fullmakt med FPA:s fullmaktsärende ${c.theme}. Inkomstregistrets fullmaktsärende kan vara kvar om det behövs i inkomstregistret.`,
        c.themeList,
      ],
    },
    en: {
      title: () => 'You hold an Incomes Register theme, not Kela\'s',
      explanation: (c) => sentences(
        `${c.byClient ? 'The mandate the client gave your organisation' : 'Your mandate'} has the Incomes Register theme ${c.incomesRegister}. It works only in the Incomes Register, not in Kela's e-services.`,
        `In ${c.service} you need Kela's mandate theme ${c.theme}.`,
        c.themeNote,
      ),
      steps: (c) => [
        c.check,
        `Ask whoever grants the mandate to grant one with Kela's theme ${c.theme}. The Incomes Register theme can stay if it is needed in the Incomes Register.`,
        c.themeList,
      ],
    },
  },
}
