// The popup's language: its UI strings and the diagnosis texts, loaded together and only for the
// language shown (lang/<lang>.ts is a chunk of its own in the build), so opening the popup
// carries one language, not three, and switching costs one small load.
import type { Lang } from '../../core/contract/ids.ts'
import type { LanguagePack } from '../../core/diagnosis/engine.ts'
import { translatorOf, type Translate } from '../ui/i18n/index.ts'

export interface PopupLanguage {
  lang: Lang
  t: Translate
  /** The diagnosis engine's texts in this language. */
  pack: LanguagePack
}

function importLanguage(lang: Lang) {
  switch (lang) {
    case 'fi': return import('./lang/fi.ts')
    case 'sv': return import('./lang/sv.ts')
    case 'en': return import('./lang/en.ts')
  }
}

const loading = new Map<Lang, Promise<PopupLanguage>>()

/** Loads a language once; later calls for it share the first load. */
export function loadLanguage(lang: Lang): Promise<PopupLanguage> {
  let language = loading.get(lang)
  if (!language) {
    language = importLanguage(lang).then(({ language: { messages, pack } }) => ({ lang, t: translatorOf(messages), pack }))
    // A failed load is not remembered, so a later try can succeed.
    language.catch(() => loading.delete(lang))
    loading.set(lang, language)
  }
  return language
}
