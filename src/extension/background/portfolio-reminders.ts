// Expiry reminders on the toolbar (issue 6 point 5): while recorded mandates of the client
// portfolio end within 30 days, the action's GLOBAL badge shows how many clients they concern
// (the user's own mandates count as one) and its title says so, in the browser's language.
// Suomi.fi sends no reminder before a mandate expires
// (https://dvv.fi/-/tilitoimisto-toimi-nain-jos-suomi.fi-valtuutesi-ovat-kadonneet).
//
// Self-contained: the background's index.ts calls startPortfolioReminders(browser) once at the
// top level of the service worker. Only global values are set (no tabId), so a tab-specific
// failure badge always wins in its tab; a tab without a failure shows the reminder when its
// tab-specific values are cleared with null (see README, "Client portfolio").
// It reads storage.local (the same keys the portfolio page writes), never writes it, and makes
// no network request.
// Imported from the modules themselves, not the portfolio's index: the service worker needs
// neither the CSV parser nor the matrix.
import { endingMandates, reminderBadgeText, REMINDER_DAYS, type Reminder } from '../../core/portfolio/reminders.ts'
import { STORAGE_KEYS } from '../../core/portfolio/storage.ts'
import { REVISION_KEY } from '../portfolio/storage/encoding.ts'
import { loadStored } from '../portfolio/storage/load-stored.ts'

/** The part of the WebExtension API this module uses (webextension-polyfill's `browser` fits). */
export interface RemindersApi {
  storage: {
    local: { get(keys: string[]): Promise<Record<string, unknown>> }
    onChanged: {
      addListener(listener: (changes: Record<string, unknown>, areaName: string) => void): void
      removeListener(listener: (changes: Record<string, unknown>, areaName: string) => void): void
    }
  }
  action: {
    setBadgeText(details: { text: string }): Promise<void>
    setBadgeBackgroundColor(details: { color: string }): Promise<void>
    setBadgeTextColor?: (details: { color: string }) => Promise<void>
    setTitle(details: { title: string }): Promise<void>
  }
  i18n: { getUILanguage(): string; getMessage(name: string): string }
}

export interface ReminderBadge {
  /** '' when no mandate ends within 30 days. */
  text: string
  title: string
}

/** Suomi.fi warning yellow (suomifi-design-tokens warningBase, hsl(42, 93%, 50%)), with black text: not the failure red. */
export const REMINDER_COLOR = '#f6af09'
const REMINDER_TEXT_COLOR = '#000000'
/** Suomi.fi brand blue, the badge colour when nothing is shown. */
const NEUTRAL_COLOR = '#2a6ebb'

function reminderTitle(reminders: readonly Reminder[], uiLanguage: string, defaultTitle: string): string {
  if (reminders.length === 0) return defaultTitle
  const clients = new Set(reminders.flatMap((reminder) => (reminder.client ? [reminder.client.businessId] : []))).size
  const own = reminders.some((reminder) => !reminder.client)
  const lang = uiLanguage.slice(0, 2).toLowerCase()
  const days = REMINDER_DAYS
  if (lang === 'fi') {
    const parts = [...(clients > 0 ? [`${clients} asiakkaan`] : []), ...(own ? ['omia'] : [])].join(' ja ')
    return `Valtuusapu: ${parts} valtuuksia päättyy ${days} päivän sisällä`
  }
  if (lang === 'sv') {
    const parts = [...(clients > 0 ? [`${clients} ${clients === 1 ? 'kund' : 'kunder'}`] : []), ...(own ? ['dig själv'] : [])].join(' och ')
    return `Valtuusapu: fullmakter för ${parts} upphör inom ${days} dagar`
  }
  const parts = [...(clients > 0 ? [`${clients} ${clients === 1 ? 'client' : 'clients'}`] : []), ...(own ? ['your own'] : [])].join(' and ')
  return `Valtuusapu: mandates of ${parts} end within ${days} days`
}

/** The badge for what storage holds now; nothing when the list cannot be read (the page says why). */
export async function portfolioReminderBadge(api: RemindersApi, now: Date): Promise<ReminderBadge> {
  const defaultTitle = api.i18n.getMessage('actionTitle') || 'Valtuusapu'
  const { loaded } = await loadStored((keys) => api.storage.local.get(keys))
  const reminders = loaded.writable ? endingMandates(loaded.portfolio, now) : []
  return { text: reminderBadgeText(reminders), title: reminderTitle(reminders, api.i18n.getUILanguage(), defaultTitle) }
}

const WATCHED: readonly string[] = [STORAGE_KEYS.current, REVISION_KEY]

/**
 * Shows the reminder badge now and whenever the portfolio changes. `refresh()` recomputes (call
 * it from any event that wakes the service worker to catch a new day); `stop()` stops listening.
 */
export interface PortfolioReminders {
  refresh(): Promise<ReminderBadge>
  /** What the global badge shows now (empty text before the first computation). */
  current(): ReminderBadge & { color: string }
  stop(): void
}

export function startPortfolioReminders(api: RemindersApi, now: () => Date = () => new Date()): PortfolioReminders {
  let shown: ReminderBadge | null = null
  let running: Promise<ReminderBadge> = Promise.resolve({ text: '', title: '' })

  async function apply(): Promise<ReminderBadge> {
    const badge = await portfolioReminderBadge(api, now())
    if (shown && shown.text === badge.text && shown.title === badge.title) return badge
    if (badge.text !== '') {
      await api.action.setBadgeBackgroundColor({ color: REMINDER_COLOR })
      await api.action.setBadgeTextColor?.({ color: REMINDER_TEXT_COLOR }).catch(() => undefined)
    }
    await api.action.setBadgeText({ text: badge.text })
    await api.action.setTitle({ title: badge.title })
    shown = badge
    return badge
  }

  function refresh(): Promise<ReminderBadge> {
    // One computation at a time, in order: the last change decides what shows.
    running = running.then(apply, apply).catch(() => shown ?? { text: '', title: '' })
    return running
  }

  const onChanged = (changes: Record<string, unknown>, areaName: string) => {
    if (areaName === 'local' && WATCHED.some((key) => key in changes)) void refresh()
  }
  api.storage.onChanged.addListener(onChanged)
  void refresh()
  const current = () => {
    const badge = shown ?? { text: '', title: api.i18n.getMessage('actionTitle') || 'Valtuusapu' }
    return { ...badge, color: badge.text === '' ? NEUTRAL_COLOR : REMINDER_COLOR }
  }
  return { refresh, current, stop: () => api.storage.onChanged.removeListener(onChanged) }
}
