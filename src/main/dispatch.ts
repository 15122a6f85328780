/**
 * The validating door every call goes through, in both hosts: refuse unknown
 * channels, parse the input with the channel's schema before any service runs,
 * and turn whatever the service does into a Result.
 */
import { contract, isChannel, type Channel, type Output, type ParsedInput } from '@shared/contract'
import { fail, ok, ServiceError, type Result } from '@shared/result'
import { inputRefused } from '@shared/input-issues'
import { asCaller } from './caller'

export type Handlers = { [K in Channel]: (input: ParsedInput<K>) => Promise<Output<K>> | Output<K> }

/** `caller`: the client id of the page that called, told to whoever hears the changes it makes. */
export type Dispatch = (channel: unknown, input: unknown, caller?: unknown) => Promise<Result<unknown>>

export function createDispatcher(handlers: Handlers, log: (e: unknown) => void = console.error): Dispatch {
  return async (channel, input, caller) => {
    if (!isChannel(channel)) return fail('unknown-channel', `Unknown channel: ${String(channel)}`)
    const parsed = contract[channel].input.safeParse(input)
    if (!parsed.success) {
      const said = inputRefused(parsed.error)
      return fail('invalid-input', `${channel} refused its input — ${said.values.details}`, said)
    }
    try {
      const handler = handlers[channel] as (i: unknown) => unknown
      return ok(await asCaller(caller, () => handler(parsed.data)))
    } catch (error) {
      if (error instanceof ServiceError) return fail(error.code, error.message, error.said)
      log(error)
      return fail('internal', `${channel} failed: ${error instanceof Error ? error.message : String(error)}`)
    }
  }
}
