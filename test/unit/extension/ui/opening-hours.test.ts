// Kela technical support's "open now / opens at", in Helsinki time, across weekends, Finnish
// days off and daylight-saving changes.
import { describe, expect, test } from 'vitest'
import { availability, helsinkiClock, helsinkiDaysBetween, helsinkiInstant } from '../../../../src/extension/ui/time/opening-hours.ts'

const HOURS = { opensMinutes: 7 * 60, closesMinutes: 17 * 60 }
const at = (iso: string) => availability(new Date(iso), HOURS)

describe('Helsinki clock', () => {
  test('winter and summer offsets', () => {
    expect(helsinkiClock(new Date('2026-01-15T05:00:00Z'))).toEqual({ year: 2026, month: 1, day: 15, minutes: 7 * 60 })
    expect(helsinkiClock(new Date('2026-07-15T04:00:00Z'))).toEqual({ year: 2026, month: 7, day: 15, minutes: 7 * 60 })
  })

  test('helsinkiInstant is the inverse, on both sides of each daylight-saving change', () => {
    expect(helsinkiInstant({ year: 2026, month: 3, day: 27 }, 7 * 60).toISOString()).toBe('2026-03-27T05:00:00.000Z')
    expect(helsinkiInstant({ year: 2026, month: 3, day: 30 }, 7 * 60).toISOString()).toBe('2026-03-30T04:00:00.000Z')
    expect(helsinkiInstant({ year: 2026, month: 10, day: 23 }, 7 * 60).toISOString()).toBe('2026-10-23T04:00:00.000Z')
    expect(helsinkiInstant({ year: 2026, month: 10, day: 26 }, 7 * 60).toISOString()).toBe('2026-10-26T05:00:00.000Z')
  })

  test('days between Helsinki dates ignore the UTC date', () => {
    // 23.30 UTC on the 4th is already the 5th in Helsinki.
    expect(helsinkiDaysBetween(new Date('2026-03-04T23:30:00Z'), new Date('2026-03-05T05:00:00Z'))).toBe(0)
    expect(helsinkiDaysBetween(new Date('2026-03-04T10:00:00Z'), new Date('2026-03-06T05:00:00Z'))).toBe(2)
  })
})

describe('availability', () => {
  test('open on a weekday between 7 and 17', () => {
    expect(at('2026-03-04T10:00:00+02:00')).toEqual({ open: true, closesAt: new Date('2026-03-04T17:00:00+02:00'), shortDay: null })
    expect(at('2026-03-04T07:00:00+02:00').open).toBe(true)
    expect(at('2026-03-04T16:59:00+02:00').open).toBe(true)
  })

  test('before opening it opens the same day; at closing time, the next working day', () => {
    expect(at('2026-03-04T06:59:00+02:00')).toEqual({ open: false, opensAt: new Date('2026-03-04T07:00:00+02:00'), dayOff: null })
    expect(at('2026-03-04T17:00:00+02:00')).toEqual({ open: false, opensAt: new Date('2026-03-05T07:00:00+02:00'), dayOff: null })
  })

  test('Friday evening and the weekend open on Monday', () => {
    expect(at('2026-03-06T17:30:00+02:00')).toMatchObject({ open: false, opensAt: new Date('2026-03-09T07:00:00+02:00') })
    expect(at('2026-03-08T12:00:00+02:00')).toMatchObject({ open: false, opensAt: new Date('2026-03-09T07:00:00+02:00') })
  })

  test('Easter 2026: Maundy Thursday is a short day, then closed until Tuesday, in summer time', () => {
    expect(at('2026-04-02T10:00:00+03:00')).toMatchObject({ open: true, shortDay: 'maundy-thursday' })
    expect(at('2026-04-03T10:00:00+03:00')).toEqual({ open: false, opensAt: new Date('2026-04-07T07:00:00+03:00'), dayOff: 'good-friday' })
  })

  test('Christmas 2026 (Thursday to Saturday) opens on Monday 28 December', () => {
    expect(at('2026-12-24T09:00:00+02:00')).toEqual({ open: false, opensAt: new Date('2026-12-28T07:00:00+02:00'), dayOff: 'christmas-eve' })
  })

  test('Midsummer Eve and Ascension Day are closed', () => {
    expect(at('2026-06-19T10:00:00+03:00')).toEqual({ open: false, opensAt: new Date('2026-06-22T07:00:00+03:00'), dayOff: 'midsummer-eve' })
    expect(at('2026-05-14T10:00:00+03:00')).toEqual({ open: false, opensAt: new Date('2026-05-15T07:00:00+03:00'), dayOff: 'ascension-day' })
  })

  test('the autumn daylight-saving change between Friday and Monday', () => {
    expect(at('2026-10-23T18:00:00+03:00')).toMatchObject({ opensAt: new Date('2026-10-26T07:00:00+02:00') })
  })

  test('a moment given in another zone is judged on the Helsinki clock', () => {
    // 05:30 UTC on a Wednesday in winter is 07:30 in Helsinki: open.
    expect(at('2026-03-04T05:30:00Z').open).toBe(true)
    // 16:00 in New York is 23:00 in Helsinki: closed.
    expect(at('2026-03-04T16:00:00-05:00').open).toBe(false)
  })
})
