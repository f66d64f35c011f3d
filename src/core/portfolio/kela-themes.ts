// The Kela mandate themes (valtuusasiat) each service needs, by their exact Finnish and Swedish
// names, in the shape the portfolio's request texts and matrix use. Derived from the knowledge
// base (src/core/knowledge/: services.ts lists each service's themes, themes.ts their names, each
// with its sources and status), so a name is written down in one place only.
// `sv: null` means the Swedish name was not found in any source; the texts then give the Finnish
// name and say so. Only themes whose name is confirmed are listed: a service with an uncertain
// theme name (KIILA) or no themes of its own ("other") gets `unconfirmed`, and the texts point to
// Kela's page instead of naming a theme.
import type { ServiceId } from '../contract/ids.ts'
import { SERVICE_IDS } from '../contract/ids.ts'
import { normaliseName } from '../diagnosis/normalise.ts'
import { SERVICES, serviceThemes, type Names } from '../knowledge/index.ts'

export interface KelaTheme {
  fi: string
  sv: string | null
}

export interface ServiceThemes {
  /** The service's name; null where no name in that language was found (then the Finnish one is used). */
  name: Names
  themes: readonly KelaTheme[]
  /**
   * Where the names come from: the themes' sources first (Kela's tables of theme names, the page
   * to send a user to when a name is not confirmed), then the service's own.
   */
  sources: readonly string[]
  /** Set when the themes are not confirmed: the texts send the user to `sources` instead. */
  unconfirmed?: string
}

function deriveServiceThemes(service: ServiceId): ServiceThemes {
  const facts = serviceThemes(service)
  const confirmed = facts.filter((fact) => fact.status === 'confirmed')
  const sources = [...new Set([...facts.flatMap((fact) => fact.sources), ...SERVICES[service].sources])]
  const unconfirmed = facts.length === 0 ? 'not one service' : confirmed.length < facts.length ? 'theme name uncertain' : undefined
  return {
    name: SERVICES[service].names,
    themes: confirmed.map((fact) => ({ fi: fact.names.fi, sv: fact.names.sv })),
    sources,
    ...(unconfirmed === undefined ? {} : { unconfirmed }),
  }
}

export const KELA_SERVICE_THEMES: Readonly<Record<ServiceId, ServiceThemes>> = Object.fromEntries(
  SERVICE_IDS.map((service) => [service, deriveServiceThemes(service)]),
) as Record<ServiceId, ServiceThemes>

/** Theme names match case- and whitespace-insensitively, in Finnish or Swedish (contract §3): the engine's own matching. */
export const themeKey: (name: string) => string = normaliseName

const keysByService = new Map<ServiceId, ReadonlySet<string>>()

/** The match keys of every theme of a service, Finnish and Swedish names alike. */
export function serviceThemeKeys(service: ServiceId): ReadonlySet<string> {
  let keys = keysByService.get(service)
  if (!keys) {
    keys = new Set(KELA_SERVICE_THEMES[service].themes.flatMap((theme) => [theme.fi, ...(theme.sv === null ? [] : [theme.sv])]).map(themeKey))
    keysByService.set(service, keys)
  }
  return keys
}

/** Whether a held theme name is this theme, by its Finnish or Swedish name. */
export function isTheme(held: string, theme: KelaTheme): boolean {
  const key = themeKey(held)
  return key === themeKey(theme.fi) || (theme.sv !== null && key === themeKey(theme.sv))
}
