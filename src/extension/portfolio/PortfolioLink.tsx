// The popup's way into the client portfolio (a full tab): one link, opened with tabs.create so it
// works from the popup (which closes) and from the popup opened as a page alike.
import { useUiEnv } from '../ui/env.ts'
import { useI18n } from '../ui/i18n/index.ts'

/** Where the portfolio page is, relative to the page the link is on (both are in the extension). */
export const PORTFOLIO_PAGE = 'src/extension/portfolio/index.html'

export function portfolioUrl(from: string): string {
  return new URL(`/${PORTFOLIO_PAGE}`, from).href
}

export function PortfolioLink() {
  const { t } = useI18n()
  const env = useUiEnv()
  const url = portfolioUrl(location.href)
  return (
    <p class="portfolio-entry">
      <a
        href={url}
        target="_blank"
        rel="noopener"
        onClick={(event) => {
          event.preventDefault()
          env.openUrl(url)
        }}
        data-testid="portfolio-link"
      >
        {t('portfolioLink')}
      </a>
      <br />
      <span class="link-hint">{t('portfolioLinkHint')}</span>
    </p>
  )
}
