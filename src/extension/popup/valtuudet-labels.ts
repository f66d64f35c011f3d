// The labels of Suomi.fi Valtuudet the popup's texts quote ({personal}, {received}), in the UI
// language, from the knowledge base (VALTUUDET_UI); a label with no source in that language
// falls back to the Finnish one.
import type { Lang } from '../../core/contract/ids.ts'
import { VALTUUDET_UI } from '../../core/knowledge/index.ts'
import { capitalised } from './capitalise.ts'

export function valtuudetLabels(lang: Lang): { personal: string; received: string } {
  const label = (key: 'personal' | 'received') => capitalised(VALTUUDET_UI[key][lang] ?? VALTUUDET_UI[key].fi)
  return { personal: label('personal'), received: label('received') }
}
