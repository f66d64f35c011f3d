// Theme choices for the task and mandate questions: Kela's themes for the service (all of
// Kela's known themes when the service is not known), then the Incomes Register's themes that
// people hold by mistake. Values are the names as Suomi.fi shows them in the UI language.
import type { Lang, ServiceId } from '../../../core/contract/ids.ts'
import { INCOMES_REGISTER_THEMES, SERVICE_THEMES, themeIn, type ThemeName } from '../../ui/facts.ts'

export function kelaThemes(service: ServiceId | undefined): ThemeName[] {
  if (service) return SERVICE_THEMES[service] ?? []
  const all = Object.values(SERVICE_THEMES).flat()
  return all.filter((theme, i) => all.findIndex((other) => other.fi === theme.fi) === i)
}

export const themeNames = (themes: ThemeName[], lang: Lang): string[] => themes.map((theme) => themeIn(theme, lang))

export const incomesRegisterThemes = (lang: Lang): string[] => themeNames(INCOMES_REGISTER_THEMES, lang)

/** Whether some theme on screen is in Finnish although the UI is not. */
export const showsFinnishNames = (themes: ThemeName[], lang: Lang): boolean =>
  lang === 'en' || (lang === 'sv' && themes.some((theme) => theme.sv === null))
