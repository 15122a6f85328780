/**
 * One seed drives every random choice of the fault suite (kill moments, damaged
 * bytes, fast-check's runs), so a failure printed with its seed can be replayed:
 * TC_FAULT_SEED=<seed> npm run test:faults. Timing still varies from run to run;
 * the schedule does not.
 */
export const DEFAULT_SEED = 20261130

export function suiteSeed(env: NodeJS.ProcessEnv = process.env): number {
  const given = Number.parseInt(env.TC_FAULT_SEED ?? '', 10)
  return Number.isInteger(given) ? given >>> 0 : DEFAULT_SEED
}

export interface Random {
  /** [0, 1) */
  next(): number
  int(min: number, max: number): number
  pick<T>(items: readonly T[]): T
}

/** mulberry32: tiny, fast and good enough to spread kill moments. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1))
  return { next, int, pick: (items) => items[int(0, items.length - 1)]! }
}
