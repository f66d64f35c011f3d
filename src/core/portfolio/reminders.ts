// Expiry reminders: recorded mandates that end within 30 days (the engine's `expires-soon`
// horizon), for the toolbar badge and the page. Suomi.fi sends no reminder before a mandate
// expires (https://dvv.fi/-/tilitoimisto-toimi-nain-jos-suomi.fi-valtuutesi-ovat-kadonneet).
// A mandate's validUntil is its last valid day, a date in Finnish time.
import type { Mandate } from '../contract/case.ts'
import { daysBetween, helsinkiDate } from './dates.ts'
import type { Portfolio } from './model.ts'

export const REMINDER_DAYS = 30

export interface Reminder {
  /** The client the mandate concerns; absent for the user's own mandates from the firm. */
  client?: { businessId: string; name?: string }
  mandate: Mandate
  endsOn: string
  /** 0 = ends today. */
  daysLeft: number
}

/** Mandates in force that end within `days` days of `now` (Helsinki dates), soonest first. */
export function endingMandates(portfolio: Portfolio, now: Date, days = REMINDER_DAYS): Reminder[] {
  const today = helsinkiDate(now)
  const reminders: Reminder[] = []
  const consider = (mandate: Mandate, client?: Reminder['client']) => {
    if (mandate.validUntil === undefined || mandate.status === 'pending-request') return
    if (mandate.validFrom !== undefined && mandate.validFrom > today) return
    const daysLeft = daysBetween(today, mandate.validUntil)
    if (daysLeft < 0 || daysLeft > days) return
    reminders.push({ ...(client ? { client } : {}), mandate, endsOn: mandate.validUntil, daysLeft })
  }
  for (const { mandate } of portfolio.firm.ownMandates) consider(mandate)
  for (const client of portfolio.clients) {
    const ref = { businessId: client.businessId, ...(client.name === undefined ? {} : { name: client.name }) }
    for (const { mandate } of client.mandates) consider(mandate, ref)
  }
  return reminders.sort((a, b) => a.daysLeft - b.daysLeft || (a.client?.businessId ?? '').localeCompare(b.client?.businessId ?? ''))
}

/** The badge: how many clients (and the user's own mandates, as one) have a mandate ending soon; '' for none. */
export function reminderBadgeText(reminders: readonly Reminder[]): string {
  const count = new Set(reminders.map((reminder) => reminder.client?.businessId ?? 'own')).size
  return count === 0 ? '' : count > 99 ? '99+' : String(count)
}
