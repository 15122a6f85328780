import { z } from 'zod'
import { BundleApply, BundleSelection, type BundleApplied, type BundlePreview, type BundleWritten } from '../bundle'
import { ImportSource, returns, type PickedFile } from './common'

/** a bundle job's id, chosen by the page so it can cancel the job while it runs */
const JobId = z.string().regex(/^[0-9a-f-]{8,64}$/)

export const bundleChannels = {
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
} as const
