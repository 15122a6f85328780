/**
 * The one IPC contract. Every channel is declared here once: its name, the zod
 * schema its input must pass, and (as a phantom type) what it answers. The main
 * handler registry, the preload bridge, the browser-mode bridge and the renderer's
 * Api type are all derived from this object; src/main/contract.test.ts proves they agree.
 */
import { TeamChoices, type TeamStatus, type TeamSyncResult } from './team'
import { z } from 'zod'
import type { Annotation, ReadingState, Resource, Settings } from './model'
import { AnnotationFields, SettingsPatch } from './model'
import { GlossaryEdit, ResourceFieldEdit, TimelineEdit } from './record-edits'
import type { Result } from './result'
import type { SearchResults } from './search-types'
import type { MessageId, UserMessage } from './user-message'
import { isTimeZone } from './when'
import type { SetAsideEntry } from './set-aside'
import type { ExportedFile } from './text'
import {
  FullBackupSource,
  SnapshotName,
  type BackupProgress,
  type DataFolderInfo,
  type FullBackupDone,
  type MoveDone,
  type RestoreDone,
  type RestorePreview,
  type SnapshotInfo,
} from './backups'
import type { NamesPreview } from './names-preview'
import { PagePreviewFields, type PagePreview } from './page-preview'
import type { Restored, Trashed } from './trash'
import { BundleApply, BundleSelection, type BundleApplied, type BundlePreview, type BundleWritten } from './bundle'
import type { RoomScreen } from './room-screen'
import { ShareStart, type ShareStatus } from './participant-share'
import { BlockTemplate, MAX_DAYS, noteKinds, type Workshop, type WorkshopNote } from './workshop'
import { WorkshopEdit, WorkshopListEdit } from './workshop-edits'
import { fieldEdit, leafSchemas, type EditOutcome } from './edits'
import { GlossaryFields, type GlossaryTerm } from './glossary'
import { MethodEdit, MethodFields, type Method } from './method'
import { ScenarioFields, type Scenario } from './scenario'
import { AdaptRequest, type AdaptPreview } from './scenario-adapt'
import { ScenarioEdit, ScenarioListEdit } from './scenario-edits'
import { TimelineFields, timelineKinds, type TimelineEntry, type TimelineEvent } from './timeline'

const returns = <T>() => undefined as unknown as T

export interface AppInfo {
  name: string
  version: string
  host: 'desktop' | 'browser'
  dataDir: string
  platform: string
  nodeVersion: string
  notices: UserMessage[]
  /** the largest PDF an import takes, in bytes */
  maxImportBytes: number
}

export interface ImportProgress {
  batchId: string
  files: number
  filesDone: number
  pages: number
  pagesDone: number
  /** work measured in bytes (writing a bundle) rather than pages */
  bytes?: number
  bytesDone?: number
  current: string
}

export type ImportOutcome =
  | { name: string; status: 'imported' | 'duplicate'; resourceId: string; title: string; pages?: number }
  | { name: string; status: 'failed'; message: string; said?: UserMessage }

/** A file arrives by upload (browser mode) or as a file the facilitator picked on the desktop: never by path. */
const ImportSource = z.union([
  z.object({ pickedId: z.uuid(), name: z.string().optional(), password: z.string().optional() }).strict(),
  z
    .object({ uploadId: z.string().regex(/^[a-f0-9]{32}$/), name: z.string().min(1), password: z.string().optional() })
    .strict(),
])

/** a bundle job's id, chosen by the page so it can cancel the job while it runs */
const JobId = z.string().regex(/^[0-9a-f-]{8,64}$/)

const byId = z.object({ id: z.string().min(1) }).strict()
/** the zone the renderer shows instants in, so what the main side writes says the same times */
const timeZone = z
  .string()
  .max(100)
  .refine(isTimeZone, { message: 'unknown-time-zone' satisfies MessageId })
  .optional()

const AnnotationEdit = fieldEdit(leafSchemas(AnnotationFields.pick({ body: true, color: true, visibility: true })))

