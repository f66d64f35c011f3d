// Mandates are per service and per task: the right organisation and type, but not the theme the
// task needs. Without a task, a refused function (symptom or page kind `function-denied`) means
// the user lacks one of the service's themes (certainty `likely`).
import { KELA_THEMES, SERVICES, type KelaThemeId } from '../../knowledge/index.ts'
import type { Analysis } from '../analyse.ts'
import { themeIdOf, workingLinks } from '../analyse.ts'
import { defectHits } from '../hits.ts'
import type { Hit, Rule } from '../rule.ts'
import { sentences } from '../text.ts'

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
    'https://www.kela.fi/cs/ajankohtaista/-/asset_publisher/mHBZ5fHNro4S/content/kelmun-kayttoon-tarvitaan-suomi-fi-valtuudet-1-2-alkaen-hoida-valtuudet-kuntoon-mahdollisimman-pian',
  ],
  links: ['theme-list', 'kela-mandates', 'valtuudet'],
  fires: (a) => {
    const hits = defectHits(a, ['theme'], ['own', 'organisation-to-me', 'client-to-me'])
    const lacking = lackingThemes(a)
    if (lacking.length > 0) hits.push({ certainty: 'likely', lacking } satisfies Hit)
    return hits
  },
  text: {
    fi: {
      title: () => 'Valtuudestasi puuttuu tarvittava valtuusasia',
      explanation: (c) => c.lacking
        ? sentences('Pääsit palveluun, mutta toiminto estettiin.', `Valtuuksistasi puuttuvat nämä palvelun ${c.service} valtuusasiat: ${c.lacking}. Tehtäväsi tarvitsee todennäköisesti jonkin niistä.`)
        : sentences(`Valtuudessasi ei ole valtuusasiaa ${c.theme}, jota tämä tehtävä palvelussa ${c.service} vaatii.`, 'Valtuudet ovat tehtäväkohtaisia: kukin tehtävä tarvitsee oman valtuusasiansa.', c.themeNote),
      steps: (c) => [
        c.check,
        c.lacking
          ? 'Pyydä valtuuden antajaa lisäämään valtuuteesi tehtävääsi tarvittava valtuusasia.'
          : `Pyydä valtuuden antajaa lisäämään valtuuteesi valtuusasia ${c.theme}.`,
        c.grant,
        c.themeList,
      ],
    },
    sv: {
      title: () => 'Fullmakten saknar det fullmaktsärende som behövs',
      explanation: (c) => c.lacking
        ? sentences('Du kom in i e-tjänsten, men funktionen nekades.', `Dina fullmakter saknar följande fullmaktsärenden i ${c.service}: ${c.lacking}. Din uppgift behöver sannolikt något av dem.`)
        : sentences(`Din fullmakt saknar fullmaktsärendet ${c.theme}, som den här uppgiften i ${c.service} kräver.`, 'Fullmakterna gäller per uppgift: varje uppgift behöver sitt eget fullmaktsärende.', c.themeNote),
      steps: (c) => [
        c.check,
        c.lacking
          ? 'Be den som gav fullmakten att lägga till det fullmaktsärende som din uppgift behöver.'
          : `Be den som gav fullmakten att lägga till fullmaktsärendet ${c.theme}.`,
        c.grant,
        c.themeList,
      ],
    },
    en: {
      title: () => 'Your mandate lacks the mandate theme you need',
      explanation: (c) => c.lacking
        ? sentences('You got into the service, but a function was refused.', `Your mandates lack these mandate themes of ${c.service}: ${c.lacking}. Your task most likely needs one of them.`)
        : sentences(`Your mandate does not include the mandate theme ${c.theme}, which this task in ${c.service} needs.`, 'Mandates are per task: each task needs its own mandate theme.', c.themeNote),
      steps: (c) => [
        c.check,
        c.lacking
          ? 'Ask whoever gave you the mandate to add the mandate theme your task needs.'
          : `Ask whoever gave you the mandate to add the mandate theme ${c.theme}.`,
        c.grant,
        c.themeList,
      ],
    },
  },
}
