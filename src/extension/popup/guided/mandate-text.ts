// How a mandate reads on screen: its type (with the Finnish term Valtuudet uses, when the UI is
// in another language), themes, giver, end date and pending state.
import type { Mandate } from '../../../core/contract/case.ts'
import type { Lang } from '../../../core/contract/ids.ts'
import { MANDATE_TYPE_FACTS } from '../../../core/knowledge/index.ts'
import type { Translate } from '../../ui/i18n/index.ts'
import { capitalised } from '../capitalise.ts'

/** "Mandate to represent (edustamisvaltuus)"; in Finnish just "Edustamisvaltuus". */
export function mandateTypeLabel(type: Mandate['type'], lang: Lang): string {
  const names = MANDATE_TYPE_FACTS[type].names
  const local = names[lang] ?? names.fi
  return local === names.fi ? capitalised(local) : `${capitalised(local)} (${names.fi})`
}

export function mandateText(mandate: Mandate, lang: Lang, t: Translate): string {
  const parts = [
    mandate.mandator ? t('mandateFrom', { mandator: mandate.mandator }) : t('mandateFromUnknown'),
    ...(mandate.validUntil ? [t('mandateUntil', { date: mandate.validUntil })] : []),
    ...(mandate.status === 'pending-request' ? [t('mandatePending')] : []),
  ]
  return `${mandateTypeLabel(mandate.type, lang)}: ${mandate.themes.join('; ')} (${parts.join(', ')})`
}
