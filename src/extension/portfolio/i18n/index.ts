// The portfolio page's own texts, fi/sv/en, kept apart from the shared UI strings so the popup
// does not carry them. Same rules as src/extension/ui/i18n: the three files have the same keys
// and placeholders (a unit test checks). Texts the pure core returns codes for (reject reasons,
// cell statuses, file notices, backup errors) come from src/core/portfolio/texts.ts.
import type { Lang } from '../../../core/contract/ids.ts'
import { format, useI18n, type Params } from '../../ui/i18n/index.ts'
import { en, type PortfolioMessageKey } from './en.ts'
import { fi } from './fi.ts'
import { sv } from './sv.ts'

export type { PortfolioMessageKey }
export const PORTFOLIO_MESSAGES: Record<Lang, Record<PortfolioMessageKey, string>> = { fi, sv, en }

export type PortfolioTranslate = (key: PortfolioMessageKey, params?: Params) => string

const translators = new Map<Lang, PortfolioTranslate>()

export function portfolioTranslator(lang: Lang): PortfolioTranslate {
  let translate = translators.get(lang)
  if (!translate) {
    const messages = PORTFOLIO_MESSAGES[lang]
    translators.set(lang, (translate = (key, params) => format(messages[key], params)))
  }
  return translate
}

/** The page's language and its translator. */
export function usePortfolioText(): { lang: Lang; pt: PortfolioTranslate } {
  const { lang } = useI18n()
  return { lang, pt: portfolioTranslator(lang) }
}
