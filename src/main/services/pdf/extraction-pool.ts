/**
 * Text extraction runs off the main thread, in a small pool of worker threads
 * (one per core by default). Hostile PDFs are contained here: each worker has a
 * heap limit, and a job that makes no progress for `stallMs` (or runs past
 * `maxMs`) has its worker terminated and replaced. The largest waiting file goes
 * first, so a long manual never starts last.
 *
 * One document's pages can also be split over workers: a worker left with nothing to do
 * takes the second half of the largest range still running (that worker is told to stop
 * halfway, and says where it really stops). So one big handbook runs on every core, and a
 * batch keeps every core busy to its end. Each range opens the file itself, and the pool
 * joins the pages in order; a failure or timeout in any range fails the whole file.
 *
 * A worker can hold up to the whole file it extracts, outside its heap (PDFium keeps the
 * streams it has read, a scan's images among them, in its WebAssembly memory), so the heap
 * limit does not bound that. The pool bounds it instead: the files being extracted at once
 * add up to at most `maxBytesAtOnce`; a larger file waits until it can run alone, and small
 * files still run side by side. Two workers on one file may each hold its bytes, so each
 * range counts the file's size. WebAssembly memory never shrinks: a worker whose PDFium grew
 * large, or broke, says so with its outcome (`retire`) and is ended; the next file starts on
 * a new one.
 */
import type { EventEmitter } from 'node:events'
import { Worker } from 'node:worker_threads'
import { availableParallelism } from 'node:os'
import { stat } from 'node:fs/promises'
import type { Extracted, ExtractFailureKind, RawDetails, WorkerMessage } from './extract-types'
import { fromWorker, pageChunk } from './extracted'

/** The extractor's JavaScript side is a thin layer over PDFium: a small young generation is enough. */
const YOUNG_GENERATION_MB = 8

export const DEFAULT_MAX_BYTES_AT_ONCE = 256 * 1024 * 1024

export type ExtractErrorKind = ExtractFailureKind | 'timeout' | 'memory' | 'crashed'

export class ExtractError extends Error {
  constructor(
    readonly kind: ExtractErrorKind,
    message: string,
  ) {
    super(message)
  }
}

export interface ExtractJob {
  path: string
  password?: string
  /** File size: the largest waiting file goes first, so a big manual never starts last and runs alone. */
  bytes?: number
  /** Pages done so far, of all: never goes back. */
  onProgress?: (done: number, pages: number) => void
  /**
   * Pages as they are extracted, `from`, `from + 1`, …: chunks of different ranges come in
   * any order. `worker` is the pool's slot that extracted them.
   */
  onPages?: (from: number, texts: string[], worker: number) => void
}

interface Pending extends ExtractJob {
  bytes: number
  resolve(value: Extracted): void
  reject(error: ExtractError): void
}

/** A file being extracted, by one range or more. */
interface FileJob extends Pending {
  total: number | null
  pages: string[]
  pageErrors: number[]
  done: number
  details: RawDetails | null
  ranges: Set<Range>
  settled: boolean
  cap: NodeJS.Timeout
}

interface Range {
  file: FileJob
  slot: Slot
  worker: Worker
  id: number
  /** the first page not yet received */
  next: number
  to: number
  /** a free slot held for the end of this range, until the worker says where it stops */
  splitTo: Slot | null
  stop(): void
}

interface Slot {
  index: number
  worker: Worker | null
  busy: boolean
  /** the bytes of the file this slot holds (or is held for) */
  bytes: number
}

/**
 * A range shorter than this is not split: a split costs the new worker an opening of the
 * document (reading and parsing the file), worth it only for enough pages.
 */
export const MIN_SPLIT_PAGES = 64

export interface PoolOptions {
  workerPath: string
  size?: number
  /** How long a file may take to open at all; a zero-filled "PDF" spends its time (and memory) here. */
  openMs?: number
  stallMs?: number
  maxMs?: number
  /**
   * Old-generation limit per worker: its JavaScript holds a chunk of page texts at a time,
   * so a legitimate PDF of any length stays far below it.
   */
  heapMb?: number
  /** Sum of the sizes of the files extracted at once (see above). */
  maxBytesAtOnce?: number
}

export interface ExtractionPool {
  extract(job: ExtractJob): Promise<Extracted>
  /** How many worker threads are alive: none while nothing is being extracted. */
  workers(): number
  /** true while a file waits or is being extracted */
  busy(): boolean
  close(): Promise<void>
}

/**
 * A worker can still fail outside a job: one dismissed mid-job (too slow on a hostile file)
 * may run out of memory while it stops. Node throws an 'error' nobody listens to in the main
 * process, which would take the app down; here it only ends that worker.
 */
export function containWorkerErrors(worker: EventEmitter, onGone: () => void): void {
  worker.on('error', () => undefined)
  worker.once('exit', onGone)
}

