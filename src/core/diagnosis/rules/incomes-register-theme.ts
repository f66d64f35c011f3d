// Kela names this as a common mistake: an Incomes Register theme (e.g. "Etuustietojen katselu")
// chosen instead of Kela's own ("Etuustietojen katselu ja maksuvaatimusten rekisteröinti").
// Incomes Register themes work only in the Incomes Register.
import { brokenLinks, isIncomesRegisterTheme } from '../analyse.ts'
import { defectHits } from '../hits.ts'
import type { Rule } from '../rule.ts'

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
}
