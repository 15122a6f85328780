import { randomUUID } from 'node:crypto'

export interface Clock {
  now(): string
}

export const systemClock: Clock = { now: () => new Date().toISOString() }

export const newId = (): string => randomUUID()
