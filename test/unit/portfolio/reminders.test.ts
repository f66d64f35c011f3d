import { describe, expect, test } from 'vitest'
import { daysBetween, helsinkiDate, helsinkiDateTime } from '../../../src/core/portfolio/dates.ts'
import type { Mandate } from '../../../src/core/contract/case.ts'
import { endingMandates, reminderBadgeText } from '../../../src/core/portfolio/reminders.ts'
import { businessIdAt, client, portfolio } from './helpers.ts'

describe('Helsinki dates via Intl', () => {
  test.each([
    ['2026-03-01T21:59:59Z', '2026-03-01', '2026-03-01T23:59:59+02:00'],   // winter time, UTC+2
    ['2026-03-01T22:00:00Z', '2026-03-02', '2026-03-02T00:00:00+02:00'],
    ['2026-07-15T20:59:00Z', '2026-07-15', '2026-07-15T23:59:00+03:00'],   // summer time, UTC+3
    ['2026-07-15T21:00:00Z', '2026-07-16', '2026-07-16T00:00:00+03:00'],
    ['2026-03-29T01:30:00Z', '2026-03-29', '2026-03-29T04:30:00+03:00'],   // the morning clocks go forward
    ['2026-10-25T00:30:00Z', '2026-10-25', '2026-10-25T03:30:00+03:00'],   // the morning clocks go back
  ])('%s is %s in Helsinki', (instant, date, dateTime) => {
    expect(helsinkiDate(new Date(instant))).toBe(date)
    expect(helsinkiDateTime(new Date(instant))).toBe(dateTime)
  })

  test('days between dates, across a DST change and a leap day', () => {
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2)
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2)
    expect(daysBetween('2026-03-02', '2026-03-01')).toBe(-1)
  })
})

describe('endingMandates', () => {
  const mandate = (validUntil: string | undefined, extra: Partial<Mandate> = {}) => ({
    mandate: { holder: 'my-organisation' as const, mandator: businessIdAt(1), type: 'asiointivaltuus' as const, themes: ['T'], ...(validUntil ? { validUntil } : {}), ...extra },
    source: 'manual' as const,
    recordedOn: '2026-01-01',
  })
  // 22:30 UTC on 1 March is already 2 March in Helsinki.
  const now = new Date('2026-03-01T22:30:00Z')
  const p = portfolio([
    client(1, { mandates: [mandate('2026-04-01'), mandate('2026-04-02'), mandate('2026-03-02'), mandate('2026-03-01'), mandate(undefined)] }),
    client(2, { name: 'Toinen Oy', mandates: [mandate('2026-03-10', { status: 'pending-request' }), mandate('2026-03-20', { validFrom: '2026-03-05' }), mandate('2026-03-15')] }),
  ], { ownMandates: [{ ...mandate('2026-03-12'), mandate: { holder: 'me', mandator: '0913909-2', type: 'edustamisvaltuus', themes: ['T'], validUntil: '2026-03-12' } }] })

  test('in force, ending within 30 days (Helsinki dates), soonest first; not pending, not yet valid, not already ended', () => {
    expect(endingMandates(p, now).map((r) => [r.client?.businessId ?? 'own', r.endsOn, r.daysLeft])).toEqual([
      [businessIdAt(1), '2026-03-02', 0],
      ['own', '2026-03-12', 10],
      [businessIdAt(2), '2026-03-15', 13],
      [businessIdAt(1), '2026-04-01', 30],
    ])
  })

  test('the client name comes along for the page', () => {
    expect(endingMandates(p, now).find((r) => r.client?.businessId === businessIdAt(2))?.client).toEqual({ businessId: businessIdAt(2), name: 'Toinen Oy' })
  })

  test('the window can be changed', () => {
    expect(endingMandates(p, now, 0)).toHaveLength(1)
  })

  test('badge text: distinct clients (own counts once), empty when none, capped', () => {
    expect(reminderBadgeText(endingMandates(p, now))).toBe('3')
    expect(reminderBadgeText([])).toBe('')
    const many = portfolio(Array.from({ length: 120 }, (_, i) => client(i, { mandates: [{ ...mandate('2026-03-05'), mandate: { ...mandate('2026-03-05').mandate, mandator: businessIdAt(i) } }] })))
    expect(reminderBadgeText(endingMandates(many, now))).toBe('99+')
  })
})
