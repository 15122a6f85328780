/**
 * Run mode's clocks, with pauses. A pause (a fire drill, a minister arriving) stops both
 * the running block's clock and the day's: while it lasts no time drains, and the
 * minutes it took are left out of what the block "ran", so planned against actual
 * stays honest; the pause itself is kept and reported beside it.
 */
import type { Block } from './workshop'

type Timed = Pick<Block, 'actualStart' | 'actualEnd' | 'pauses'>
const at = (iso: string) => Date.parse(iso)

export const isPaused = (b: Pick<Block, 'pauses'>): boolean => b.pauses.some((p) => p.until === null)

/** Seconds of pauses (an open one lasting until `now`) between `start` and `end`. */
function pausedBetween(b: Timed, start: number, end: number, now: number): number {
  let total = 0
  for (const p of b.pauses) {
    const from = Math.max(start, at(p.at))
    const to = Math.min(end, p.until ? at(p.until) : now)
    if (to > from) total += to - from
  }
  return total / 1000
}

/** Seconds the block stood paused between its start and its end (or `now`). */
export function pausedSeconds(b: Timed, now: number): number {
  if (!b.actualStart) return 0
  return pausedBetween(b, at(b.actualStart), b.actualEnd ? at(b.actualEnd) : now, now)
}

/**
 * Seconds the block has run (so far), its pauses left out; null before it starts. In a
 * pause it is what had run when the pause began, whatever `now` says (a page's clock
 * that ticked a moment before the pause shows the same time as one a moment after).
 */
export function runSeconds(b: Timed, now: number): number | null {
  if (!b.actualStart) return null
  const start = at(b.actualStart)
  const open = b.pauses.find((p) => p.until === null)
  const end = b.actualEnd ? at(b.actualEnd) : open ? at(open.at) : now
  return Math.max(0, (end - start) / 1000 - pausedBetween(b, start, end, now))
}

/** Seconds left of the block's time (planned plus extensions); negative once it runs over. */
export function secondsLeft(b: Timed & Pick<Block, 'minutes' | 'extendedBy'>, now: number): number {
  return (b.minutes + b.extendedBy) * 60 - (runSeconds(b, now) ?? 0)
}

export interface DayClock {
  /** the day's programme still to run: the running block's time left and the blocks not yet started */
  secondsLeft: number
  /** how far the day's run so far is over its plan (negative: ahead), pauses left out */
  overSeconds: number
  /** the day's pauses so far */
  pausedSeconds: number
}

/** The day's clock from its blocks in order; `runningId` is the block run mode is running. */
export function dayClock(blocks: Block[], runningId: string | null, now: number): DayClock {
  const clock: DayClock = { secondsLeft: 0, overSeconds: 0, pausedSeconds: 0 }
  for (const b of blocks) {
    const ran = runSeconds(b, now)
    clock.pausedSeconds += pausedSeconds(b, now)
    if (b.id === runningId && !b.actualEnd) {
      clock.secondsLeft += Math.max(0, secondsLeft(b, now))
      clock.overSeconds += Math.max(0, (ran ?? 0) - b.minutes * 60)
    } else if (ran === null) clock.secondsLeft += b.minutes * 60
    else if (b.actualEnd) clock.overSeconds += ran - b.minutes * 60
  }
  return clock
}
