/** Small text helpers both sides use: accent/case folding, regexp escaping, file names. */

/** Accent- and case-insensitive form of a string (NFD, marks removed, lower case). */
export const fold = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()

/** Runs of whitespace (line breaks from PDF text included) as one space, ends trimmed. */
export const collapseSpace = (s: string): string => s.replace(/\s+/g, ' ').trim()

export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** A title made safe as a file name on every platform. */
export const fileSafeName = (title: string, fallback: string): string =>
  title
    .replace(/[^\p{L}\p{N} _-]+/gu, '')
    .trim()
    .slice(0, 80) || fallback

/** What an export channel answers: the file's name, type and bytes (base64), for the renderer to save. */
export interface ExportedFile {
  fileName: string
  mime: string
  base64: string
}

/** A file size as a facilitator reads it: "3.4 MB", "256 MB". */
export const megabytes = (bytes: number): string =>
  `${(bytes / (1024 * 1024)).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`
