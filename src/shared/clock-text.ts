/** Wall-clock times as records keep them, apart from the agenda's schemas (the renderer's save path reads them). */

/** A wall-clock time as the record keeps it ("09:05"); shown through shared/when's formatClock. */
export const toClock = (minutes: number): string => {
  const m = ((Math.round(minutes) % 1440) + 1440) % 1440
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`
}
export const fromClock = (hhmm: string): number => {
  const [h = 0, m = 0] = hhmm.split(':').map(Number)
  return h * 60 + m
}
