// What the toolbar button shows for a tab's state. Pure, so it is tested in node.
import type { TabState } from '../protocol.ts'

export interface Badge {
  text: string
  color: string
  title: string
}

// Suomi.fi alert red and brand blue (suomifi-design-tokens: alertBase, brandBase).
const ALERT = '#c5283a'
const NEUTRAL = '#2a6ebb'

export function badgeFor(state: TabState | null, uiLanguage: string): Badge {
  if (state === null) return { text: '', color: NEUTRAL, title: 'Valtuusapu' }
  const lang = uiLanguage.slice(0, 2)
  const found = lang === 'sv' ? 'Problem hittades' : lang === 'en' ? 'Problem found' : 'Ongelma havaittu'
  return { text: '!', color: ALERT, title: `Valtuusapu: ${found} (${state.kind})` }
}
