import { describe, expect, it, vi } from 'vitest'
import { channels, contract } from '@shared/contract'
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

  it('the browser-mode bridge exposes the same channels and posts to /api/<channel>', async () => {
    const calls: string[] = []
    const fakeFetch = (async (url: string) => {
      calls.push(url)
      return new Response(JSON.stringify({ ok: true, value: 'x' }))
    }) as unknown as typeof fetch
    const bridge = createHttpBridge(fakeFetch)
    expect(sorted(Object.keys(bridge))).toEqual(contractChannels)
    await bridge['library:list']()
    expect(calls).toEqual(['/api/library%3Alist'])
  })
})
