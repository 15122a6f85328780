/** The ticking clock run modes (workshops, scenarios, presenter) count down with. */
import { useEffect, useState } from 'react'

export function useNow(ms = 1000): number {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), ms)
    return () => clearInterval(timer)
  }, [ms])
  return now
}

/** Seconds as m:ss, with a minus sign once time has run out. */
export const mmss = (seconds: number): string => {
  const s = Math.abs(Math.round(seconds))
  return `${seconds < 0 ? '−' : ''}${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`
}
