import { describe, expect, it, vi } from 'vitest'
import { channels, contract, type Channel } from '@shared/contract'
import { createHandlers } from './handlers'
import { memoryHandlerDeps } from './testing/handler-deps'
import { registerIpc } from './electron/ipc'
import { createHttpBridge } from '../renderer/src/api/http-bridge'

const exposed: Record<string, unknown> = {}
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => (exposed[key] = value) },
  ipcRenderer: { invoke: vi.fn() },
}))

const sorted = (names: Iterable<string>) => [...names].sort()

describe('the one contract', () => {
  const contractChannels = sorted(Object.keys(contract))

  it('declares real channels the shell needs', () => {
    expect(contractChannels).toEqual(
      expect.arrayContaining(['app:info', 'settings:get', 'settings:set', 'library:list']),
    )
    expect(sorted(channels)).toEqual(contractChannels)
  })

  it('the main handler registry lists exactly the contract channels', () => {
    const handlers = createHandlers(memoryHandlerDeps())
    expect(sorted(Object.keys(handlers))).toEqual(contractChannels)
  })

  it('ipcMain gets exactly the contract channels registered', () => {
    const registered: string[] = []
    registerIpc({ handle: (channel) => registered.push(channel) }, async () => ({ ok: true, value: null }))
    expect(sorted(registered)).toEqual(contractChannels)
  })

  it('the preload bridge exposes one method per contract channel', async () => {
    await import('../preload/index')
    const bridge = exposed.tc as Record<string, unknown>
    expect(sorted(Object.keys(bridge))).toEqual(contractChannels)
    for (const fn of Object.values(bridge)) expect(typeof fn).toBe('function')
  })

  it('the browser-mode bridge answers every channel and posts to /api/<channel>', async () => {
    const calls: string[] = []
    const fakeFetch = (async (url: string) => {
      calls.push(url)
      return new Response(JSON.stringify({ ok: true, value: 'x' }))
    }) as unknown as typeof fetch
    const bridge = createHttpBridge(fakeFetch)
    for (const channel of contractChannels) expect(typeof bridge[channel as Channel]).toBe('function')
    // not a channel: not a method (a bridge handed to `await` or JSON.stringify stays what it is)
    for (const name of ['then', 'toJSON', 'constructor', 'library']) expect((bridge as never)[name]).toBeUndefined()
    await bridge['library:list']()
    await bridge['dataFolder:get']()
    expect(calls).toEqual(['/api/library%3Alist', '/api/dataFolder%3Aget'])
  })
})
