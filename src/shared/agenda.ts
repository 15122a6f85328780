/**
 * Agenda arithmetic the builder, run mode and report share: planned start times
 * from the day's start and the blocks before, day totals, and the warnings a
 * facilitator wants before the day (an overrunning day, one sector facilitating).
 */
import type { Block, WorkshopFields } from './workshop'

/** A wall-clock time as the record keeps it ("09:05"); shown through shared/when's formatClock. */
export const toClock = (minutes: number): string => {
  const m = ((Math.round(minutes) % 1440) + 1440) % 1440
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`
}
export const fromClock = (hhmm: string): number => {
  const [h = 0, m = 0] = hhmm.split(':').map(Number)
  return h * 60 + m
}

export interface PlannedBlock extends Block {
  plannedStart: number
  plannedEnd: number
}

export interface AgendaDay {
  day: number
  blocks: PlannedBlock[]
  totalMinutes: number
  warnings: string[]
}

export function planAgenda(w: Pick<WorkshopFields, 'agenda' | 'dayStart' | 'dayMaxMinutes'>): AgendaDay[] {
  const days = [...new Set(w.agenda.map((b) => b.day))].sort((a, b) => a - b)
  return days.map((day) => {
    let clock = fromClock(w.dayStart)
    const blocks = w.agenda
      .filter((b) => b.day === day)
      .map((b) => {
        const planned = { ...b, plannedStart: clock, plannedEnd: clock + b.minutes }
        clock += b.minutes
        return planned
      })
    const totalMinutes = blocks.reduce((n, b) => n + b.minutes, 0)
    const warnings: string[] = []
    if (totalMinutes > w.dayMaxMinutes) warnings.push('overrun')
    const sectorsFacilitating = new Set(blocks.flatMap((b) => b.facilitators.map((f) => f.sector)))
    if (blocks.some((b) => b.facilitators.length) && sectorsFacilitating.size === 1) warnings.push('single-sector')
    return { day, blocks, totalMinutes, warnings }
  })
}

/** Minutes a block ran (or has run so far), from its recorded start and end. */
export function actualMinutes(b: Block, now = Date.now()): number | null {
  if (!b.actualStart) return null
  const end = b.actualEnd ? Date.parse(b.actualEnd) : now
  return Math.round((end - Date.parse(b.actualStart)) / 60_000)
}

export function balance<T extends string>(values: T[]): Record<T, number> {
  const out = {} as Record<T, number>
  for (const v of values) out[v] = (out[v] ?? 0) + 1
  return out
}
