// The UI language the user chose in the switch, kept in storage.local under one key. Anything
// stored that is not a known language is ignored (and left alone), so the browser's language
// applies.
import type { Lang } from '../../core/contract/ids.ts'
import type { KeyValueStore } from './env.ts'
import { detectLang, isLang } from './i18n/index.ts'

export const LANG_KEY = 'ui:lang'

/** The chosen language, else the one the browser's UI language gives. */
export async function preferredLang(store: KeyValueStore, uiLanguage: string | undefined): Promise<Lang> {
  const stored = await store.get(LANG_KEY).catch(() => undefined)
  return isLang(stored) ? stored : detectLang(uiLanguage)
}

export async function rememberLang(store: KeyValueStore, lang: Lang): Promise<void> {
  await store.set(LANG_KEY, lang)
}
