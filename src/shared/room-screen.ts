/**
 * What the participant screen shows of a workshop (DESIGN.md §4: the room sees the
 * current block, what comes next and the time left — never facilitator notes,
 * facilitators' details, readings or participants' names). The main side builds it,
 * with names taken out of the titles, so a screen on another device could be served
 * exactly this and nothing more.
 */
import { planAgenda, type PlannedBlock } from './agenda'
import type { Block, Workshop } from './workshop'

export interface ScreenBlock extends Pick<
  Block,
  'id' | 'day' | 'kind' | 'title' | 'minutes' | 'extendedBy' | 'actualStart' | 'actualEnd' | 'pauses'
> {
  /** the day's date ('' when it has none) */
  date: string
  plannedStart: number
  plannedEnd: number
}

export interface RoomScreen {
  title: string
  /** the block run mode is running, if any */
  current: ScreenBlock | null
  /** the block after it (or, with none running, the first not yet run) */
  next: ScreenBlock | null
  /** every block has run */
  ended: boolean
}

export function roomScreen(w: Workshop, namesOut: (text: string) => string): RoomScreen {
  const days = planAgenda(w)
  const dateOf = new Map(days.map((d) => [d.day, d.date]))
  const blocks = days.flatMap((d) => d.blocks)
  const show = (b: PlannedBlock | undefined): ScreenBlock | null =>
    b
      ? {
          id: b.id,
          day: b.day,
          kind: b.kind,
          title: namesOut(b.title),
          minutes: b.minutes,
          extendedBy: b.extendedBy,
          actualStart: b.actualStart,
          actualEnd: b.actualEnd,
          pauses: b.pauses,
          date: dateOf.get(b.day) ?? '',
          plannedStart: b.plannedStart,
          plannedEnd: b.plannedEnd,
        }
      : null
  const running = blocks.find((b) => b.id === w.runningBlockId)
  const next = running ? blocks[blocks.indexOf(running) + 1] : blocks.find((b) => !b.actualStart)
  return {
    title: namesOut(w.title),
    current: show(running),
    next: show(next),
    ended: !running && !next && blocks.length > 0,
  }
}
