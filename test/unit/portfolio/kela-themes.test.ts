// The portfolio's theme names come from the knowledge base: the same names, only confirmed ones,
// with their sources; services whose names are not confirmed are marked so the texts point to Kela.
import { describe, expect, test } from 'vitest'
import { SERVICE_IDS } from '../../../src/core/contract/ids.ts'
import { SERVICES, serviceThemes } from '../../../src/core/knowledge/index.ts'
import { isTheme, KELA_SERVICE_THEMES, serviceThemeKeys } from '../../../src/core/portfolio/kela-themes.ts'

describe.each(SERVICE_IDS)('%s', (service) => {
  const entry = KELA_SERVICE_THEMES[service]
  const facts = serviceThemes(service)

  test('the names are the knowledge base\'s confirmed theme names of the service, in its order', () => {
    expect(entry.themes).toEqual(facts.filter((fact) => fact.status === 'confirmed').map((fact) => ({ fi: fact.names.fi, sv: fact.names.sv })))
    expect(entry.name).toEqual(SERVICES[service].names)
  })

  test('unconfirmed exactly when a theme name is not confirmed or the service has none', () => {
    expect(entry.unconfirmed !== undefined).toBe(facts.length === 0 || facts.some((fact) => fact.status !== 'confirmed'))
  })

  test('every source of the service and of its themes is kept, as https URLs', () => {
    expect(entry.sources.length).toBeGreaterThan(0)
    for (const source of [...SERVICES[service].sources, ...facts.flatMap((fact) => fact.sources)]) expect(entry.sources).toContain(source)
    for (const source of entry.sources) expect(source).toMatch(/^https:\/\//)
  })
})

test('KIILA\'s uncertain theme is never named; its pointer is Kela\'s table of theme names', () => {
  expect(KELA_SERVICE_THEMES.kiila).toMatchObject({ themes: [], unconfirmed: 'theme name uncertain' })
  expect(KELA_SERVICE_THEMES.kiila.sources[0]).toBe('https://www.kela.fi/tyonantajien-valtuuskoodit')
})

test('theme matching is the engine\'s: case, spaces and Unicode form do not matter; Finnish or Swedish', () => {
  const theme = KELA_SERVICE_THEMES.employer.themes[0]!
  expect(isTheme(`  ${theme.fi.toUpperCase()} `, theme)).toBe(true)
  expect(isTheme(theme.sv!.replace(/ /g, '  '), theme)).toBe(true)
  expect(isTheme('Etuustietojen katselu', theme)).toBe(false)
  expect(serviceThemeKeys('occupational-health').has('työnantajan työterveyshuollon korvaushakemuksen lähetys'.normalize('NFD').normalize('NFC'))).toBe(true)
})
