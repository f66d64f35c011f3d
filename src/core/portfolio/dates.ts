// Calendar dates in Finland's time zone. Suomi.fi mandate dates are Finnish time
// (https://www.suomi.fi/instructions-and-support/e-authorizations/using-suomifi-e-authorizations-as-an-organisation/making-a-mandate-request-as-an-organisation/how-an-organisation-requests-mandates),
// and the contract compares dates in Europe/Helsinki. Intl only: no date library.

const HELSINKI = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Helsinki', year: 'numeric', month: '2-digit', day: '2-digit',
})

/** Today's date in Helsinki at the instant `now`, as YYYY-MM-DD. */
export function helsinkiDate(now: Date): string {
  const parts: Record<string, string> = {}
  for (const part of HELSINKI.formatToParts(now)) parts[part.type] = part.value
  return `${parts['year']}-${parts['month']}-${parts['day']}`
}

const DAY_MS = 86_400_000

/** Whole days from `from` to `to` (both YYYY-MM-DD); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS)
}

// Built once: constructing an Intl formatter costs far more than formatting with it.
const HELSINKI_TIME = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Helsinki', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23',
})

/** The instant `now` as an ISO date-time with Helsinki's offset, e.g. 2026-11-22T10:00:00+02:00. */
export function helsinkiDateTime(now: Date): string {
  const time = HELSINKI_TIME.format(now)
  const date = helsinkiDate(now)
  const offsetMinutes = Math.round((Date.parse(`${date}T${time}Z`) - Math.floor(now.getTime() / 1000) * 1000) / 60_000)
  const sign = offsetMinutes < 0 ? '-' : '+'
  const abs = Math.abs(offsetMinutes)
  return `${date}T${time}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`
}
