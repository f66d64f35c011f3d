// The language switch: three buttons, each named in its own language, the current one pressed.
import { LANGS, type Lang } from '../../core/contract/ids.ts'
import { LANG_NAMES, useI18n } from './i18n/index.ts'

export function LangSwitcher({ onChange }: { onChange: (lang: Lang) => void }) {
  const { lang, t } = useI18n()
  return (
    <nav class="lang-switcher" aria-label={t('languageNav')}>
      {LANGS.map((code) => (
        <button
          key={code}
          type="button"
          lang={code}
          class="lang-option"
          aria-pressed={code === lang}
          onClick={() => onChange(code)}
        >
          {LANG_NAMES[code]}
        </button>
      ))}
    </nav>
  )
}
