// Theme choices for the task and mandate questions: Kela's themes for the service (all of
// Kela's known themes when the service is not known), then the Incomes Register's themes that
// people hold by mistake. The value of each choice is the name as Suomi.fi Valtuudet shows it in
// the UI language (Swedish where a source gave it, else Finnish): the engine matches Finnish and
// Swedish names, so an English UI still stores the Finnish name.
import type { Lang, ServiceId } from '../../../core/contract/ids.ts'
import type { Translate } from '../../ui/i18n/index.ts'
import { INCOMES_REGISTER_THEMES, KELA_THEMES, serviceThemes, type FactStatus, type Names } from '../../../core/knowledge/index.ts'

export interface ThemeChoice {
  /** The name as Valtuudet shows it (what the case records). */
  value: string
  /** An English name where a source gave one, shown beside the value in the English UI. */
  english: string | null
  /** False when the name itself is uncertain (KIILA's). */
  confirmed: boolean
}

function choice(names: Names, status: FactStatus, lang: Lang): ThemeChoice {
  return { value: lang === 'sv' && names.sv ? names.sv : names.fi, english: lang === 'en' ? names.en : null, confirmed: status === 'confirmed' }
}

export function kelaThemes(service: ServiceId | undefined, lang: Lang): ThemeChoice[] {
  const themes = service ? serviceThemes(service) : Object.values(KELA_THEMES)
  return themes.map((theme) => choice(theme.names, theme.status, lang))
}

export const incomesRegisterThemes = (lang: Lang): ThemeChoice[] =>
  INCOMES_REGISTER_THEMES.map((theme) => choice(theme.names, theme.status, lang))

/** Whether some theme on screen is in Finnish although the UI is not. */
export const showsFinnishNames = (service: ServiceId | undefined, lang: Lang): boolean =>
  lang === 'en' || (lang === 'sv' && (service ? serviceThemes(service) : Object.values(KELA_THEMES)).some((theme) => theme.names.sv === null))

/** The label of a choice: the name, its English name in the English UI, and a word when the name is uncertain. */
export const themeLabel = (theme: ThemeChoice, t: Translate): string =>
  `${theme.value}${theme.english ? ` (${theme.english})` : ''}${theme.confirmed ? '' : ` (${t('themeUncertain')})`}`
