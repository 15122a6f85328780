/**
 * A picture of page 1 for every document the reader has never shown, so even a first
 * open has the page on screen before pdf.js has read a long manual (issue #20: the
 * reader's cold open). It is the same file the reader keeps for the page left
 * (previews/<sha256>.json, shared/page-preview.ts) and never replaces one the reader made.
 *
 * Drawing page 1 of a long manual takes about a second, so it is not part of the import:
 * it runs afterwards, one file at a time on the picture thread (pdf/picture-thread.ts), only
 * while nothing is being extracted. A file that cannot be drawn (damaged, password, too
 * slow) simply has no picture; the reader works as before.
 */
import { existsSync } from 'node:fs'
import { rm, writeFile } from 'node:fs/promises'
import { PREVIEW_PREFIX, SMALL_PICTURE_WIDTH, type StoredPreview } from '@shared/page-preview'
import type { DataPaths } from '../../paths'
import type { Store } from '../../store/store'
import type { Change } from '../../store/changes'
import { placeDurablyIfAbsent } from '../../durable-write'
import { drawingMarkerPath, pdfPath, previewPath } from '../library/content-store'
import type { PictureAnswer } from '../pdf/picture-worker'
import type { PictureThread } from '../pdf/picture-thread'

/** wide enough for a page-width view on a laptop; the live page replaces it within a second or two */
export const PICTURE_WIDTH = 1200
const QUALITY = 80

export interface FirstPagePicturesOptions {
  store: Store
  paths: DataPaths
  thread: PictureThread
  /** true while the import extracts text: pictures wait for the cores */
  busy(): boolean
  /** how long after start-up or a change the first picture is drawn */
  delayMs?: number
  /** a file whose picture takes longer has none */
  timeoutMs?: number
}

export interface FirstPagePictures {
  /** settles when every document known now has a picture or has failed to get one */
  idle(): Promise<void>
  close(): Promise<void>
}

function asPreview(answer: Extract<PictureAnswer, { type: 'picture' }>): StoredPreview {
  const image = PREVIEW_PREFIX + Buffer.from(answer.image).toString('base64')
  const small = answer.small && PREVIEW_PREFIX + Buffer.from(answer.small).toString('base64')
  return { page: 1, width: answer.width, height: answer.height, fit: answer.fit, image, ...(small && { small }) }
}

function pdfShas(records: readonly unknown[] | undefined): string[] {
  const shas: string[] = []
  for (const r of records ?? []) {
    const sha = (r as { file?: { sha256?: string } }).file?.sha256
    if (sha) shas.push(sha)
  }
  return shas
}

export function startFirstPagePictures(options: FirstPagePicturesOptions): FirstPagePictures {
  const { store, paths } = options
  const delayMs = options.delayMs ?? 5_000
  const timeoutMs = options.timeoutMs ?? 60_000
  const wanted = new Set<string>()
  const failed = new Set<string>()
  let timer: ReturnType<typeof setTimeout> | undefined
  let running: Promise<void> | null = null
  let closed = false
  let waiters: (() => void)[] = []

  const settle = () => {
    for (const resolve of waiters.splice(0)) resolve()
  }

  /**
   * A marker stays beside the pictures while one is drawn and after any failure: a file whose
   * drawing took the app down (or failed) is not drawn again at the next start, nor ever.
   */
  const drawOne = async (sha: string) => {
    const marker = drawingMarkerPath(paths, sha)
    if (existsSync(previewPath(paths, sha)) || !existsSync(pdfPath(paths, sha))) return
    if (existsSync(marker)) return void failed.add(sha)
    await writeFile(marker, '')
    const request = { path: pdfPath(paths, sha), page: 1, width: PICTURE_WIDTH, format: 'webp' as const }
    const answer = await options.thread.draw(
      { ...request, quality: QUALITY, smallWidth: SMALL_PICTURE_WIDTH },
      { timeoutMs },
    )
    if (closed) return rm(marker, { force: true })
    if (answer.type === 'failed') {
      failed.add(sha)
      return console.warn(`page 1 picture of ${sha.slice(0, 12)}: ${answer.message}`)
    }
    // deleted while it was drawn: no picture for a PDF that is gone
    if (existsSync(pdfPath(paths, sha)))
      // the reader may have kept a picture of the page left meanwhile: that one is worth more
      await placeDurablyIfAbsent(previewPath(paths, sha), (temp) => writeFile(temp, JSON.stringify(asPreview(answer))))
    await rm(marker, { force: true })
  }

  const run = async () => {
    while (!closed && wanted.size) {
      // the import needs the cores; `later` is asked again once this run has returned
      if (options.busy()) break
      const sha = wanted.values().next().value!
      wanted.delete(sha)
      await drawOne(sha).catch((error: unknown) => {
        failed.add(sha)
        if (!closed) console.warn(`page 1 picture of ${sha.slice(0, 12)}:`, error)
      })
    }
  }

  function later(ms: number) {
    if (closed || timer || running) return
    timer = setTimeout(() => {
      timer = undefined
      running = run().finally(() => {
        running = null
        if (!wanted.size || closed) settle()
        else if (!timer) later(delayMs)
      })
    }, ms)
    timer.unref?.()
  }

  const want = (shas: string[]) => {
    for (const sha of shas) if (!failed.has(sha)) wanted.add(sha)
    if (wanted.size) later(delayMs)
  }

  const unsubscribe = store.subscribe((change: Change) => want(pdfShas(change.put.resources)))
  want(pdfShas(store.read().resources))

  return {
    idle: () =>
      wanted.size || running || timer ? new Promise<void>((resolve) => waiters.push(resolve)) : Promise.resolve(),
    async close() {
      closed = true
      unsubscribe()
      clearTimeout(timer)
      await running
      settle()
      waiters = []
    },
  }
}
