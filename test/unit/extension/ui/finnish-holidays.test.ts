// Finnish days off against dates published in Finnish calendars (almanakka) for several years,
// and Easter against known extremes of the Gregorian computus.
import { describe, expect, test } from 'vitest'
import { dayOffOn, easterSunday, finnishDaysOff, isoDate, shortDayOn, FINNISH_DAYS_OFF } from '../../../../src/extension/ui/time/finnish-holidays.ts'

const table = (year: number) => Object.fromEntries(finnishDaysOff(year).map(({ id, date }) => [id, isoDate(date)]))

describe('Easter Sunday', () => {
  test.each([
    [1818, '1818-03-22'], // the earliest possible date
    [1943, '1943-04-25'], // the latest possible date
    [2000, '2000-04-23'],
    [2019, '2019-04-21'],
    [2023, '2023-04-09'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2038, '2038-04-25'],
    [2285, '2285-03-22'],
  ])('%i: %s', (year, expected) => {
    expect(isoDate(easterSunday(year))).toBe(expected)
  })
})

describe('days off', () => {
  test('2025', () => {
    expect(table(2025)).toEqual({
      'new-years-day': '2025-01-01', epiphany: '2025-01-06', 'good-friday': '2025-04-18', 'easter-sunday': '2025-04-20',
      'easter-monday': '2025-04-21', 'may-day': '2025-05-01', 'ascension-day': '2025-05-29', whitsunday: '2025-06-08',
      'midsummer-eve': '2025-06-20', 'midsummer-day': '2025-06-21', 'all-saints-day': '2025-11-01',
      'independence-day': '2025-12-06', 'christmas-eve': '2025-12-24', 'christmas-day': '2025-12-25', 'boxing-day': '2025-12-26',
    })
  })

  test('2026', () => {
    expect(table(2026)).toMatchObject({
      'good-friday': '2026-04-03', 'easter-monday': '2026-04-06', 'ascension-day': '2026-05-14', whitsunday: '2026-05-24',
      'midsummer-eve': '2026-06-19', 'midsummer-day': '2026-06-20', 'all-saints-day': '2026-10-31',
    })
  })

  test('2024, 2023 and 2027: Midsummer and All Saints move to the Saturday in their week', () => {
    expect(table(2024)).toMatchObject({ 'ascension-day': '2024-05-09', 'midsummer-eve': '2024-06-21', 'midsummer-day': '2024-06-22', 'all-saints-day': '2024-11-02' })
    expect(table(2023)).toMatchObject({ 'midsummer-eve': '2023-06-23', 'midsummer-day': '2023-06-24', 'all-saints-day': '2023-11-04' })
    // 2027: the last day of each window (26 June, 6 November).
    expect(table(2027)).toMatchObject({ 'midsummer-day': '2027-06-26', 'all-saints-day': '2027-11-06', 'ascension-day': '2027-05-06' })
  })

  test('every year has each day off exactly once, in date order, and Midsummer Day and All Saints are Saturdays', () => {
    for (let year = 1990; year <= 2100; year++) {
      const days = finnishDaysOff(year)
      expect(days.map((d) => d.id).sort()).toEqual([...FINNISH_DAYS_OFF].sort())
      const dates = days.map((d) => isoDate(d.date))
      expect(dates).toEqual([...dates].sort())
      for (const id of ['midsummer-day', 'all-saints-day'] as const) {
        const { date } = days.find((d) => d.id === id)!
        expect(new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay()).toBe(6)
      }
    }
  })

  test('dayOffOn and shortDayOn', () => {
    expect(dayOffOn({ year: 2026, month: 6, day: 19 })).toBe('midsummer-eve')
    expect(dayOffOn({ year: 2026, month: 6, day: 18 })).toBeNull()
    expect(shortDayOn({ year: 2026, month: 4, day: 2 })).toBe('maundy-thursday')
    expect(shortDayOn({ year: 2026, month: 12, day: 31 })).toBe('new-years-eve')
    expect(shortDayOn({ year: 2026, month: 4, day: 3 })).toBeNull()
  })
})
