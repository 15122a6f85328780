/**
 * The machine's own zone (no `timeZone` given), as the renderer uses it: the process's TZ is
 * changed before each case (Node re-reads it for Date and Intl), east, west, a half hour, DST.
 */
import { afterAll, describe, expect, it } from 'vitest'
import { formatTime, localDay, machineTimeZone, wallMinutes } from '@shared/when'

const before = process.env.TZ
afterAll(() => {
  if (before === undefined) delete process.env.TZ
  else process.env.TZ = before
})

describe.each([
  ['Africa/Nairobi', '2026-06-01T21:30:00Z', '2026-06-02', '00:30', 30],
  ['America/Bogota', '2026-06-01T03:00:00Z', '2026-05-31', '22:00', 22 * 60],
  ['Asia/Kolkata', '2026-06-01T18:45:00Z', '2026-06-02', '00:15', 15],
  ['Europe/Paris', '2026-10-24T22:30:00Z', '2026-10-25', '00:30', 30],
  ['Europe/Paris', '2026-10-25T01:30:00Z', '2026-10-25', '02:30', 150],
])('TZ=%s, %s', (zone, instant, day, time, minutes) => {
  it(`is ${day} at ${time} on this machine`, () => {
    process.env.TZ = zone
    // ICU may name a zone by an older alias (Asia/Kolkata → Asia/Calcutta): compare what it says
    expect(formatTime(instant, 'fr', machineTimeZone())).toBe(formatTime(instant, 'fr', zone))
    expect(localDay(instant)).toBe(day)
    expect(formatTime(instant, 'fr')).toBe(time)
    expect(wallMinutes(instant)).toBe(minutes)
  })
})