export const contract = {
  'app:info': { input: z.undefined(), output: returns<AppInfo>() },
  /** records set aside when the library was opened (they did not fit), newest first */
  'app:setAside': { input: z.undefined(), output: returns<SetAsideEntry[]>() },
  'settings:get': { input: z.undefined(), output: returns<Settings>() },
  'settings:set': { input: SettingsPatch.strict(), output: returns<Settings>() },
  /** snapshots of db.json in backups/, newest first, with when, why and what each holds */
  'backups:list': { input: z.undefined(), output: returns<SnapshotInfo[]>() },
  'backups:snapshotNow': { input: z.undefined(), output: returns<SnapshotInfo[]>() },
  /** what restoring the snapshot would add, remove or change; nothing is written */
  'backups:previewSnapshot': { input: SnapshotName, output: returns<RestorePreview>() },
  /** keeps the library as it is now as a snapshot, then restores the one named */
  'backups:restoreSnapshot': { input: SnapshotName, output: returns<RestoreDone>() },
  /** desktop: a full backup into a new folder inside the one chosen in the main side's dialog (null: cancelled) */
  'backups:backupToFolder': { input: z.undefined(), output: returns<FullBackupDone | null>() },
  /** desktop: a full backup folder chosen in the main side's dialog (null: cancelled) */
  'backups:pickFull': { input: z.undefined(), output: returns<PickedFile | null>() },
  'backups:previewFull': {
    input: z.object({ source: FullBackupSource }).strict(),
    output: returns<RestorePreview>(),
  },
  'backups:restoreFull': { input: z.object({ source: FullBackupSource }).strict(), output: returns<RestoreDone>() },
  'dataFolder:get': { input: z.undefined(), output: returns<DataFolderInfo>() },
  /** desktop: copies the data folder into one chosen in the main side's dialog, checks it, then restarts on it */
  'dataFolder:move': { input: z.undefined(), output: returns<MoveDone | null>() },
  'library:list': { input: z.undefined(), output: returns<Resource[]>() },
  'library:get': { input: byId, output: returns<Resource>() },
  'library:import': {
    input: z.object({ sources: z.array(ImportSource).min(1).max(500) }).strict(),
    output: returns<{ batchId: string; outcomes: ImportOutcome[] }>(),
  },
  /** gives a record-only entry its PDF: checked, extracted and indexed like any import; the entry keeps its details */
  'library:attach': {
    input: z.object({ id: z.string().min(1), source: ImportSource }).strict(),
    output: returns<{ batchId: string; outcome: ImportOutcome }>(),
  },
  'library:pickFiles': { input: z.undefined(), output: returns<PickedFile[]>() },
  /** one field of a resource's details (see workshops:edit) */
  'library:edit': {
    input: z.object({ id: z.string().min(1), edit: ResourceFieldEdit }).strict(),
    output: returns<EditOutcome<Resource>>(),
  },
  'library:delete': { input: byId, output: returns<Trashed>() },
  /** writes a bundle of what was chosen: desktop, where its save dialog says (null: cancelled); browser mode, for GET /bundle/<downloadId> */
  'bundle:export': {
    input: z.object({ selection: BundleSelection, jobId: JobId }).strict(),
    output: returns<BundleWritten | null>(),
  },
  /** stops an export or a preview under way (it answers bundle-canceled and leaves nothing behind) */
  'bundle:cancel': { input: z.object({ jobId: JobId }).strict(), output: returns<void>() },
  /** the desktop's open dialog for a .zip (null: cancelled); browser mode uploads instead */
  'bundle:pick': { input: z.undefined(), output: returns<PickedFile | null>() },
  /** checks the whole bundle into a staging area and says what importing would add, update or skip; writes nothing */
  'bundle:preview': {
    input: z.object({ source: ImportSource, jobId: JobId }).strict(),
    output: returns<BundlePreview>(),
  },
  /** writes a previewed bundle in one change; conflicts as chosen (default: keep both) */
  'bundle:apply': { input: BundleApply, output: returns<BundleApplied>() },
  'bundle:discard': {
    input: z.object({ previewId: z.string().regex(/^[0-9a-f]{32}$/) }).strict(),
    output: returns<void>(),
  },
  /** the team folder (issue #21): where, what is shared, the last sync */
  'team:status': { input: z.undefined(), output: returns<TeamStatus>() },
  'team:configure': { input: TeamChoices, output: returns<TeamStatus>() },
  /** desktop: the folder dialog, then a first sync (null: cancelled); browser mode starts with --team DIR */
  'team:pickFolder': { input: z.undefined(), output: returns<TeamStatus | null>() },
  /** stop syncing with the team folder (nothing in it or in the library is removed) */
  'team:leave': { input: z.undefined(), output: returns<TeamStatus>() },
  'team:sync': { input: z.undefined(), output: returns<TeamSyncResult>() },
  'reader:getState': {
    input: z.object({ resourceId: z.string().min(1) }).strict(),
    output: returns<ReadingState | null>(),
  },
  'reader:setState': {
    input: z
      .object({ resourceId: z.string().min(1), page: z.number().int().positive(), zoom: z.string().max(32) })
      .strict(),
    output: returns<ReadingState>(),
  },
  /** the picture of the page the reader last showed for this document (shared/page-preview.ts) */
  'reader:getPreview': {
    input: z.object({ resourceId: z.string().min(1) }).strict(),
    output: returns<PagePreview | null>(),
  },
  'reader:savePreview': {
    input: z.object({ resourceId: z.string().min(1), preview: PagePreviewFields }).strict(),
    output: returns<void>(),
  },
  'annotations:list': {
    input: z.object({ resourceId: z.string().min(1) }).strict(),
    output: returns<Annotation[]>(),
  },
  'annotations:create': { input: AnnotationFields.strict(), output: returns<Annotation>() },
  /** the note's text, colour or visibility, one field at a time (see workshops:edit) */
  'annotations:edit': {
    input: z.object({ id: z.string().min(1), edit: AnnotationEdit }).strict(),
    output: returns<EditOutcome<Annotation>>(),
  },
  'annotations:delete': { input: byId, output: returns<Trashed>() },
  'workshops:list': { input: z.undefined(), output: returns<Workshop[]>() },
  'workshops:get': { input: byId, output: returns<Workshop>() },
  'workshops:create': { input: z.object({ title: z.string().min(1).max(300) }).strict(), output: returns<Workshop>() },
  /** one field, applied to the record as it is now; answers a conflict when that field changed elsewhere since `base` */
  'workshops:edit': {
    input: z.object({ id: z.string().min(1), edit: WorkshopEdit }).strict(),
    output: returns<EditOutcome<Workshop>>(),
  },
  /** blocks of the agenda or participants added, changed, moved or removed by id */
  'workshops:editList': { input: WorkshopListEdit, output: returns<EditOutcome<Workshop>>() },
  'workshops:delete': { input: byId, output: returns<Trashed>() },
  'workshops:run': {
    input: z.discriminatedUnion('action', [
      z.object({ id: z.string(), action: z.literal('start'), blockId: z.string() }).strict(),
      z.object({ id: z.string(), action: z.literal('stop'), blockId: z.string() }).strict(),
      /** both clocks stand still until 'resume'; the pause is kept on the block */
      z.object({ id: z.string(), action: z.literal('pause'), blockId: z.string() }).strict(),
      z.object({ id: z.string(), action: z.literal('resume'), blockId: z.string() }).strict(),
      z
        .object({
          id: z.string(),
          action: z.literal('extend'),
          blockId: z.string(),
          minutes: z.number().int().min(1).max(240),
        })
        .strict(),
      z
        .object({
          id: z.string(),
          action: z.literal('set-times'),
          blockId: z.string(),
          actualStart: z.iso.datetime().nullable(),
          actualEnd: z.iso.datetime().nullable(),
        })
        .strict(),
    ]),
    output: returns<Workshop>(),
  },
  /** what the participant screen shows: current and next block, no notes, no names */
  'workshops:screen': { input: byId, output: returns<RoomScreen>() },
  /** Share with participants: the addresses it can listen on and the share running, if any */
  'share:status': { input: z.undefined(), output: returns<ShareStatus>() },
  /** starts the participant server on the chosen address (the same workshop and address: only the handouts change) */
  'share:start': { input: ShareStart, output: returns<ShareStatus>() },
  'share:stop': { input: z.undefined(), output: returns<ShareStatus>() },
  'workshops:addNote': {
    input: z
      .object({
        id: z.string().min(1),
        kind: z.enum(noteKinds),
        text: z.string().min(1).max(20_000),
        blockId: z.string().nullable().optional(),
      })
      .strict(),
    output: returns<WorkshopNote>(),
  },
  'workshops:deleteNote': {
    input: z.object({ id: z.string().min(1), noteId: z.string().min(1) }).strict(),
    output: returns<Trashed>(),
  },
  /** composes the draft and writes it; an edited draft it replaces is kept in the trash */
  'workshops:composeReport': {
    input: z.object({ id: z.string().min(1), withNames: z.boolean(), timeZone }).strict(),
    output: returns<{ workshop: Workshop; trashed: Trashed | null }>(),
  },
  'templates:list': { input: z.undefined(), output: returns<BlockTemplate[]>() },
  'templates:save': { input: BlockTemplate.omit({ id: true }).strict(), output: returns<BlockTemplate>() },
  'templates:delete': { input: byId, output: returns<Trashed>() },
  /** `day`: that day alone, on one A4 page */
  'workshops:printAgenda': {
    input: z
      .object({ id: z.string().min(1), runSheet: z.boolean(), day: z.number().int().min(1).max(MAX_DAYS).optional() })
      .strict(),
    output: returns<ExportedFile>(),
  },
  'workshops:export': {
    input: z.object({ id: z.string().min(1), format: z.enum(['md', 'docx', 'pdf']), timeZone }).strict(),
    output: returns<ExportedFile>(),
  },
  'workshops:previewNamesOut': { input: byId.extend({ timeZone }), output: returns<NamesPreview>() },
  'scenarios:list': { input: z.undefined(), output: returns<Scenario[]>() },
  'scenarios:get': { input: byId, output: returns<Scenario>() },
  'scenarios:create': { input: z.object({ fields: ScenarioFields }).strict(), output: returns<Scenario>() },
  /** one field, applied to the scenario as it is now (see workshops:edit) */
  'scenarios:edit': {
    input: z.object({ id: z.string().min(1), edit: ScenarioEdit }).strict(),
    output: returns<EditOutcome<Scenario>>(),
  },
  /** roles, phases or one phase's injects added, changed, moved or removed by id */
  'scenarios:editList': { input: ScenarioListEdit, output: returns<EditOutcome<Scenario>>() },
  'scenarios:delete': { input: byId, output: returns<Trashed>() },
  'scenarios:adaptPreview': { input: AdaptRequest, output: returns<AdaptPreview>() },
  'scenarios:adapt': { input: AdaptRequest, output: returns<Scenario>() },
  'scenarios:run': {
    input: z.discriminatedUnion('action', [
      z.object({ id: z.string(), action: z.literal('start') }).strict(),
      z.object({ id: z.string(), action: z.literal('next-phase') }).strict(),
      z.object({ id: z.string(), action: z.literal('finish') }).strict(),
      z
        .object({
          id: z.string(),
          action: z.literal('release'),
          injectId: z.string(),
          by: z.enum(['schedule', 'hand']),
        })
        .strict(),
      z.object({ id: z.string(), action: z.literal('note'), text: z.string().min(1).max(20_000) }).strict(),
    ]),
    output: returns<Scenario>(),
  },
  /** phase 1 again with no notes; the run it replaces is kept in the trash */
  'scenarios:restart': { input: byId, output: returns<{ scenario: Scenario; trashed: Trashed | null }>() },
  'scenarios:print': {
    input: z
      .object({ id: z.string().min(1), what: z.enum(['role-cards', 'run-sheet']), includePrivate: z.boolean() })
      .strict(),
    output: returns<ExportedFile>(),
  },
  'glossary:list': { input: z.undefined(), output: returns<GlossaryTerm[]>() },
  'glossary:create': { input: z.object({ fields: GlossaryFields }).strict(), output: returns<GlossaryTerm>() },
  /** one field of a term (see workshops:edit) */
  'glossary:edit': {
    input: z.object({ id: z.string().min(1), edit: GlossaryEdit }).strict(),
    output: returns<EditOutcome<GlossaryTerm>>(),
  },
  'glossary:delete': { input: byId, output: returns<Trashed>() },
  'glossary:lookup': {
    input: z.object({ text: z.string().max(200) }).strict(),
    output: returns<GlossaryTerm | null>(),
  },
  'glossary:handout': {
    input: z.object({ language: z.enum(['en', 'fr', 'ar', 'es']) }).strict(),
    output: returns<ExportedFile>(),
  },
  'methods:list': { input: z.undefined(), output: returns<Method[]>() },
  'methods:get': { input: byId, output: returns<Method>() },
  'methods:create': { input: z.object({ fields: MethodFields }).strict(), output: returns<Method>() },
  /** one field of a method (see workshops:edit) */
  'methods:edit': {
    input: z.object({ id: z.string().min(1), edit: MethodEdit }).strict(),
    output: returns<EditOutcome<Method>>(),
  },
  'methods:delete': { input: byId, output: returns<Trashed>() },
  'timeline:list': {
    input: z.object({ year: z.number().int().optional(), kinds: z.array(z.enum(timelineKinds)).optional() }).strict(),
    output: returns<TimelineEntry[]>(),
  },
  'timeline:create': { input: TimelineFields, output: returns<TimelineEvent>() },
  /** one field of an event (see workshops:edit) */
  'timeline:edit': {
    input: z.object({ id: z.string().min(1), edit: TimelineEdit }).strict(),
    output: returns<EditOutcome<TimelineEvent>>(),
  },
  'timeline:delete': { input: byId, output: returns<Trashed>() },
  'timeline:exportIcs': {
    input: z.object({ year: z.number().int().optional(), kinds: z.array(z.enum(timelineKinds)).optional() }).strict(),
    output: returns<ExportedFile>(),
  },
  /** what deletes, resets and overwrites took away, newest first */
  'trash:list': { input: z.undefined(), output: returns<Trashed[]>() },
  /** puts an entry back where it was; what it replaces (a run, a draft) is kept in its stead */
  'trash:restore': { input: byId, output: returns<Restored>() },
  'search:query': {
    input: z
      .object({
        q: z.string().max(500),
        kinds: z.array(z.string()).max(20).optional(),
        tags: z.array(z.string()).max(50).optional(),
        language: z.string().max(20).optional(),
        year: z.number().int().optional(),
      })
      .strict(),
    output: returns<SearchResults>(),
  },
  'annotations:exportMarkdown': {
    input: z.object({ resourceId: z.string().min(1), includeFacilitatorOnly: z.boolean() }).strict(),
    output: returns<string>(),
  },
} as const

