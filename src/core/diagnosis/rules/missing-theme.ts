// Mandates are per service and per task: the right organisation and type, but not the theme the
// task needs. Without a task, a refused function (symptom or page kind `function-denied`) means
// the user lacks one of the service's themes (certainty `likely`).
import { KELA_THEMES, SERVICES, type KelaThemeId } from '../../knowledge/index.ts'
import type { Analysis } from '../analyse.ts'
import { themeIdOf, workingLinks } from '../analyse.ts'
import { defectHits } from '../hits.ts'
import type { Hit, Rule } from '../rule.ts'

/** The service's themes the user cannot use, when a function was denied and no task is known. */
export function lackingThemes(a: Analysis): KelaThemeId[] {
  if (a.chain !== 'complete' || a.viaRole || a.requirement.kind !== 'any' || a.failure !== 'function-denied') return []
  if (a.service === null || a.chainAssumed) return []
  // Themes usable through the path: on the firm path, those both links carry.
  const carriedByLink = workingLinks(a).map((link) => {
    const carried = new Set<KelaThemeId>()
    for (const m of link.mandates) for (const name of m.themes) {
      const id = themeIdOf(name)
      if (id) carried.add(id)
    }
    return carried
  })
  const usable = (id: KelaThemeId) => carriedByLink.length > 0 && carriedByLink.every((carried) => carried.has(id))
  return SERVICES[a.service].themes.filter((id) => !usable(id) && KELA_THEMES[id].status === 'confirmed')
}

export const rule: Rule = {
  id: 'missing-theme',
  severity: 'blocking',
  fixedBy: 'organisation-admin',
  sources: [
    'https://www.kela.fi/tyonantajien-valtuusasiat',
    'https://www.kela.fi/asiointi-ongelmatilanteet',
    // A theme or a specifier cannot be added to a mandate already given: a new mandate is needed.
    'https://www.vero.fi/en/incomes-register/companies-and-organisations/employers/authorisation/defining-specifier/customer-id-as-a-defining-specifier-for-a-mandate-to-represent/',
    'https://www.vero.fi/tulorekisteri/yritykset-ja-organisaatiot/asioi-sahkoisesti/valtuuta/tarkenne/',
    'https://www.kela.fi/cs/ajankohtaista/-/asset_publisher/mHBZ5fHNro4S/content/kelmun-kayttoon-tarvitaan-suomi-fi-valtuudet-1-2-alkaen-hoida-valtuudet-kuntoon-mahdollisimman-pian',
  ],
  links: ['theme-list', 'kela-mandates', 'valtuudet'],
  fires: (a) => {
    const hits = defectHits(a, ['theme'], ['own', 'organisation-to-me', 'client-to-me'])
    const lacking = lackingThemes(a)
    if (lacking.length > 0) hits.push({ certainty: 'likely', lacking } satisfies Hit)
    return hits
  },
}
