/**
 * A library bundle (issue #17): one .zip a facilitator hands a colleague on a USB stick.
 * It holds `manifest.json` (format, app version, when, and every other entry with its
 * sha256 and size), `records.json` (the chosen records) and, per PDF, `files/<sha>.pdf`
 * and its page text `text/<sha>.json`. This module is what both sides agree on: the
 * manifest and records schemas (checked where a bundle enters), what the facilitator
 * chooses on export, and what an import preview says before anything is written.
 */
import { z } from 'zod'
import { conflictChoices, MAX_BUNDLE_UPLOAD, shareEverything, workshopPack } from './bundle-choices'
import { Annotation, Resource } from './model'
import { GlossaryTerm } from './glossary'
import { Method } from './method'
import { Scenario } from './scenario'
import { BlockTemplate, Workshop } from './workshop'

export { conflictChoices, MAX_BUNDLE_UPLOAD, shareEverything, workshopPack }

export const BUNDLE_FORMAT = 'training-companion-bundle'
/** The newest bundle format this app reads and the one it writes. */
export const BUNDLE_VERSION = 1

export const MANIFEST_NAME = 'manifest.json'
export const RECORDS_NAME = 'records.json'

const sha256 = z.string().regex(/^[0-9a-f]{64}$/)

export const ManifestEntry = z
  .object({ name: z.string().min(1).max(200), sha256, bytes: z.number().int().nonnegative() })
  .strict()
export type ManifestEntry = z.infer<typeof ManifestEntry>

/** What a manifest must say before anything else is read: which format, which version. */
export const ManifestHead = z.object({ format: z.literal(BUNDLE_FORMAT), formatVersion: z.number().int().positive() })

export const Manifest = ManifestHead.extend({
  appVersion: z.string().max(50),
  createdAt: z.iso.datetime(),
  includes: z
    .object({ annotations: z.boolean(), facilitatorOnly: z.boolean(), workshops: z.boolean(), names: z.boolean() })
    .strict(),
  entries: z.array(ManifestEntry).max(100_000),
}).strict()
export type Manifest = z.infer<typeof Manifest>

/** The records a bundle carries, each list checked with the schema the library is read with. */
export const BundleRecords = z
  .object({
    resources: z.array(Resource).max(10_000),
    glossary: z.array(GlossaryTerm).max(50_000),
    scenarios: z.array(Scenario).max(5_000),
    blockTemplates: z.array(BlockTemplate).max(5_000),
    workshops: z.array(Workshop).max(2_000),
    annotations: z.array(Annotation).max(200_000),
    /** methods travel through the team folder; a bundle written before them has none */
    methods: z.array(Method).max(5_000).default([]),
  })
  .strict()
export type BundleRecords = z.infer<typeof BundleRecords>

export const emptyBundleRecords = (): BundleRecords => ({
  resources: [],
  glossary: [],
  scenarios: [],
  blockTemplates: [],
  workshops: [],
  annotations: [],
  methods: [],
})
export type BundleKind = keyof BundleRecords
export const bundleKinds = [
  'resources',
  'glossary',
  'scenarios',
  'blockTemplates',
  'workshops',
  'annotations',
  'methods',
] as const satisfies readonly BundleKind[]

export const PageTextFile = z.object({ sha256, pages: z.array(z.string()).max(100_000) }).strict()

const ids = z.array(z.string().min(1)).max(10_000)

/** What the facilitator chose in the export dialog. */
export const BundleSelection = z
  .object({
    /** library resources, with their PDFs and page text (background notes are resources too) */
    resources: z.union([z.literal('all'), ids]),
    glossary: z.boolean(),
    scenarios: z.union([z.literal('all'), ids]),
    templates: z.boolean(),
    workshops: ids,
    /** add what the chosen workshops link to: agenda resources and scenarios, background notes */
    linked: z.boolean(),
    annotations: z.boolean(),
    /** facilitator-only annotations too (only with `annotations`) */
    facilitatorOnly: z.boolean(),
    /** participants' names (only with workshops); otherwise they are replaced by pseudonyms */
    names: z.boolean(),
  })
  .strict()
export type BundleSelection = z.infer<typeof BundleSelection>

export interface BundleWritten {
  fileName: string
  entries: number
  bytes: number
  records: Record<BundleKind, number>
  /** browser mode: fetch GET /bundle/<id> to download it (once); the desktop app saved it where asked */
  downloadId: string | null
}

/** What importing does with a record of the bundle. */
export type MergeAction = 'add' | 'update' | 'skip' | 'conflict'
/** For a record changed on both sides: keep both (the bundle's marked as a copy), take the bundle's, keep ours. */
export type ConflictChoice = (typeof conflictChoices)[number]

export interface PreviewItem {
  kind: BundleKind
  /** the record's id in the bundle */
  id: string
  label: string
  action: MergeAction
  /** for `skip`: why (the same, or the same PDF already here under another record) */
  reason?: 'same' | 'same-file' | 'ours-newer'
}

export interface BundlePreview {
  previewId: string
  fileName: string
  createdAt: string
  appVersion: string
  includes: Manifest['includes']
  items: PreviewItem[]
  counts: Record<MergeAction, number>
}

export const BundleApply = z
  .object({
    previewId: z.string().regex(/^[0-9a-f]{32}$/),
    /** `<kind>/<id>` of each conflict → the facilitator's choice (missing: keep both) */
    choices: z.record(z.string().max(300), z.enum(conflictChoices)).default({}),
  })
  .strict()

export interface BundleApplied {
  added: number
  updated: number
  skipped: number
  keptBoth: number
}
