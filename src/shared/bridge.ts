/**
 * An Api-shaped object over one transport function. The preload builds it from the contract's
 * channel list (contextBridge copies plain objects only); the browser-mode bridge answers any
 * channel name as a proxy, so the renderer's first screen calls the main side without loading
 * the contract's schemas (zod). The main side refuses a name that is not a channel either way.
 */
import type { Api, Channel } from './contract'
import type { Result } from './result'

type Send = (channel: Channel, input: unknown) => Promise<Result<unknown>>

export function buildBridge(send: Send, channels: readonly Channel[]): Api {
  const bridge: Record<string, (input?: unknown) => Promise<Result<unknown>>> = {}
  for (const channel of channels) bridge[channel] = (input?: unknown) => send(channel, input)
  return bridge as unknown as Api
}

/** every channel is named area:action; anything else (then, toJSON, a symbol) is not a method */
export function proxyBridge(send: Send): Api {
  const methods = new Map<string, (input?: unknown) => Promise<Result<unknown>>>()
  const method = (name: string) => {
    let fn = methods.get(name)
    if (!fn) methods.set(name, (fn = (input?: unknown) => send(name as Channel, input)))
    return fn
  }
  return new Proxy({} as Api, {
    get: (_target, name) => (typeof name === 'string' && /^[a-zA-Z]+:[a-zA-Z]+$/.test(name) ? method(name) : undefined),
  })
}
