// Dates in Finland's time zone (contract §3: "Dates are compared in Europe/Helsinki"). A mandate's
// validFrom/validUntil are calendar dates; "now" is an instant. We turn the instant into the
// Helsinki calendar date once and compare ISO date strings. Intl only: no date library.

const helsinkiDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Helsinki', year: 'numeric', month: '2-digit', day: '2-digit',
})

// Cases share a few instants (a portfolio is diagnosed at one "now"): memoise, bounded.
const memo = new Map<number, string>()

/** The calendar date (YYYY-MM-DD) in Helsinki at the instant `epochMs`. */
export function helsinkiDateOf(epochMs: number): string {
  let date = memo.get(epochMs)
  if (date === undefined) {
    const parts = helsinkiDate.formatToParts(epochMs)
    const get = (type: string) => parts.find((part) => part.type === type)?.value ?? ''
    date = `${get('year')}-${get('month')}-${get('day')}`
    if (memo.size >= 256) memo.clear()
    memo.set(epochMs, date)
  }
  return date
}

const DAY_MS = 86_400_000

/** Whole days from `from` to `to` (both YYYY-MM-DD): 0 on the same day, negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS)
}
