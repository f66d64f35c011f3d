// Calendar dates in Europe/Helsinki: midnight, and both clock changes of 2026.
import { expect, test } from 'vitest'
import { daysBetween, helsinkiDateOf } from '../../../src/core/diagnosis/time.ts'

const date = (iso: string) => helsinkiDateOf(Date.parse(iso))

test('winter: UTC+2', () => {
  expect(date('2026-03-01T21:59:59Z')).toBe('2026-03-01')
  expect(date('2026-03-01T22:00:00Z')).toBe('2026-03-02')
})
test('summer: UTC+3', () => {
  expect(date('2026-06-30T20:59:59Z')).toBe('2026-06-30')
  expect(date('2026-06-30T21:00:00Z')).toBe('2026-07-01')
})
test('the spring clock change (29.3.2026 03:00 EET -> 04:00 EEST)', () => {
  expect(date('2026-03-28T21:59:59Z')).toBe('2026-03-28')
  expect(date('2026-03-28T22:00:00Z')).toBe('2026-03-29')
  expect(date('2026-03-29T21:00:00Z')).toBe('2026-03-30')
})
test('the autumn clock change (25.10.2026 04:00 EEST -> 03:00 EET)', () => {
  expect(date('2026-10-24T20:59:59Z')).toBe('2026-10-24')
  expect(date('2026-10-24T21:00:00Z')).toBe('2026-10-25')
  expect(date('2026-10-25T21:59:59Z')).toBe('2026-10-25')
  expect(date('2026-10-25T22:00:00Z')).toBe('2026-10-26')
})
test('repeated calls with the same or another instant agree (the memo is per instant)', () => {
  expect(date('2026-03-01T22:00:00Z')).toBe('2026-03-02')
  expect(date('2026-03-01T22:00:00Z')).toBe('2026-03-02')
  expect(date('2026-03-01T21:00:00Z')).toBe('2026-03-01')
})
test('daysBetween counts calendar days, across month ends and clock changes', () => {
  expect(daysBetween('2026-03-02', '2026-03-02')).toBe(0)
  expect(daysBetween('2026-03-02', '2026-04-01')).toBe(30)
  expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2)
  expect(daysBetween('2026-03-02', '2026-02-28')).toBe(-2)
  expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2)
})
