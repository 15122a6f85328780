/**
 * The one IPC contract. Every channel is declared here once: its name, the zod
 * schema its input must pass, and (as a phantom type) what it answers. The main
 * handler registry, the preload bridge, the browser-mode bridge and the renderer's
 * Api type are all derived from this object; src/main/contract.test.ts proves they agree.
 */
import { z } from 'zod'
import type { Resource } from './model'
import { Settings } from './model'
import type { Result } from './result'

const returns = <T>() => undefined as unknown as T

export interface AppInfo {
  name: string
  version: string
  host: 'desktop' | 'browser'
  dataDir: string
  platform: string
  nodeVersion: string
  notices: string[]
}

export const contract = {
  'app:info': { input: z.undefined(), output: returns<AppInfo>() },
  'settings:get': { input: z.undefined(), output: returns<Settings>() },
  'settings:set': { input: Settings.partial().strict(), output: returns<Settings>() },
  'library:list': { input: z.undefined(), output: returns<Resource[]>() },
} as const

export type Contract = typeof contract
export type Channel = keyof Contract
export type Input<K extends Channel> = z.input<Contract[K]['input']>
export type ParsedInput<K extends Channel> = z.output<Contract[K]['input']>
export type Output<K extends Channel> = Contract[K]['output']

export const channels = Object.keys(contract) as Channel[]

export const isChannel = (name: unknown): name is Channel => typeof name === 'string' && Object.hasOwn(contract, name)

/** What the renderer holds: one async method per channel, answering a Result. */
export type Api = {
  [K in Channel]: (...args: Input<K> extends undefined ? [] : [input: Input<K>]) => Promise<Result<Output<K>>>
}

/** Builds an Api-shaped object from a single transport function (used by both bridges). */
export function buildBridge(send: (channel: Channel, input: unknown) => Promise<Result<unknown>>): Api {
  const bridge: Record<string, (input?: unknown) => Promise<Result<unknown>>> = {}
  for (const channel of channels) bridge[channel] = (input?: unknown) => send(channel, input)
  return bridge as unknown as Api
}
