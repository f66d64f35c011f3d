// Finnish public holidays (Holidays Act rules: fixed dates, Easter-based days, and the Saturdays
// of Midsummer and All Saints), plus Christmas Eve and Midsummer Eve, the two eves on which
// offices, Kela's customer service included, close. Computed rather than taken from a library:
// the rules are short and stable, and the libraries that know Finland either carry every
// country's data (date-holidays, 1.7 MB) or are unmaintained CommonJS. Pure; tested against
// known dates in test/unit/extension/ui/finnish-holidays.test.ts.

export const FINNISH_DAYS_OFF = [
  'new-years-day', 'epiphany', 'good-friday', 'easter-sunday', 'easter-monday', 'may-day', 'ascension-day',
  'whitsunday', 'midsummer-eve', 'midsummer-day', 'all-saints-day', 'independence-day', 'christmas-eve',
  'christmas-day', 'boxing-day',
] as const
export type FinnishDayOff = (typeof FINNISH_DAYS_OFF)[number]

/** Eves on which Kela's customer service has closed early (13.00): Maundy Thursday, New Year's Eve. */
export const SHORT_DAYS = ['maundy-thursday', 'new-years-eve'] as const
export type ShortDay = (typeof SHORT_DAYS)[number]

/** A calendar date without a time zone. Month 1-12. */
export interface CalendarDate {
  year: number
  month: number
  day: number
}

/** Easter Sunday in the Gregorian calendar (the anonymous algorithm of Meeus/Jones/Butcher). */
export function easterSunday(year: number): CalendarDate {
  const a = year % 19
  const b = Math.floor(year / 100)
  const c = year % 100
  const d = Math.floor(b / 4)
  const e = b % 4
  const f = Math.floor((b + 8) / 25)
  const g = Math.floor((b - f + 1) / 3)
  const h = (19 * a + b - d - g + 15) % 30
  const i = Math.floor(c / 4)
  const k = c % 4
  const l = (32 + 2 * e + 2 * i - h - k) % 7
  const m = Math.floor((a + 11 * h + 22 * l) / 451)
  const month = Math.floor((h + l - 7 * m + 114) / 31)
  const day = ((h + l - 7 * m + 114) % 31) + 1
  return { year, month, day }
}

/** The date `days` after (or before, if negative) the given one. */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  const moved = new Date(Date.UTC(date.year, date.month - 1, date.day + days))
  return { year: moved.getUTCFullYear(), month: moved.getUTCMonth() + 1, day: moved.getUTCDate() }
}

/** 0 = Sunday ... 6 = Saturday. */
export function weekday(date: CalendarDate): number {
  return new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay()
}

/** The Saturday in the seven days starting at (month, firstDay). */
function saturdayFrom(year: number, month: number, firstDay: number): CalendarDate {
  const first = { year, month, day: firstDay }
  return addDays(first, (6 - weekday(first) + 7) % 7)
}

export const isoDate = (date: CalendarDate): string =>
  `${String(date.year).padStart(4, '0')}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`

/** Every day off in a year, in date order. */
export function finnishDaysOff(year: number): { date: CalendarDate; id: FinnishDayOff }[] {
  const easter = easterSunday(year)
  // Midsummer Day is the Saturday between 20 and 26 June; All Saints' Day the Saturday between
  // 31 October and 6 November.
  const midsummerDay = saturdayFrom(year, 6, 20)
  const allSaints = saturdayFrom(year, 10, 31)
  const days: { date: CalendarDate; id: FinnishDayOff }[] = [
    { date: { year, month: 1, day: 1 }, id: 'new-years-day' },
    { date: { year, month: 1, day: 6 }, id: 'epiphany' },
    { date: addDays(easter, -2), id: 'good-friday' },
    { date: easter, id: 'easter-sunday' },
    { date: addDays(easter, 1), id: 'easter-monday' },
    { date: { year, month: 5, day: 1 }, id: 'may-day' },
    { date: addDays(easter, 39), id: 'ascension-day' },
    { date: addDays(easter, 49), id: 'whitsunday' },
    { date: addDays(midsummerDay, -1), id: 'midsummer-eve' },
    { date: midsummerDay, id: 'midsummer-day' },
    { date: allSaints, id: 'all-saints-day' },
    { date: { year, month: 12, day: 6 }, id: 'independence-day' },
    { date: { year, month: 12, day: 24 }, id: 'christmas-eve' },
    { date: { year, month: 12, day: 25 }, id: 'christmas-day' },
    { date: { year, month: 12, day: 26 }, id: 'boxing-day' },
  ]
  return days.sort((x, y) => isoDate(x.date).localeCompare(isoDate(y.date)))
}

/** The day off on this date, or null. */
export function dayOffOn(date: CalendarDate): FinnishDayOff | null {
  const key = isoDate(date)
  return finnishDaysOff(date.year).find((entry) => isoDate(entry.date) === key)?.id ?? null
}

/** Maundy Thursday or New Year's Eve, or null. */
export function shortDayOn(date: CalendarDate): ShortDay | null {
  if (date.month === 12 && date.day === 31) return 'new-years-eve'
  return isoDate(addDays(easterSunday(date.year), -3)) === isoDate(date) ? 'maundy-thursday' : null
}
