/**
 * The shape of db.json and the one migration path to it. Every version bump adds
 * a step to `steps`; `migrate()` runs the steps from the file's version upwards and
 * the result is validated before the app trusts it.
 */
import { z } from 'zod'
import { Annotation, ReadingState, Resource, Settings, defaultSettings, emptyResourceDetails } from '@shared/model'
import { BlockTemplate, Workshop } from '@shared/workshop'
import { TimelineEvent } from '@shared/timeline'
import { GlossaryTerm } from '@shared/glossary'
import { Scenario } from '@shared/scenario'

export const SCHEMA_VERSION = 1

export const Data = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  settings: Settings,
  starterLoaded: z.boolean(),
  resources: z.array(Resource),
  /** Deleted resources, kept (with their files) until the undo window has passed. */
  trash: z.array(Resource.extend({ deletedAt: z.string() })),
  annotations: z.array(Annotation).default([]),
  readingStates: z.array(ReadingState).default([]),
  workshops: z.array(Workshop).default([]),
  timeline: z.array(TimelineEvent).default([]),
  timelineLoaded: z.boolean().default(false),
  blockTemplates: z.array(BlockTemplate).default([]),
  glossary: z.array(GlossaryTerm).default([]),
  glossaryLoaded: z.boolean().default(false),
  scenarios: z.array(Scenario).default([]),
  scenariosLoaded: z.boolean().default(false),
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
})

type Raw = Record<string, unknown>

/** Version 0 (the first trials) had no schemaVersion, no settings and resources without provenance fields. */
function v0ToV1(raw: Raw): Raw {
  const resources = Array.isArray(raw.resources) ? (raw.resources as Raw[]) : []
  return {
    schemaVersion: 1,
    settings: { ...defaultSettings, ...((raw.settings as Raw | undefined) ?? {}) },
    starterLoaded: Boolean(raw.starterLoaded ?? resources.length > 0),
    trash: [],
    resources: resources.map((r) => ({ ...emptyResourceDetails(), language: 'en', source: 'import', ...r })),
  }
}

const steps: Record<number, (raw: Raw) => Raw> = { 0: v0ToV1 }

export function versionOf(raw: unknown): number {
  if (!raw || typeof raw !== 'object') return -1
  const v = (raw as Raw).schemaVersion
  return v === undefined ? 0 : typeof v === 'number' ? v : -1
}

export type MigrateOutcome = { ok: true; data: Data; from: number } | { ok: false; reason: string }

export function migrate(raw: unknown): MigrateOutcome {
  let version = versionOf(raw)
  if (version < 0) return { ok: false, reason: 'db.json is not an object with a schemaVersion' }
  if (version > SCHEMA_VERSION)
    return { ok: false, reason: `db.json has schema ${version}, newer than this app understands (${SCHEMA_VERSION})` }
  const from = version
  let current = raw as Raw
  while (version < SCHEMA_VERSION) {
    const step = steps[version]
    if (!step) return { ok: false, reason: `no migration from schema ${version}` }
    current = step(current)
    version = versionOf(current)
  }
  const parsed = Data.safeParse(current)
  if (!parsed.success) {
    const first = parsed.error.issues[0]
    return { ok: false, reason: `db.json has the wrong shape at "${first?.path.join('.')}": ${first?.message}` }
  }
  return { ok: true, data: parsed.data, from }
}
