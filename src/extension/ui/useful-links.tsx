// The deep links every state offers, in the user's language where the page exists in it.
import type { ServiceId } from '../../core/contract/ids.ts'
import { ExternalLink } from './components.tsx'
import { DVV_GUIDE, KELA_MANDATE_PAGES, KELA_TROUBLESHOOTING, THEME_FILTER_WORD, THEME_LIST, VALTUUDET, mandatePageGroup } from './facts.ts'
import { useI18n } from './i18n/index.ts'
import { useUiEnv } from './env.ts'

/**
 * @param openThemeList asks the background to open the theme list with Kela's filter applied;
 *   resolves false when it could not (then the plain link opens and the hint says what to type).
 */
export function UsefulLinks({ service, openThemeList }: { service: ServiceId | null; openThemeList?: () => Promise<boolean> }) {
  const { lang, t } = useI18n()
  const env = useUiEnv()
  const group = service ? mandatePageGroup(service) : null
  const mandatePages = group ? [group] : (['employer', 'partner'] as const)
  return (
    <section class="useful-links" aria-labelledby="links-heading">
      <h2 id="links-heading">{t('linksHeading')}</h2>
      <ul class="link-list">
        <li>
          <a
            href={THEME_LIST.url}
            target="_blank"
            rel="noopener noreferrer"
            data-testid="theme-list-link"
            onClick={(event) => {
              event.preventDefault()
              const fallback = () => env.openUrl(THEME_LIST.url)
              if (!openThemeList) return fallback()
              openThemeList().then((opened) => opened || fallback(), fallback)
            }}
          >
            {t('link.themeList')}
            {THEME_LIST.pageLang !== lang && <span class="link-note"> ({t(`pageIn.${THEME_LIST.pageLang}`)})</span>}
            <span class="visually-hidden"> {t('opensInNewTab')}</span>
          </a>
          <p class="link-hint">{t('themeListHint', { word: THEME_FILTER_WORD[lang] })}</p>
        </li>
        <li><ExternalLink url={VALTUUDET[lang].url} pageLang={VALTUUDET[lang].pageLang}>{t('link.valtuudet')}</ExternalLink></li>
        {mandatePages.map((page) => (
          <li key={page}>
            <ExternalLink url={KELA_MANDATE_PAGES[page][lang].url} pageLang={KELA_MANDATE_PAGES[page][lang].pageLang}>
              {t(page === 'employer' ? 'link.kelaMandatesEmployer' : 'link.kelaMandatesPartner')}
            </ExternalLink>
          </li>
        ))}
        <li><ExternalLink url={KELA_TROUBLESHOOTING[lang].url} pageLang={KELA_TROUBLESHOOTING[lang].pageLang}>{t('link.kelaTroubleshooting')}</ExternalLink></li>
        <li><ExternalLink url={DVV_GUIDE[lang].url} pageLang={DVV_GUIDE[lang].pageLang}>{t('link.dvvGuide')}</ExternalLink></li>
      </ul>
    </section>
  )
}
