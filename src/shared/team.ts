/**
 * The team folder (issue #21 item 2): a folder an existing sync engine (Syncthing, a
 * network share, a cloud drive) keeps in step between facilitators' machines. Nobody
 * shares a db.json: each installation appends its changes to its own log
 * (`logs/<installationId>.jsonl`, one change a line) and writes each PDF once under its
 * hash (`files/<sha256>.pdf`); it reads everyone else's and merges them with the bundle
 * rules. This module is what both sides agree on: a log line, what is shared, and what
 * the Settings section shows.
 */
import { z } from 'zod'
import type { BundleKind, BundleRecords } from './bundle'
import { GlossaryTerm } from './glossary'
import { Method } from './method'
import { Annotation, Resource } from './model'
import { Scenario } from './scenario'
import { BlockTemplate, Workshop } from './workshop'

export const TEAM_LOG_VERSION = 1
export const INSTALLATION_ID = /^[0-9a-f]{32}$/
export const LOG_NAME = /^([0-9a-f]{32})\.jsonl$/
export const TEAM_PDF_NAME = /^([0-9a-f]{64})\.pdf$/
/** A longer line is skipped unread: no record the library accepts comes near it. */
export const MAX_LINE_BYTES = 8 * 1024 * 1024

/** One change as it travels: which record, the record whole, when (Lamport counter + wall clock), from whom. */
export const LogEnvelope = z
  .object({
    v: z.literal(TEAM_LOG_VERSION),
    kind: z.enum(['resources', 'glossary', 'scenarios', 'blockTemplates', 'workshops', 'annotations', 'methods']),
    id: z.string().min(1).max(300),
    ts: z.object({ l: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER), at: z.string().max(40) }).strict(),
    from: z.string().regex(INSTALLATION_ID),
    record: z.unknown(),
  })
  .strict()
export type LogEnvelope = z.infer<typeof LogEnvelope>

/** The record of a line, checked with the schema the library reads that kind with. */
export const recordSchemas = {
  resources: Resource,
  glossary: GlossaryTerm,
  scenarios: Scenario,
  blockTemplates: BlockTemplate,
  workshops: Workshop,
  annotations: Annotation,
  methods: Method,
} satisfies Record<BundleKind, z.ZodType>

export interface LogLine extends Omit<LogEnvelope, 'record'> {
  record: BundleRecords[BundleKind][number]
}

export const TeamShare = z
  .object({
    resources: z.boolean(),
    glossary: z.boolean(),
    scenarios: z.boolean(),
    methods: z.boolean(),
    templates: z.boolean(),
    /** only when asked; participants' names never leave (pseudonyms, as in a bundle) */
    workshops: z.boolean(),
    /** only when asked; shareable ones only, never facilitator-only */
    annotations: z.boolean(),
  })
  .strict()
export type TeamShare = z.infer<typeof TeamShare>

export const defaultTeamShare: TeamShare = {
  resources: true,
  glossary: true,
  scenarios: true,
  methods: true,
  templates: true,
  workshops: false,
  annotations: false,
}

export const TeamConfig = z
  .object({
    /** an absolute path; null: no team folder */
    folder: z.string().min(1).max(4_000).nullable(),
    share: TeamShare,
    /** minutes between syncs while the app runs (a folder watch also triggers one) */
    everyMinutes: z
      .number()
      .int()
      .min(1)
      .max(24 * 60),
  })
  .strict()
export type TeamConfig = z.infer<typeof TeamConfig>

/** What a page may change: what is shared and how often. The folder itself is chosen in the
 * desktop app's dialog or given to browser mode as `--team DIR` (pages never name a path). */
export const TeamChoices = TeamConfig.omit({ folder: true }).strict()
export type TeamChoices = z.infer<typeof TeamChoices>

export const defaultTeamConfig: TeamConfig = { folder: null, share: defaultTeamShare, everyMinutes: 5 }

/** A line of someone's log that was not taken, and why (shown in Settings). */
export interface TeamSkip {
  log: string
  line: number
  reason: 'bad-json' | 'bad-line' | 'too-long' | 'not-theirs' | 'bad-pdf'
  detail: string
}

export interface TeamSyncResult {
  at: string
  /** the folder could not be reached: nothing read or written there, tried again later */
  unavailable: boolean
  published: number
  filesWritten: number
  logsRead: number
  added: number
  updated: number
  keptBoth: number
  /** resources waiting for their PDF to arrive in the folder */
  waiting: number
  skipped: TeamSkip[]
}

export interface TeamStatus {
  installationId: string
  config: TeamConfig
  syncing: boolean
  last: TeamSyncResult | null
  /** installations whose logs were seen in the folder */
  others: number
}
