// Dates and numbers as the page shows them, in the UI language: Finnish and Swedish dates as
// 4.3.2026, English spelled out (4 Mar 2026) so that no reader takes 4/3 for April.
import type { Lang } from '../../core/contract/ids.ts'
import { LOCALES } from '../ui/i18n/index.ts'

const dateFormats = new Map<Lang, Intl.DateTimeFormat>()
const numberFormats = new Map<Lang, Intl.NumberFormat>()
// The same few hundred dates recur across a long list, and Intl formatting is slow next to a lookup.
const formattedDates = new Map<string, string>()

/** A YYYY-MM-DD date (a Finnish calendar date) for reading. */
export function formatDate(date: string, lang: Lang): string {
  const key = `${lang}:${date}`
  let text = formattedDates.get(key)
  if (text !== undefined) return text
  let format = dateFormats.get(lang)
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALES[lang], lang === 'en' ? { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' } : { day: 'numeric', month: 'numeric', year: 'numeric', timeZone: 'UTC' })
    dateFormats.set(lang, format)
  }
  const parsed = new Date(`${date}T00:00:00Z`)
  text = Number.isNaN(parsed.getTime()) ? date : format.format(parsed)
  if (formattedDates.size > 5000) formattedDates.clear()
  formattedDates.set(key, text)
  return text
}

export function formatCount(count: number, lang: Lang): string {
  let format = numberFormats.get(lang)
  if (!format) numberFormats.set(lang, (format = new Intl.NumberFormat(LOCALES[lang])))
  return format.format(count)
}

/** A name used mid-sentence elsewhere ("e-service for employers") as a label or heading. */
export const capitalised = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1)
