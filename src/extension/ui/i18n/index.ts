// UI language: which one to show, and the translator every component reads from context.
// The browser's UI language decides (fi, sv, en); any other language gets English, the language
// a Finnish workplace's non-Finnish speakers most likely share. The user's choice in the
// language switch wins and is remembered (preferences.ts).
// The strings themselves live in fi.ts, sv.ts and en.ts: the popup loads the one it shows on
// demand (popup/language.ts); all.ts bundles the three for tests and pages without a size budget.
import { createContext } from 'preact'
import { useContext } from 'preact/hooks'
import { LANGS, type Lang } from '../../../core/contract/ids.ts'
import type { MessageKey, Messages } from './en.ts'

export type { MessageKey, Messages }

/** Locale for Intl formatting of dates and times in each UI language. */
export const LOCALES: Record<Lang, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' }

/** The language names in their own language, for the switch. */
export const LANG_NAMES: Record<Lang, string> = { fi: 'Suomi', sv: 'Svenska', en: 'English' }

export const isLang = (value: unknown): value is Lang => typeof value === 'string' && (LANGS as readonly string[]).includes(value)

/** fi-FI, fi, sv-SE, sv-FI, en-US... -> fi, sv, en; anything else -> en. */
export function detectLang(uiLanguage: string | undefined): Lang {
  const primary = (uiLanguage ?? '').toLowerCase().split(/[-_]/)[0]
  return isLang(primary) ? primary : 'en'
}

export type Params = Record<string, string | number>
export type Translate = (key: MessageKey, params?: Params) => string

/** Replaces {name} placeholders; a missing parameter stays visible as {name} rather than vanishing. */
export function format(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole))
}

export function translatorOf(messages: Messages): Translate {
  return (key, params) => format(messages[key], params)
}

export interface I18n {
  lang: Lang
  t: Translate
}

/** Without a provider, keys show as themselves: a missing provider is visible, never silent. */
export const I18nContext = createContext<I18n>({ lang: 'en', t: (key) => key })
export const useI18n = (): I18n => useContext(I18nContext)
