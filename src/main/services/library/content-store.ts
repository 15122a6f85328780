/**
 * PDFs are stored once, by content: files/<sha256>.pdf, never rewritten, with
 * their page text beside them in text/<sha256>.json (never in db.json, which
 * lowdb rewrites whole). Every write is placed durably (durable-write.ts) before the
 * record that points at it, so a crash leaves either the whole file or a *.tmp that
 * the sweep removes. A picture of the page last read (previews/<sha256>.json) follows the
 * PDF's life: removed with it, swept when no record points at it.
 */
import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { copyFile, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { DataPaths } from '../../paths'
import { placeDurably } from '../../durable-write'

export interface PageText {
  sha256: string
  pages: string[]
}

export async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256')
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer)
  return hash.digest('hex')
}

export const pdfPath = (paths: DataPaths, sha: string) => join(paths.files, `${sha}.pdf`)
export const textPath = (paths: DataPaths, sha: string) => join(paths.text, `${sha}.json`)
export const previewPath = (paths: DataPaths, sha: string) => join(paths.previews, `${sha}.json`)
/** beside the pictures while page 1 of this PDF is drawn, and for good if drawing it failed (first-page-pictures.ts) */
export const drawingMarkerPath = (paths: DataPaths, sha: string) => join(paths.previews, `${sha}.drawing`)

export async function storePdf(paths: DataPaths, sha: string, source: string): Promise<void> {
  await placeDurably(pdfPath(paths, sha), (tmp) => copyFile(source, tmp))
}

export async function storeText(paths: DataPaths, sha: string, pages: string[]): Promise<void> {
  const body = JSON.stringify({ sha256: sha, pages } satisfies PageText)
  await placeDurably(textPath(paths, sha), (tmp) => writeFile(tmp, body))
}

export async function readText(paths: DataPaths, sha: string): Promise<PageText | null> {
  try {
    return JSON.parse(await readFile(textPath(paths, sha), 'utf8')) as PageText
  } catch {
    return null
  }
}

export async function removeContent(paths: DataPaths, sha: string): Promise<void> {
  await rm(pdfPath(paths, sha), { force: true })
  await rm(textPath(paths, sha), { force: true })
  await rm(previewPath(paths, sha), { force: true })
  await rm(drawingMarkerPath(paths, sha), { force: true })
}

/**
 * Removes what no record points at: temp files from an interrupted write, and
 * PDFs or text an interrupted import stored before its record was written.
 */
export async function sweepOrphans(paths: DataPaths, referenced: Set<string>): Promise<string[]> {
  const removed: string[] = []
  for (const [dir, ext] of [
    [paths.files, '.pdf'],
    [paths.text, '.json'],
    [paths.previews, '.json'],
    [paths.previews, '.drawing'],
  ] as const) {
    for (const name of await readdir(dir).catch(() => [] as string[])) {
      const sha = name.slice(0, 64)
      const orphan = name.endsWith('.tmp') || (name.endsWith(ext) && !referenced.has(sha))
      if (!orphan) continue
      await rm(join(dir, name), { force: true })
      removed.push(name)
    }
  }
  return removed
}
