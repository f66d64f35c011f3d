// Why a typed client was refused, in words: the CSV import's reject reasons where they are the
// same (format, check digit, henkilötunnus, name length), the page's own texts for the rest.
import type { Lang } from '../../../core/contract/ids.ts'
import { REJECT_REASON_TEXTS } from '../../../core/portfolio/index.ts'
import type { PortfolioTranslate } from '../i18n/index.ts'

const OWN = ['duplicate', 'not-found', 'too-many-clients', 'too-many-tags', 'tag-too-long'] as const

export function clientErrorText(error: string, lang: Lang, pt: PortfolioTranslate): string {
  if (error in REJECT_REASON_TEXTS) return REJECT_REASON_TEXTS[error as keyof typeof REJECT_REASON_TEXTS][lang]
  if ((OWN as readonly string[]).includes(error)) return pt(`clientError.${error as (typeof OWN)[number]}`)
  return pt('clientError.other')
}
