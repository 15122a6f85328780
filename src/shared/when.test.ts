/** Issue #18 item 3: the one formatter, east and west of UTC, a half-hour zone and a DST change. */
import { describe, expect, it } from 'vitest'
import {
  formatClock,
  formatDay,
  formatDuration,
  formatMonth,
  formatTime,
  isTimeZone,
  localDay,
  readClock,
  wallMinutes,
} from './when'

const startedAt = '2026-06-01T06:02:00.000Z'

describe('instants in a time zone', () => {
  it.each([
    ['Africa/Nairobi', '9:02 AM', '09:02', 9 * 60 + 2],
    ['America/Bogota', '1:02 AM', '01:02', 60 + 2],
    ['Asia/Kolkata', '11:32 AM', '11:32', 11 * 60 + 32],
  ])('%s: %s in English, %s in French', (zone, en, fr, minutes) => {
    expect(formatTime(startedAt, 'en', zone)).toBe(en)
    expect(formatTime(startedAt, 'fr', zone)).toBe(fr)
    expect(wallMinutes(startedAt, zone)).toBe(minutes)
  })
  it('writes a wall-clock time as an instant at that time is written, per language', () => {
    for (const language of ['en', 'fr', 'ar'])
      expect(formatClock(9 * 60 + 2, language)).toBe(formatTime(startedAt, language, 'Africa/Nairobi'))
    expect(formatClock(0, 'fr')).toBe('00:00')
    expect(formatClock(24 * 60 + 30, 'en')).toBe('12:30 AM')
  })
  it('follows Europe/Paris across both DST changes (last Sundays of March and October)', () => {
    expect(formatTime('2026-03-29T00:30:00Z', 'fr', 'Europe/Paris')).toBe('01:30')
    expect(formatTime('2026-03-29T01:30:00Z', 'fr', 'Europe/Paris')).toBe('03:30')
    expect(formatTime('2026-10-25T00:30:00Z', 'fr', 'Europe/Paris')).toBe('02:30')
    expect(formatTime('2026-10-25T01:30:00Z', 'fr', 'Europe/Paris')).toBe('02:30')
    expect(wallMinutes('2026-03-29T01:30:00Z', 'Europe/Paris')).toBe(3 * 60 + 30)
  })
  it('shows no time for no instant', () => {
    expect(formatTime(null, 'en')).toBe('—')
  })
})

describe('calendar days', () => {
  it.each([
    ['Africa/Nairobi', '2026-06-02'],
    ['America/Bogota', '2026-06-01'],
    ['Asia/Kolkata', '2026-06-02'],
    ['UTC', '2026-06-01'],
  ])('22:30 UTC on 1 June is %s on %s', (zone, day) => {
    expect(localDay('2026-06-01T22:30:00Z', zone)).toBe(day)
  })
  it('is 31 May in Bogota until 05:00 UTC on 1 June', () => {
    expect(localDay(Date.parse('2026-06-01T04:59:00Z'), 'America/Bogota')).toBe('2026-05-31')
  })
  it('writes a date without moving it, whatever the zone', () => {
    expect(formatDay('2026-03-29', 'en')).toBe('Mar 29, 2026')
    expect(formatDay('2026-03-29', 'fr')).toBe('29 mars 2026')
    expect(formatDay('', 'fr')).toBe('')
  })
  it('knows a zone from a made-up one', () => {
    expect(isTimeZone('Asia/Kolkata')).toBe(true)
    expect(isTimeZone('Mars/Olympus')).toBe(false)
  })
})

describe('durations', () => {
  it.each([
    [601, false, '10:01'],
    [601, true, '+10:01'],
    [-5, true, '-0:05'],
    [-65, false, '-1:05'],
    [0, true, '0:00'],
  ])('%i minutes (signed: %s) read %s', (minutes, signed, text) => {
    expect(formatDuration(minutes, signed)).toBe(text)
  })
})

describe('reading a typed time back', () => {
  it.each([
    ['9:30', 570],
    ['09:30', 570],
    ['9h30', 570],
    ['21.05', 21 * 60 + 5],
    ['9:30 PM', 21 * 60 + 30],
    ['12:00 am', 0],
    ['12 pm', 720],
    ['9:30 م', 21 * 60 + 30],
    [formatClock(570, 'en'), 570],
    [formatClock(21 * 60, 'ar'), 21 * 60],
  ])('%s is %i minutes after midnight', (text, minutes) => {
    expect(readClock(text)).toBe(minutes)
  })
  it.each(['', '25:00', '9:75', '13 pm', 'nine'])('%s is not a time', (text) => {
    expect(readClock(text)).toBeNull()
  })
})

describe('months', () => {
  it('writes a month in the language', () => {
    expect(formatMonth('2014-10', 'en')).toBe('October 2014')
    expect(formatMonth('2014-10', 'fr')).toBe('octobre 2014')
  })
})
