/**
 * The renderer's single door to the main side. Under Electron the preload has put
 * the bridge on window.tc; in browser mode we build the HTTP bridge. Either way the
 * rest of the renderer sees the same typed Api.
 */
import type { Api, Channel, Input, Output } from '@shared/contract'
import type { AppError } from '@shared/result'
import { createHttpBridge } from './http-bridge'
import { clientId } from './client-id'
import { say } from '../i18n/i18n'

declare global {
  interface Window {
    tc?: Api
  }
}

export const api: Api = window.tc ?? createHttpBridge(fetch, clientId)
export const hostKind: 'desktop' | 'browser' = window.tc ? 'desktop' : 'browser'

/** Its message is in the facilitator's language where the main side said it with an id. */
export class ApiError extends Error {
  constructor(readonly error: AppError) {
    super(error.said ? say(error.said) : error.message)
  }
}

/** Input the main side refused is explained in the facilitator's language (explain-refusal.ts, loaded then). */
async function inLanguage(channel: Channel, input: unknown, error: AppError): Promise<AppError> {
  if (error.code !== 'invalid-input') return error
  // a tab whose chunks are gone (the app was rebuilt) still says the main side's own words
  const explaining = await import('./explain-refusal').catch(() => null)
  return explaining ? explaining.explainRefusal(channel, input, error) : error
}

/** Calls a channel and unwraps its Result, throwing ApiError for the UI to show. */
export async function call<K extends Channel>(channel: K, ...args: Parameters<Api[K]>): Promise<Output<K>> {
  const fn = api[channel] as (
    ...a: unknown[]
  ) => Promise<{ ok: true; value: Output<K> } | { ok: false; error: AppError }>
  const result = await fn(...(args as unknown[]))
  if (!result.ok) throw new ApiError(await inLanguage(channel, args[0], result.error))
  return result.value
}

export type { Input }
