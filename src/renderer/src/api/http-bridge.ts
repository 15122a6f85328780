/**
 * Browser mode's transport: each channel is a POST to /api/<channel> on the same
 * origin. The access token travels as the HttpOnly cookie (named for this server's
 * port) the server set when the printed URL was first opened; the page's client id
 * travels as a header.
 */
import type { Api } from '@shared/contract'
import { proxyBridge } from '@shared/bridge'
import type { Result } from '@shared/result'
import { userMessage } from '@shared/user-message'

const KEEPALIVE_MAX = 16 * 1024

/** The server explains a refusal (a restarted server, a stale tab) as a Result the renderer can say. */
function parseResult(text: string): Result<never> | undefined {
  try {
    const parsed = JSON.parse(text) as Result<never>
    return parsed && parsed.ok === false && parsed.error ? parsed : undefined
  } catch {
    return undefined
  }
}

export function createHttpBridge(fetchFn: typeof fetch = fetch, client = ''): Api {
  return proxyBridge(async (channel, input) => {
    try {
      const body = input === undefined ? '' : JSON.stringify(input)
      const response = await fetchFn(`/api/${encodeURIComponent(channel)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...(client ? { 'X-TC-Client': client } : {}) },
        body,
        credentials: 'same-origin',
        // a small write sent as the tab closes still arrives (browsers allow 64 KB of these in flight)
        keepalive: body.length < KEEPALIVE_MAX,
      })
      if (!response.ok) {
        const text = await response.text()
        const refusal = parseResult(text)
        if (refusal) return refusal
        return {
          ok: false,
          error: { code: 'forbidden', message: `${response.status}: ${text}` },
        } satisfies Result<never>
      }
      return (await response.json()) as Result<unknown>
    } catch (error) {
      const message = `Browser mode lost contact with its server (${(error as Error).message}). Is "npm run serve" still running?`
      const said = userMessage('server-unreachable')
      return { ok: false, error: { code: 'unreachable', message, said } } satisfies Result<never>
    }
  })
}
