/** What several areas of the contract share: the output phantom, an id, and where a file comes from. */
import { z } from 'zod'

export const returns = <T>() => undefined as unknown as T

export const byId = z.object({ id: z.string().min(1) }).strict()

export interface PickedFile {
  id: string
  name: string
}

/** A file arrives by upload (browser mode) or as a file the facilitator picked on the desktop: never by path. */
export const ImportSource = z.union([
  z.object({ pickedId: z.uuid(), name: z.string().optional(), password: z.string().optional() }).strict(),
  z
    .object({ uploadId: z.string().regex(/^[a-f0-9]{32}$/), name: z.string().min(1), password: z.string().optional() })
    .strict(),
])
