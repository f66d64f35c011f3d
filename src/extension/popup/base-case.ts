// The case the popup starts from: what the background saw in the tab (service, page kind, the
// URL without query or fragment) and the UI language. No page text, no title: the title can
// name a person.
import type { Case } from '../../core/contract/case.ts'
import type { Lang } from '../../core/contract/ids.ts'
import type { TabState } from '../protocol.ts'

export function baseCase(state: TabState | null, lang: Lang): Case {
  const value: Case = { version: 1, lang }
  if (state?.service) value.service = state.service
  if (state) value.page = { kind: state.kind, ...(state.url ? { url: state.url } : {}) }
  return value
}
