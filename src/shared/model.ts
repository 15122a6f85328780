/**
 * The records the app keeps (DESIGN.md §2), as zod schemas so that the store can
 * validate db.json on load and the contract can validate what crosses the boundary.
 */
import { z } from 'zod'
import {
  annotationColors,
  languages,
  READER_PANEL_MAX,
  READER_PANEL_MIN,
  resourceKinds,
  SCREEN_TEXT_MAX,
  SCREEN_TEXT_MIN,
} from './model-lists'

// the lists live apart, without zod, for the renderer's first screen; the records' users find them here too
export * from './model-lists'

export const isoDate = z.string().min(1)

const recordBase = {
  id: z.string().min(1),
  createdAt: isoDate,
  updatedAt: isoDate,
}

export const ResourceKind = z.enum(resourceKinds)
export type ResourceKind = z.infer<typeof ResourceKind>

export const OutlineItem: z.ZodType<OutlineItemT> = z.lazy(() =>
  z.object({
    title: z.string(),
    page: z.number().int().nullable(),
    items: z.array(OutlineItem),
  }),
)
export interface OutlineItemT {
  title: string
  page: number | null
  items: OutlineItemT[]
}

export const ResourceFile = z.object({
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  bytes: z.number().int().nonnegative(),
  pages: z.number().int().nonnegative(),
  originalName: z.string(),
  outline: z.array(OutlineItem),
  hasText: z.boolean(),
})
export type ResourceFile = z.infer<typeof ResourceFile>

export const Resource = z.object({
  ...recordBase,
  kind: ResourceKind,
  title: z.string().min(1),
  authors: z.array(z.string()),
  publisher: z.string(),
  year: z.number().int().nullable(),
  language: z.string(),
  region: z.string(),
  tags: z.array(z.string()),
  summary: z.string(),
  licence: z.string(),
  citation: z.string(),
  obtainFrom: z.string(),
  file: ResourceFile.nullable(),
  source: z.enum(['starter', 'import', 'bundle']),
})
export type Resource = z.infer<typeof Resource>

/** A resource's optional details, empty: what a new, imported or migrated record starts from. */
export const emptyResourceDetails = () => ({
  authors: [] as string[],
  publisher: '',
  year: null as number | null,
  language: '',
  region: '',
  tags: [] as string[],
  summary: '',
  licence: '',
  citation: '',
  obtainFrom: '',
  file: null as ResourceFile | null,
})

/** What the user may edit on a resource; provenance, id and file stay as they are. */
export const ResourceEdit = Resource.pick({
  kind: true,
  title: true,
  authors: true,
  publisher: true,
  year: true,
  language: true,
  region: true,
  tags: true,
  summary: true,
  licence: true,
  citation: true,
  obtainFrom: true,
})
  .partial()
  .strict()
export type ResourceEdit = z.infer<typeof ResourceEdit>

/** [x1, y1, x2, y2] in PDF user-space units of the page (origin bottom-left), as zotero/reader keeps them. */
export const PdfRect = z.tuple([z.number(), z.number(), z.number(), z.number()])

export const AnnotationFields = z.object({
  resourceId: z.string().min(1),
  page: z.number().int().positive(),
  kind: z.enum(['highlight', 'note', 'bookmark']),
  rects: z.array(PdfRect).max(500),
  quote: z.string().max(20_000),
  body: z.string().max(100_000),
  color: z.enum(annotationColors),
  visibility: z.enum(['facilitator', 'shareable']),
})
export const Annotation = AnnotationFields.extend(recordBase)
export type Annotation = z.infer<typeof Annotation>
export type AnnotationFields = z.infer<typeof AnnotationFields>

export const ReadingState = z.object({
  resourceId: z.string().min(1),
  page: z.number().int().positive(),
  zoom: z.string().max(32),
  updatedAt: isoDate,
})
export type ReadingState = z.infer<typeof ReadingState>

const settingsFields = {
  language: z.enum(languages),
  theme: z.enum(['light', 'dark', 'system']),
  libraryView: z.enum(['list', 'grid']),
  /** how many snapshots of db.json backups/ keeps (issue #17) */
  backupsKept: z.number().int().min(1).max(100),
  /** a snapshot is taken this often while the app runs and something changed */
  backupEveryHours: z.number().int().min(1).max(168),
  /** the reader's pages drawn dark: as the app's theme has it, or always on or off (issue #18) */
  readerDarkPages: z.enum(['theme', 'on', 'off']),
  /** the reader's side panel: open, closed, or 'auto' (closed in a narrow window) */
  readerPanel: z.enum(['auto', 'open', 'closed']),
  /** its width when open, in CSS pixels */
  readerPanelWidth: z.number().int().min(READER_PANEL_MIN).max(READER_PANEL_MAX),
  /** the participant screen's text size, in percent of its own (a projector at the back of a room wants more) */
  screenTextSize: z.number().int().min(SCREEN_TEXT_MIN).max(SCREEN_TEXT_MAX),
  /** the timeline shown as a list or as a month or year calendar (issue #19) */
  timelineView: z.enum(['list', 'month', 'year']),
}
export const BACKUPS_KEPT_DEFAULT = 10
export const BACKUP_EVERY_HOURS_DEFAULT = 24
export const READER_PANEL_WIDTH_DEFAULT = 260
export const Settings = z.object({
  ...settingsFields,
  backupsKept: settingsFields.backupsKept.default(BACKUPS_KEPT_DEFAULT),
  backupEveryHours: settingsFields.backupEveryHours.default(BACKUP_EVERY_HOURS_DEFAULT),
  readerDarkPages: settingsFields.readerDarkPages.default('theme'),
  readerPanel: settingsFields.readerPanel.default('auto'),
  readerPanelWidth: settingsFields.readerPanelWidth.default(READER_PANEL_WIDTH_DEFAULT),
  screenTextSize: settingsFields.screenTextSize.default(100),
  timelineView: settingsFields.timelineView.default('list'),
})
export type Settings = z.infer<typeof Settings>
/** What settings:set takes: any of the fields, none filled in by default (zod fills defaults even in `.partial()`). */
export const SettingsPatch = z.object(settingsFields).partial()
export type SettingsPatch = z.infer<typeof SettingsPatch>

export const defaultSettings: Settings = {
  language: 'en',
  theme: 'system',
  libraryView: 'list',
  backupsKept: BACKUPS_KEPT_DEFAULT,
  backupEveryHours: BACKUP_EVERY_HOURS_DEFAULT,
  readerDarkPages: 'theme',
  readerPanel: 'auto',
  readerPanelWidth: READER_PANEL_WIDTH_DEFAULT,
  screenTextSize: 100,
  timelineView: 'list',
}
