export const median = (xs: number[]) => quantile(xs, 0.5)

export function quantile(xs: number[], q: number): number {
  if (!xs.length) return NaN
  const sorted = [...xs].sort((a, b) => a - b)
  const pos = (sorted.length - 1) * q
  const lo = Math.floor(pos)
  const hi = Math.ceil(pos)
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo)
}

export async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now()
  const value = await work()
  return { ms: performance.now() - start, value }
}

/** Peak resident memory of this process (worker threads included) while `work` runs. */
export async function peakRss<T>(work: () => Promise<T>): Promise<{ peakMb: number; value: T }> {
  let peak = process.memoryUsage.rss()
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 25)
  try {
    const value = await work()
    return { peakMb: Math.max(peak, process.memoryUsage.rss()) / 1e6, value }
  } finally {
    clearInterval(timer)
  }
}

/** A deterministic generator, so every run asks the same queries. */
export function seeded(seed: number) {
  let s = seed
  return () => (s = (s * 16807) % 2147483647) / 2147483647
}
