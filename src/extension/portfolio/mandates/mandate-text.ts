// How a recorded mandate reads on the page: its type in the UI language (with the Finnish term
// Suomi.fi Valtuudet uses), who holds it, its themes, validity and where it was recorded.
import type { Mandate } from '../../../core/contract/case.ts'
import type { Lang } from '../../../core/contract/ids.ts'
import { MANDATE_TYPE_FACTS } from '../../../core/knowledge/index.ts'
import { capitalised as capital } from '../format.ts'

/** "Asiointivaltuus"; "Ärendefullmakt (asiointivaltuus)"; "Mandate for transactions (asiointivaltuus)". */
export function mandateTypeName(type: Mandate['type'], lang: Lang): string {
  const names = MANDATE_TYPE_FACTS[type].names
  const local = names[lang] ?? names.fi
  return lang === 'fi' || local === names.fi ? capital(local) : `${capital(local)} (${names.fi})`
}