export function createExtractionPool(options: PoolOptions): ExtractionPool {
  const size = options.size ?? Math.max(1, availableParallelism())
  const stallMs = options.stallMs ?? 30_000
  const openMs = options.openMs ?? 10_000
  const maxMs = options.maxMs ?? 10 * 60_000
  const maxBytesAtOnce = options.maxBytesAtOnce ?? DEFAULT_MAX_BYTES_AT_ONCE
  const slots: Slot[] = Array.from({ length: size }, (_, index) => ({ index, worker: null, busy: false, bytes: 0 }))
  const queue: Pending[] = []
  const running = new Set<FileJob>()
  let nextId = 1
  let closed = false
  let bytesRunning = 0

  const spawnWorker = (slot: Slot) => {
    const worker = new Worker(options.workerPath, {
      resourceLimits: { maxOldGenerationSizeMb: options.heapMb ?? 128, maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
    })
    containWorkerErrors(worker, () => {
      if (slot.worker === worker) slot.worker = null
    })
    return worker
  }

  const hold = (slot: Slot, bytes: number) => {
    slot.busy = true
    slot.bytes = bytes
    bytesRunning += bytes
  }
  const release = (slot: Slot) => {
    slot.busy = false
    bytesRunning -= slot.bytes
    slot.bytes = 0
  }

  /** Ends a range; its worker is stopped when it may still be working (or is broken). */
  function endRange(range: Range, terminate: boolean): void {
    range.stop()
    range.file.ranges.delete(range)
    if (terminate) {
      if (range.slot.worker === range.worker) range.slot.worker = null
      void range.worker.terminate()
    }
    release(range.slot)
    if (range.splitTo) release(range.splitTo)
    range.splitTo = null
  }

  function settle(file: FileJob, outcome: () => void): void {
    if (file.settled) return
    file.settled = true
    clearTimeout(file.cap)
    running.delete(file)
    outcome()
  }

  /** Fails the whole file: every other range of it is stopped where it is. */
  function fail(file: FileJob, error: ExtractError): void {
    for (const range of [...file.ranges]) endRange(range, true)
    settle(file, () => file.reject(error))
    pump()
  }

  function finish(file: FileJob): void {
    const missing = file.total === null || file.done !== file.total
    const checked = missing
      ? null
      : fromWorker({ ...(file.details ?? {}), pages: file.pages, pageErrors: file.pageErrors })
    settle(file, () =>
      checked ? file.resolve(checked) : file.reject(new ExtractError('error', 'the extractor sent back no pages')),
    )
  }

  function startFile(slot: Slot, job: Pending): void {
    const file: FileJob = {
      ...job,
      total: null,
      pages: [],
      pageErrors: [],
      done: 0,
      details: null,
      ranges: new Set(),
      settled: false,
      cap: setTimeout(
        () => fail(file, new ExtractError('timeout', `processing took longer than ${Math.round(maxMs / 1000)} s`)),
        maxMs,
      ),
    }
    running.add(file)
    hold(slot, file.bytes)
    startRange(slot, file, 1, Infinity)
  }

  /** Runs pages `from`..`to` of `file` on `slot`, which is already held for it. */
  function startRange(slot: Slot, file: FileJob, from: number, to: number): void {
    let worker: Worker
    try {
      worker = slot.worker ??= spawnWorker(slot)
    } catch (error) {
      // a worker that cannot start (its script path refused) fails the file at once instead of leaving it waiting
      release(slot)
      return fail(
        file,
        new ExtractError('crashed', `the extraction worker could not start: ${(error as Error).message}`),
      )
    }
    const id = nextId++
    let stall: NodeJS.Timeout | undefined
    const armStall = (ms = stallMs, what = `no progress for ${Math.round(stallMs / 1000)} s`) => {
      clearTimeout(stall)
      stall = setTimeout(() => fail(file, new ExtractError('timeout', what)), ms)
    }
    const range: Range = {
      file,
      slot,
      worker,
      id,
      next: from,
      to,
      splitTo: null,
      stop() {
        clearTimeout(stall)
        worker.off('message', onMessage)
        worker.off('error', onError)
        worker.off('exit', onExit)
      },
    }
    const onMessage = (message: WorkerMessage) => {
      if (message.id !== id || file.settled) return
      armStall()
      if (message.type === 'opened') opened(range, message.pages)
      else if (message.type === 'pages') received(range, message)
      else if (message.type === 'limited') limited(range, message.to)
      else if (message.type === 'done') {
        if (from === 1) file.details = message.details
        endRange(range, message.retire === true)
        if (!file.ranges.size) finish(file)
        pump()
      } else {
        endRange(range, message.retire === true)
        fail(file, new ExtractError(message.kind, message.message))
      }
    }
    const onError = (error: Error & { code?: string }) => {
      const memory = error.code === 'ERR_WORKER_OUT_OF_MEMORY'
      fail(
        file,
        new ExtractError(memory ? 'memory' : 'crashed', memory ? 'it needs more memory than allowed' : error.message),
      )
    }
    // the worker's own exit hook (containWorkerErrors) has already freed the slot
    const onExit = () => fail(file, new ExtractError('crashed', 'the extraction worker stopped unexpectedly'))
    worker.on('message', onMessage)
    worker.on('error', onError)
    worker.on('exit', onExit)
    file.ranges.add(range)
    armStall(openMs, `it did not open within ${Math.round(openMs / 1000)} s`)
    worker.postMessage({ type: 'extract', id, path: file.path, password: file.password, from, to, details: from === 1 })
  }

  function opened(range: Range, pages: number): void {
    const { file } = range
    if (file.total === null) {
      file.total = pages
      file.onProgress?.(0, pages)
    } else if (file.total !== pages) {
      return fail(file, new ExtractError('error', 'the file changed while it was read'))
    }
    range.to = Math.min(range.to, pages)
    pump()
  }

  function received(range: Range, message: unknown): void {
    const { file } = range
    const chunk = pageChunk(message)
    if (!chunk || chunk.from !== range.next || chunk.from + chunk.texts.length - 1 > range.to)
      return fail(file, new ExtractError('error', 'the extractor sent pages out of order'))
    chunk.texts.forEach((text, i) => (file.pages[chunk.from - 1 + i] = text))
    file.pageErrors.push(...chunk.errors)
    range.next += chunk.texts.length
    file.done += chunk.texts.length
    file.onPages?.(chunk.from, chunk.texts, range.slot.index)
    file.onProgress?.(file.done, file.total ?? file.done)
  }

  /** The worker stops after page `to`: the held slot takes what is left, if anything. */
  function limited(range: Range, to: number): void {
    const slot = range.splitTo
    if (!slot) return
    range.splitTo = null
    const end = range.to
    range.to = Math.min(Math.max(to, range.next - 1), end)
    if (range.to < end) startRange(slot, range.file, range.to + 1, end)
    else {
      release(slot)
      pump()
    }
  }

  /** The largest waiting file that fits beside those running; when none runs, the largest. */
  function takeNext(): Pending | undefined {
    const room = slots.some((s) => s.busy) ? maxBytesAtOnce - bytesRunning : Infinity
    let best = -1
    for (let i = 0; i < queue.length; i++) {
      const bytes = queue[i]!.bytes
      if (bytes <= room && (best < 0 || bytes > queue[best]!.bytes)) best = i
    }
    return best < 0 ? undefined : queue.splice(best, 1)[0]
  }

  /** Holds `slot` for the second half of the running range with the most pages left, if one is worth splitting. */
  function split(slot: Slot): boolean {
    let best: Range | undefined
    let bestLeft = MIN_SPLIT_PAGES - 1
    for (const file of running) {
      if (file.total === null || file.bytes > maxBytesAtOnce - bytesRunning) continue
      for (const range of file.ranges) {
        const left = range.to - range.next + 1
        if (!range.splitTo && left > bestLeft) [best, bestLeft] = [range, left]
      }
    }
    if (!best) return false
    hold(slot, best.file.bytes)
    best.splitTo = slot
    best.worker.postMessage({ type: 'limit', id: best.id, to: best.next - 1 + Math.ceil(bestLeft / 2) })
    return true
  }

  /**
   * Starts waiting files on free workers, else splits a running one. A worker left with
   * nothing to do is stopped, giving its memory back — unless a file still opening may
   * soon be split.
   */
  function pump(): void {
    if (closed) return
    const opening = [...running].some((f) => f.total === null)
    for (const slot of slots) {
      if (slot.busy) continue
      const job = takeNext()
      if (job) startFile(slot, job)
      else if (split(slot)) continue
      else if (slot.worker && queue.length === 0 && !opening) {
        void slot.worker.terminate()
        slot.worker = null
      }
    }
  }

  return {
    async extract(job) {
      const bytes =
        job.bytes ??
        (await stat(job.path).then(
          (s) => s.size,
          () => 0,
        ))
      if (closed) throw new ExtractError('error', 'the extraction pool is closed')
      return new Promise<Extracted>((resolve, reject) => {
        queue.push({ ...job, bytes, resolve, reject })
        pump()
      })
    },
    workers: () => slots.filter((s) => s.worker).length,
    busy: () => queue.length > 0 || running.size > 0,
    async close() {
      closed = true
      for (const job of queue.splice(0)) job.reject(new ExtractError('error', 'the app is closing'))
      await Promise.all(slots.map((s) => s.worker?.terminate()))
    },
  }
}