/** Events the main side pushes to the renderer (Electron: webContents.send; browser mode: server-sent events). */
/** The kinds of record a `data:changed` event names (the store's lists, and the settings). */
export const dataKinds = [
  'resources',
  'trash',
  'annotations',
  'workshops',
  'timeline',
  'blockTemplates',
  'glossary',
  'scenarios',
  'methods',
  'settings',
] as const
export type DataKind = (typeof dataKinds)[number]

export interface DataChanged {
  kind: DataKind
  id: string
  /** the page that made the change (its client id), so it need not fetch what it already has */
  by: string | null
}

export interface AppEvents {
  'import:progress': ImportProgress
  /** a full backup, a restore or a move of the data folder under way */
  'backups:progress': BackupProgress
  /** a record was written: open screens showing it fetch it again */
  'data:changed': DataChanged
  /** something the facilitator should know that happened in the background (a full disk, a failed backup) */
  'app:notice': UserMessage
}
export type AppEvent = { [K in keyof AppEvents]: { type: K; payload: AppEvents[K] } }[keyof AppEvents]
export const EVENT_CHANNEL = 'tc:event'

/**
 * The one channel outside the contract, used by the preload alone: it hands the main side
 * the path of a File the facilitator really dropped (webUtils gives a path only for those)
 * and gets back its opaque id. Pages never see it.
 */
export const DROP_CHANNEL = 'tc:dropped-file'

export interface PickedFile {
  id: string
  name: string
}

export interface EventBridge {
  subscribe(listener: (event: AppEvent) => void): () => void
}

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
