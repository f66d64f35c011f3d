// "Open now" or "opens at ...", for a service open on Finnish working days between two times
// of day in Helsinki. Wall-clock arithmetic goes through Intl with the Europe/Helsinki zone, so
// the answer is right whatever zone the user's computer is in, and across daylight saving.
import { addDays, dayOffOn, shortDayOn, weekday, type CalendarDate, type FinnishDayOff, type ShortDay } from './finnish-holidays.ts'

export const HELSINKI = 'Europe/Helsinki'

export interface WallClock extends CalendarDate {
  /** Minutes since local midnight. */
  minutes: number
}

let parts: Intl.DateTimeFormat | undefined

/** The date and time on a clock in Helsinki at this instant. */
export function helsinkiClock(instant: Date): WallClock {
  parts ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: HELSINKI, year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', hourCycle: 'h23',
  })
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts!.formatToParts(instant).find((p) => p.type === type)?.value)
  return { year: get('year'), month: get('month'), day: get('day'), minutes: get('hour') * 60 + get('minute') }
}

/** The instant when a Helsinki clock shows this date and time. */
export function helsinkiInstant(date: CalendarDate, minutes: number): Date {
  const asUtc = Date.UTC(date.year, date.month - 1, date.day, 0, minutes)
  // Helsinki is UTC+2 or UTC+3; correct the guess by the offset at the guess, twice so that a
  // guess on the other side of a daylight-saving change settles.
  let instant = asUtc
  for (let i = 0; i < 2; i++) {
    const shown = helsinkiClock(new Date(instant))
    const shownAsUtc = Date.UTC(shown.year, shown.month - 1, shown.day, 0, shown.minutes)
    instant = asUtc - (shownAsUtc - instant)
  }
  return new Date(instant)
}

export interface DailyHours {
  opensMinutes: number
  closesMinutes: number
}

export type Availability =
  | { open: true; closesAt: Date; shortDay: ShortDay | null }
  | { open: false; opensAt: Date; dayOff: FinnishDayOff | null }

const isWorkingDay = (date: CalendarDate): boolean => {
  const day = weekday(date)
  return day >= 1 && day <= 5 && dayOffOn(date) === null
}

/** Whether a weekday service with these Helsinki hours is open at `now`, and when it opens next. */
export function availability(now: Date, hours: DailyHours): Availability {
  const clock = helsinkiClock(now)
  const today: CalendarDate = { year: clock.year, month: clock.month, day: clock.day }
  if (isWorkingDay(today) && clock.minutes >= hours.opensMinutes && clock.minutes < hours.closesMinutes) {
    return { open: true, closesAt: helsinkiInstant(today, hours.closesMinutes), shortDay: shortDayOn(today) }
  }
  const first = isWorkingDay(today) && clock.minutes < hours.opensMinutes ? 0 : 1
  // At most a long weekend plus Christmas: two weeks is far more than any gap.
  for (let offset = first; offset < 15; offset++) {
    const day = addDays(today, offset)
    if (isWorkingDay(day)) return { open: false, opensAt: helsinkiInstant(day, hours.opensMinutes), dayOff: dayOffOn(today) }
  }
  throw new Error('no working day within two weeks')
}

/** Whole days between two Helsinki dates (0 = same day, 1 = the next). */
export function helsinkiDaysBetween(from: Date, to: Date): number {
  const a = helsinkiClock(from)
  const b = helsinkiClock(to)
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000)
}
