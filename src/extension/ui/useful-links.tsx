// The deep links every state offers, in the user's language where the page exists in it. Every
// address comes from the knowledge base, with the page's language and whether it is confirmed.
import type { ComponentChildren } from 'preact'
import type { ServiceId } from '../../core/contract/ids.ts'
import {
  SERVICES, dvvGuideLink, kelaMandateCategoryLink, kelaMandatePageLink, kelaTroubleshootingLink, mandateThemeListLink,
  valtuudetLink, type LinkTarget,
} from '../../core/knowledge/index.ts'
import { ExternalLink, LinkNotes } from './components.tsx'
import { useI18n, type MessageKey } from './i18n/index.ts'
import { useUiEnv } from './env.ts'

/**
 * @param openThemeList asks the background to open the theme list and type Kela's search word
 *   into it; resolves false when it could not (then the plain link opens and the hint says what
 *   to type).
 * @param themeListStatus what became of that filter, shown under the link.
 */
export function UsefulLinks({ service, openThemeList, themeListStatus }: {
  service: ServiceId | null
  openThemeList?: () => Promise<boolean>
  themeListStatus?: ComponentChildren
}) {
  const { lang, t } = useI18n()
  const env = useUiEnv()
  const themeList = mandateThemeListLink(lang)
  const category = service ? SERVICES[service].category : null
  const mandatePages: [LinkTarget, MessageKey][] = service && category
    ? [[kelaMandatePageLink(service, lang), 'link.kelaMandates']]
    : [[kelaMandateCategoryLink('employer', lang), 'link.kelaMandatesEmployer'], [kelaMandateCategoryLink('partner', lang), 'link.kelaMandatesPartner']]
  const link = (target: LinkTarget, label: MessageKey) => (
    <ExternalLink url={target.url} pageLang={target.lang} unverified={target.status !== 'confirmed'}>{t(label)}</ExternalLink>
  )
  return (
    <section class="useful-links" aria-labelledby="links-heading">
      <h2 id="links-heading">{t('linksHeading')}</h2>
      <ul class="link-list">
        <li>
          <a
            href={themeList.url}
            target="_blank"
            rel="noopener noreferrer"
            data-testid="theme-list-link"
            onClick={(event) => {
              event.preventDefault()
              const fallback = () => env.openUrl(themeList.url)
              if (!openThemeList) return fallback()
              openThemeList().then((opened) => opened || fallback(), fallback)
            }}
          >
            {t('link.themeList')}
            <LinkNotes pageLang={themeList.lang} unverified={themeList.status !== 'confirmed'} external />
          </a>
          <p class="link-hint">{t('themeListHint', { word: themeList.searchWord })}</p>
          {themeListStatus}
        </li>
        <li>{link(valtuudetLink(lang), 'link.valtuudet')}</li>
        {mandatePages.map(([target, label]) => <li key={label}>{link(target, label)}</li>)}
        <li>{link(kelaTroubleshootingLink(service, lang), 'link.kelaTroubleshooting')}</li>
        <li>{link(dvvGuideLink(lang), 'link.dvvGuide')}</li>
      </ul>
    </section>
  )
}
