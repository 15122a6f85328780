/**
 * Which page made a call (its client id), known to everything the call leads to without
 * passing it along: the dispatcher runs the handler inside this context, and the store's
 * listeners, which run in the same chain of promises, read it to say who changed what.
 */
import { AsyncLocalStorage } from 'node:async_hooks'

const context = new AsyncLocalStorage<string>()

/** A client id as the renderer makes one (a UUID); anything else is not remembered. */
export const isClientId = (value: unknown): value is string =>
  typeof value === 'string' && /^[A-Za-z0-9-]{8,64}$/.test(value)

export const asCaller = <T>(by: unknown, work: () => T): T => (isClientId(by) ? context.run(by, work) : work())

export const currentCaller = (): string | null => context.getStore() ?? null
