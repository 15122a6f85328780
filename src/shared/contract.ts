/**
 * The one IPC contract. Every channel is declared once, in its area's file under contract/: its
 * name, the zod schema its input must pass, and (as a phantom type) what it answers. The main
 * handler registry, the preload bridge, the browser-mode bridge and the renderer's
 * Api type are all derived from this object; src/main/contract.test.ts proves they agree.
 */
import type { z } from 'zod'
import type { Result } from './result'
import { appChannels } from './contract/app'
import { backupChannels } from './contract/backups'
import { libraryChannels } from './contract/library'
import { bundleChannels } from './contract/bundles'
import { sharingChannels } from './contract/sharing'
import { workshopChannels } from './contract/workshops'
import { scenarioChannels } from './contract/scenarios'
import { glossaryChannels } from './contract/glossary'
import { methodChannels } from './contract/methods'
import { timelineChannels } from './contract/timeline'
import { trashChannels } from './contract/trash'
import { searchChannels } from './contract/search'

export type { AppInfo } from './contract/app'
export type { PickedFile } from './contract/common'
export type { ImportOutcome, ImportProgress } from './contract/library'
export type { AppEvent, AppEvents, DataChanged, DataKind, EventBridge } from './contract/events'
export { dataKinds, EVENT_CHANNEL } from './contract/events'

export const contract = {
  ...appChannels,
  ...backupChannels,
  ...libraryChannels,
  ...bundleChannels,
  ...sharingChannels,
  ...workshopChannels,
  ...scenarioChannels,
  ...glossaryChannels,
  ...methodChannels,
  ...timelineChannels,
  ...trashChannels,
  ...searchChannels,
} as const

/**
 * The one channel outside the contract, used by the preload alone: it hands the main side
 * the path of a File the facilitator really dropped (webUtils gives a path only for those)
 * and gets back its opaque id. Pages never see it.
 */
export const DROP_CHANNEL = 'tc:dropped-file'

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
