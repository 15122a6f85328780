/**
 * Agenda arithmetic the builder, run mode and report share: each day's date and start
 * (its own, or following the workshop's), planned start times from the day's start and
 * the blocks before, day totals, and the warnings a facilitator wants before the day
 * (an overrunning day, one sector facilitating).
 */
import { runSeconds } from './run-clock'
import { fromClock } from './clock-text'
import { formatDay } from './when'
import { tidyBlock, type AgendaDaySetting, type Block, type WorkshopFields } from './workshop'

export { fromClock, toClock } from './clock-text'

export interface PlannedBlock extends Block {
  plannedStart: number
  plannedEnd: number
}

export interface AgendaDay {
  day: number
  /** 'YYYY-MM-DD', or '' when neither the day nor the workshop has one */
  date: string
  /** the day's start ('HH:MM') */
  start: string
  blocks: PlannedBlock[]
  totalMinutes: number
  warnings: string[]
}

type DayFields = Pick<WorkshopFields, 'days' | 'startDate' | 'dayStart'>

/** A calendar date `n` days after 'YYYY-MM-DD' ('' stays ''). */
export function addDays(ymd: string, n: number): string {
  const [y, m, d] = ymd.split('-').map(Number)
  if (!y || !m || !d) return ''
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10)
}

/** Day `day`'s date and start: its own, else the day after the day before (day 1: the workshop's start date) and `dayStart`. */
export function dayPlan(w: DayFields, day: number): { date: string; start: string } {
  let date = ''
  for (let n = 1; n <= day; n++) date = w.days[n - 1]?.date || (n === 1 ? w.startDate : addDays(date, 1))
  return { date: /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : '', start: w.days[day - 1]?.start || w.dayStart }
}

/** The days' settings with day `day`'s changed (days before it added, following the workshop; none left trailing). */
export function withDay(days: AgendaDaySetting[], day: number, change: Partial<AgendaDaySetting>): AgendaDaySetting[] {
  const out = [...days]
  while (out.length < day) out.push({ date: '', start: '' })
  out[day - 1] = { ...out[day - 1]!, ...change }
  while (out.length && !out.at(-1)!.date && !out.at(-1)!.start) out.pop()
  return out
}

/** A day's heading: its name ("Day 2") and, when it has one, its date with the weekday. */
export const dayTitle = (name: string, date: string, language: string): string =>
  date ? `${name} — ${formatDay(date, language, 'full')}` : name

export function planAgenda(
  w: Pick<WorkshopFields, 'agenda' | 'dayStart' | 'dayMaxMinutes'> & Partial<DayFields>,
): AgendaDay[] {
  const dayFields: DayFields = { days: w.days ?? [], startDate: w.startDate ?? '', dayStart: w.dayStart }
  const days = [...new Set(w.agenda.map((b) => b.day))].sort((a, b) => a - b)
  return days.map((day) => {
    const { date, start } = dayPlan(dayFields, day)
    let clock = fromClock(start)
    const blocks = w.agenda
      .filter((b) => b.day === day)
      .map((b) => {
        const planned = { ...tidyBlock(b), plannedStart: clock, plannedEnd: clock + b.minutes }
        clock += b.minutes
        return planned
      })
    const totalMinutes = blocks.reduce((n, b) => n + b.minutes, 0)
    const warnings: string[] = []
    if (totalMinutes > w.dayMaxMinutes) warnings.push('overrun')
    const sectorsFacilitating = new Set(blocks.flatMap((b) => b.facilitators.map((f) => f.sector)))
    if (blocks.some((b) => b.facilitators.length) && sectorsFacilitating.size === 1) warnings.push('single-sector')
    return { day, date, start, blocks, totalMinutes, warnings }
  })
}

/** Minutes a block ran (or has run so far), from its recorded start and end, its pauses left out. */
export function actualMinutes(b: Block, now = Date.now()): number | null {
  const ran = runSeconds(b, now)
  return ran === null ? null : Math.round(ran / 60)
}

export function balance<T extends string>(values: T[]): Record<T, number> {
  const out = {} as Record<T, number>
  for (const v of values) out[v] = (out[v] ?? 0) + 1
  return out
}

/** The workshop's first and last dates: its dated agenda days where it has them, else its start and end dates. */
export function workshopDates(w: Parameters<typeof planAgenda>[0] & Pick<WorkshopFields, 'startDate' | 'endDate'>): {
  from: string
  to: string
} {
  const dated = planAgenda(w)
    .map((d) => d.date)
    .filter(Boolean)
  return { from: dated[0] ?? w.startDate, to: dated.at(-1) ?? w.endDate }
}

/** "2 Mar 2026 – 3 Mar 2026", one date, or '' — as a printout's words write a range. */
export function datesLine(
  w: Parameters<typeof workshopDates>[0],
  words: { locale: string; dateRange(from: string, to: string): string },
): string {
  const { from, to } = workshopDates(w)
  const day = (ymd: string) => formatDay(ymd, words.locale)
  if (from && to && from !== to) return words.dateRange(day(from), day(to))
  return from ? day(from) : ''
}
