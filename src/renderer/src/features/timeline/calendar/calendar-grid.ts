/**
 * Where timeline entries fall on a month or year calendar. An entry is drawn only as
 * precisely as it is known: a day-precise one on each of its days, one known to the month
 * in the month's own band, one known to the year in the year's band — never spread over
 * thirty or 365 days it may not have lasted.
 */
import type { TimelineEntry } from '@shared/timeline'

/** A calendar cell: its ISO day, and whether it belongs to the month shown. */
export interface DayCell {
  day: string
  inMonth: boolean
}

const DAY_MS = 86_400_000
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10)
const utc = (day: string) => Date.parse(`${day}T00:00:00Z`)

/** The first day of the week where the language is spoken, ISO-numbered (1 = Monday … 7 = Sunday). */
export function firstDayOfWeek(language: string): number {
  try {
    const locale = new Intl.Locale(language) as Intl.Locale & {
      getWeekInfo?: () => { firstDay: number }
      weekInfo?: { firstDay: number }
    }
    return locale.getWeekInfo?.().firstDay ?? locale.weekInfo?.firstDay ?? 1
  } catch {
    return 1
  }
}

/** The weeks of a month ('2014-06'), whole weeks starting on `firstDay`, with the neighbouring days that fill them. */
export function monthWeeks(ym: string, firstDay: number): DayCell[][] {
  const first = utc(`${ym}-01`)
  const isoWeekday = ((new Date(first).getUTCDay() + 6) % 7) + 1
  let at = first - ((isoWeekday - firstDay + 7) % 7) * DAY_MS
  const weeks: DayCell[][] = []
  do {
    const week: DayCell[] = []
    for (let i = 0; i < 7; i++, at += DAY_MS) week.push({ day: iso(at), inMonth: iso(at).startsWith(ym) })
    weeks.push(week)
  } while (iso(at).startsWith(ym))
  return weeks
}

/** The seven weekday names in calendar order, as the language writes them. */
export function weekdayNames(language: string, firstDay: number, width: 'short' | 'long'): string[] {
  const format = new Intl.DateTimeFormat(language, { weekday: width, timeZone: 'UTC' })
  const monday = utc('2024-01-01')
  return Array.from({ length: 7 }, (_, i) => format.format(monday + ((firstDay - 1 + i) % 7) * DAY_MS))
}

const lastDayOfMonth = (ym: string) => {
  const [y, m] = ym.split('-').map(Number)
  return iso(Date.UTC(y!, m!, 0))
}

export interface MonthPlacement {
  byDay: Map<string, TimelineEntry[]>
  wholeMonth: TimelineEntry[]
  wholeYear: TimelineEntry[]
}

export function placeInMonth(entries: TimelineEntry[], ym: string): MonthPlacement {
  const [monthStart, monthEnd] = [`${ym}-01`, lastDayOfMonth(ym)]
  const year = ym.slice(0, 4)
  const placed: MonthPlacement = { byDay: new Map(), wholeMonth: [], wholeYear: [] }
  for (const e of entries) {
    if (e.precision === 'year') {
      if (e.start.slice(0, 4) <= year && e.end.slice(0, 4) >= year) placed.wholeYear.push(e)
    } else if (e.end >= monthStart && e.start <= monthEnd) {
      if (e.precision === 'month') placed.wholeMonth.push(e)
      else
        for (
          let at = utc(e.start < monthStart ? monthStart : e.start);
          iso(at) <= e.end && iso(at) <= monthEnd;
          at += DAY_MS
        )
          placed.byDay.set(iso(at), [...(placed.byDay.get(iso(at)) ?? []), e])
    }
  }
  return placed
}

export interface YearPlacement {
  /** twelve lists, January first: entries known to the day or month that touch that month */
  months: TimelineEntry[][]
  wholeYear: TimelineEntry[]
}

export function placeInYear(entries: TimelineEntry[], year: number): YearPlacement {
  const placed: YearPlacement = { months: Array.from({ length: 12 }, () => []), wholeYear: [] }
  const y = String(year)
  for (const e of entries) {
    if (e.precision === 'year') {
      if (e.start.slice(0, 4) <= y && e.end.slice(0, 4) >= y) placed.wholeYear.push(e)
      continue
    }
    placed.months.forEach((list, i) => {
      const ym = `${y}-${String(i + 1).padStart(2, '0')}`
      if (e.end >= `${ym}-01` && e.start <= lastDayOfMonth(ym)) list.push(e)
    })
  }
  return placed
}

/** The month `delta` months from `ym`. */
export function addMonths(ym: string, delta: number): string {
  const [y, m] = ym.split('-').map(Number)
  const d = new Date(Date.UTC(y!, m! - 1 + delta, 1))
  return iso(d.getTime()).slice(0, 7)
}
