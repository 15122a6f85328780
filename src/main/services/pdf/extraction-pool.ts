/**
 * Text extraction runs off the main thread, in a small pool of worker threads
 * (one per core by default). Hostile PDFs are contained here: each worker has a
 * heap limit, and a job that makes no progress for `stallMs` (or runs past
 * `maxMs`) has its worker terminated and replaced. The largest waiting file goes
 * first, so a long manual never starts last and runs alone on one core.
 *
 * A worker holds the whole file it extracts, outside its heap (pdf.js keeps the bytes in
 * an ArrayBuffer), so the heap limit does not bound that. The pool bounds it instead: the
 * files being extracted at once add up to at most `maxBytesAtOnce`; a larger file waits
 * until it can run alone, and small files still run side by side.
 */
import type { EventEmitter } from 'node:events'
import { Worker } from 'node:worker_threads'
import { availableParallelism } from 'node:os'
import { stat } from 'node:fs/promises'
import type { Extracted, ExtractFailureKind, WorkerMessage } from './extract-types'
import { fromWorker } from './extracted'

/**
 * pdf.js allocates many short-lived objects per page; V8's default young
 * generation for a worker is small, and scavenging it dominated extraction
 * (measured: 48 MB makes the corpus import about 12% faster).
 */
const YOUNG_GENERATION_MB = 48

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
  onProgress?: (done: number, pages: number) => void
}

interface Pending extends ExtractJob {
  bytes: number
  resolve(value: Extracted): void
  reject(error: ExtractError): void
}

interface Slot {
  worker: Worker | null
  busy: boolean
}

export interface PoolOptions {
  workerPath: string
  size?: number
  /** How long a file may take to open at all; a zero-filled "PDF" spends its time (and memory) here. */
  openMs?: number
  stallMs?: number
  maxMs?: number
  /**
   * Old-generation limit per worker. The extraction worker reopens a document
   * every few hundred pages, so a legitimate PDF of any length stays far below
   * it; one that needs more is refused with a "memory" error.
   */
  heapMb?: number
  /** Sum of the sizes of the files extracted at once (see above). */
  maxBytesAtOnce?: number
}

export interface ExtractionPool {
  extract(job: ExtractJob): Promise<Extracted>
  /** How many worker threads are alive: none while nothing is being extracted. */
  workers(): number
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
  const slots: Slot[] = Array.from({ length: size }, () => ({ worker: null, busy: false }))
  const queue: Pending[] = []
  let nextId = 1
  let closed = false
  let bytesRunning = 0

  const spawnWorker = (slot: Slot) => {
    const worker = new Worker(options.workerPath, {
      resourceLimits: { maxOldGenerationSizeMb: options.heapMb ?? 384, maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
    })
    containWorkerErrors(worker, () => {
      if (slot.worker === worker) slot.worker = null
    })
    return worker
  }

  function run(slot: Slot, job: Pending): void {
    slot.busy = true
    bytesRunning += job.bytes
    const worker = (slot.worker ??= spawnWorker(slot))
    const id = nextId++
    let settled = false
    let stall: NodeJS.Timeout
    const cap = setTimeout(() => kill('timeout', `processing took longer than ${Math.round(maxMs / 1000)} s`), maxMs)
    const armStall = (ms = stallMs, what = `no progress for ${Math.round(stallMs / 1000)} s`) => {
      clearTimeout(stall)
      stall = setTimeout(() => kill('timeout', what), ms)
    }
    const finish = (outcome: () => void) => {
      if (settled) return
      settled = true
      clearTimeout(stall)
      clearTimeout(cap)
      worker.off('message', onMessage)
      worker.off('error', onError)
      worker.off('exit', onExit)
      outcome()
      slot.busy = false
      bytesRunning -= job.bytes
      pump()
    }
    const kill = (kind: ExtractErrorKind, message: string) => {
      slot.worker = null
      void worker.terminate()
      finish(() => job.reject(new ExtractError(kind, message)))
    }
    const onMessage = (message: WorkerMessage) => {
      if (message.id !== id) return
      armStall()
      if (message.type === 'opened') job.onProgress?.(0, message.pages)
      else if (message.type === 'page') job.onProgress?.(message.done, message.pages)
      else if (message.type === 'done') {
        const checked = fromWorker(message.result)
        finish(() =>
          checked ? job.resolve(checked) : job.reject(new ExtractError('error', 'the extractor sent back no pages')),
        )
      } else finish(() => job.reject(new ExtractError(message.kind, message.message)))
    }
    const onError = (error: Error & { code?: string }) => {
      const memory = error.code === 'ERR_WORKER_OUT_OF_MEMORY'
      kill(memory ? 'memory' : 'crashed', memory ? 'it needs more memory than allowed' : error.message)
    }
    // the worker's own exit hook (containWorkerErrors) has already freed the slot
    const onExit = () => {
      finish(() => job.reject(new ExtractError('crashed', 'the extraction worker stopped unexpectedly')))
    }
    worker.on('message', onMessage)
    worker.on('error', onError)
    worker.on('exit', onExit)
    armStall(openMs, `it did not open within ${Math.round(openMs / 1000)} s`)
    worker.postMessage({ id, path: job.path, password: job.password })
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

  /** Starts waiting jobs on free workers; a worker left with nothing to do is stopped, giving its memory back. */
  function pump(): void {
    for (const slot of slots) {
      if (slot.busy || closed) continue
      const job = takeNext()
      if (job) run(slot, job)
      else if (slot.worker && queue.length === 0) {
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
    async close() {
      closed = true
      for (const job of queue.splice(0)) job.reject(new ExtractError('error', 'the app is closing'))
      await Promise.all(slots.map((s) => s.worker?.terminate()))
    },
  }
}
