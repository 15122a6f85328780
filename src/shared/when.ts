/**
 * One way to show dates, times and durations, for the renderer and the main side alike.
 *
 * Two kinds of time meet in a workshop. An *instant* (a block's actual start, a note's
 * time: an ISO string in UTC) is shown in a time zone: the machine's, which callers on
 * the main side name explicitly (`timeZone`), so a report composed there prints what run
 * mode showed. A *wall-clock time* (the agenda's planned 09:00: minutes since midnight)
 * and a *calendar date* (2026-03-29) have no zone and are never shifted. Both are
 * written by Intl in the interface language: 24-hour or 12-hour as that locale writes
 * it, the same on every screen and in every export. Durations are h:mm, signed when they
 * compare actual with planned. Never build a date or a "today" from `toISOString()`:
 * that is UTC, hours away from the facilitator east or west of Greenwich.
 */

/** An IANA zone name ('Africa/Nairobi'); undefined means the zone of the running process. */
export type TimeZone = string | undefined

/** The zone this process runs in (the machine's in both hosts). */
export const machineTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone

export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone })
    return true
  } catch {
    return false
  }
}

const timeOf = (language: string, timeZone: TimeZone) =>
  new Intl.DateTimeFormat(language, { timeStyle: 'short', timeZone })

/** A wall-clock time (minutes since midnight, wrapping at 24 h) as the language writes it. */
export function formatClock(minutes: number, language: string): string {
  const m = ((Math.round(minutes) % 1440) + 1440) % 1440
  return timeOf(language, 'UTC').format(Date.UTC(2000, 0, 1, Math.floor(m / 60), m % 60))
}

/**
 * A wall-clock time as typed ("9:30", "09:30", "9.30", "9h30", "9:30 pm", "9 ص") in minutes since
 * midnight, or null when it is not one. Whatever the language shows, every form reads back.
 */
export function readClock(text: string): number | null {
  const m = /^\s*(\d{1,2})(?:\s*[:.h]\s*(\d{2}))?\s*(am|a\.m\.|ص|pm|p\.m\.|م)?\s*$/i.exec(text)
  if (!m) return null
  const [hour, minute] = [Number(m[1]), Number(m[2] ?? 0)]
  const half = m[3]?.toLowerCase()
  if (minute > 59 || (half ? hour < 1 || hour > 12 : hour > 23)) return null
  const pm = half !== undefined && /^(pm|p\.m\.|م)$/.test(half)
  return ((hour % 12) + (pm ? 12 : 0) + (half ? 0 : hour >= 12 ? 12 : 0)) * 60 + minute
}

/** The time of day of an instant, in `timeZone`; '—' when there is none. */
export function formatTime(iso: string | null | undefined, language: string, timeZone?: TimeZone): string {
  const at = iso ? Date.parse(iso) : NaN
  return Number.isNaN(at) ? '—' : timeOf(language, timeZone).format(at)
}

/** Date and time of an instant, in `timeZone` (an unreadable value is shown as it is). */
export function formatDateTime(iso: string, language: string, timeZone?: TimeZone): string {
  const at = Date.parse(iso)
  if (Number.isNaN(at)) return iso
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(at)
}

/** A calendar date ('2026-03-29') as the language writes it, never moved by a zone; 'full' names the weekday. */
export function formatDay(ymd: string, language: string, style: 'medium' | 'full' = 'medium'): string {
  const [y, m, d] = ymd.split('-').map(Number)
  if (!y || !m || !d) return ymd
  return new Intl.DateTimeFormat(language, { dateStyle: style, timeZone: 'UTC' }).format(Date.UTC(y, m - 1, d))
}

/** A calendar month ('2026-03') as the language writes it ("March 2026", "mars 2026"). */
export function formatMonth(ym: string, language: string): string {
  const [y, m] = ym.split('-').map(Number)
  if (!y || !m) return ym
  return new Intl.DateTimeFormat(language, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(
    Date.UTC(y, m - 1, 1),
  )
}

function parts(at: number, timeZone: TimeZone) {
  const found: Record<string, number> = {}
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  })
  for (const p of format.formatToParts(at)) if (p.type !== 'literal') found[p.type] = Number(p.value)
  return found as Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', number>
}

/** The calendar date ('YYYY-MM-DD') an instant falls on in `timeZone`: "today" is `localDay(Date.now())`. */
export function localDay(at: number | string, timeZone?: TimeZone): string {
  const p = parts(typeof at === 'string' ? Date.parse(at) : at, timeZone)
  return `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`
}

/** Minutes since local midnight of an instant in `timeZone`: the agenda's clock is the venue's wall clock. */
export function wallMinutes(iso: string, timeZone?: TimeZone): number {
  const p = parts(Date.parse(iso), timeZone)
  return p.hour * 60 + p.minute + p.second / 60
}

/** Minutes as h:mm ("10:01", "-0:05"); `signed` adds "+" too (a difference against the plan). */
export function formatDuration(minutes: number, signed = false): string {
  const m = Math.abs(Math.round(minutes))
  // ASCII "-": the PDF writer's standard fonts have no U+2212 minus sign
  const sign = m === 0 ? '' : minutes < 0 ? '-' : signed ? '+' : ''
  return `${sign}${Math.floor(m / 60)}:${String(m % 60).padStart(2, '0')}`
}
