/**
 * The shape of db.json: single values (settings, flags) and lists of records. The
 * store checks every record a change touches against these schemas before writing,
 * and `salvage.ts` reads a file with them record by record (and migrates old ones).
 */
import { z } from 'zod'
import { Annotation, ReadingState, Resource, Settings, defaultSettings } from '@shared/model'
import { BlockTemplate, Workshop } from '@shared/workshop'
import { TimelineEvent } from '@shared/timeline'
import { GlossaryTerm } from '@shared/glossary'
import { Scenario } from '@shared/scenario'
import { Method } from '@shared/method'
import { TrashEntry } from '@shared/trash'

/**
 * 2: methods and scenarios carry `translations` (session 28). An app of version 1 would strip
 * them and set the new flag aside, losing a facilitator's own translations; it refuses a newer
 * db.json instead and leaves it as it is.
 */
export const SCHEMA_VERSION = 2

/** Before the one trash, only resources were kept: a deleted resource with its time. */
const TrashedResource = Resource.extend({ deletedAt: z.string() }).transform(
  ({ deletedAt, ...record }): TrashEntry => ({
    id: record.id,
    kind: 'resource',
    label: record.title,
    deletedAt,
    parentId: null,
    record,
  }),
)

/** What a delete, reset or overwrite took away (`@shared/trash`), kept so it can be put back. */
export const TrashRecord = z.union([TrashEntry, TrashedResource])

/** The lists of records in db.json, each checked record by record on write and on load. */
export const collections = {
  resources: Resource,
  trash: TrashRecord,
  annotations: Annotation,
  readingStates: ReadingState,
  workshops: Workshop,
  timeline: TimelineEvent,
  blockTemplates: BlockTemplate,
  glossary: GlossaryTerm,
  scenarios: Scenario,
  methods: Method,
} as const
export type CollectionName = keyof typeof collections
export const collectionNames = Object.keys(collections) as CollectionName[]

/** The single values beside the lists. */
export const singles = {
  schemaVersion: z.literal(SCHEMA_VERSION),
  settings: Settings,
  starterLoaded: z.boolean(),
  timelineLoaded: z.boolean().default(false),
  glossaryLoaded: z.boolean().default(false),
  scenariosLoaded: z.boolean().default(false),
  methodsLoaded: z.boolean().default(false),
  /** the starter records seeded before they carried French and Arabic text have had it added (library/starter-translations.ts) */
  starterTranslationsLoaded: z.boolean().default(false),
  /** the same for the starter scenarios' roles, phases and injects, which came later (library/starter-translations.ts) */
  starterRoleTranslationsLoaded: z.boolean().default(false),
} as const
export type SingleName = keyof typeof singles
export const singleNames = Object.keys(singles) as SingleName[]

export const Data = z.object({
  ...singles,
  resources: z.array(Resource),
  trash: z.array(TrashRecord),
  annotations: z.array(Annotation).default([]),
  readingStates: z.array(ReadingState).default([]),
  workshops: z.array(Workshop).default([]),
  timeline: z.array(TimelineEvent).default([]),
  blockTemplates: z.array(BlockTemplate).default([]),
  glossary: z.array(GlossaryTerm).default([]),
  scenarios: z.array(Scenario).default([]),
  methods: z.array(Method).default([]),
})
export type Data = z.infer<typeof Data>

export const emptyData = (): Data => ({
  schemaVersion: SCHEMA_VERSION,
  settings: { ...defaultSettings },
  starterLoaded: false,
  resources: [],
  trash: [],
  annotations: [],
  readingStates: [],
  workshops: [],
  timeline: [],
  timelineLoaded: false,
  blockTemplates: [],
  glossary: [],
  glossaryLoaded: false,
  scenarios: [],
  scenariosLoaded: false,
  methods: [],
  methodsLoaded: false,
  starterTranslationsLoaded: false,
  starterRoleTranslationsLoaded: false,
})
