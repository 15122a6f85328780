/**
 * The one worker thread that draws pages with PDFium for the reader's pictures
 * (picture-worker.ts): page 1 of each document after an import, in the background, and the
 * page a document opens at, asked while the facilitator waits. The second cannot wait for a
 * worker to start (a thread and PDFium's compile take 150–250 ms, as long as the drawing
 * itself), so the thread is kept warm while the app is in use and ended after a quiet spell
 * (its memory: ≈ 65 MB warm, more after drawing a long manual's pages).
 *
 * One request at a time, in order, those the facilitator waits for first. A worker that takes
 * too long is ended (PDFs are untrusted) and the next request gets a new one.
 */
import { Worker } from 'node:worker_threads'
import { containWorkerErrors } from './extraction-pool'
import type { PictureAnswer, PictureRequest, WarmRequest } from './picture-worker'

export interface PictureThreadOptions {
  /** out/main/picture-worker.js */
  workerPath: string
  /** ended after this long with nothing asked */
  idleMs?: number
  /**
   * A worker is started this long after the last `warm()`, in a quiet moment: its start, PDFium's
   * compile and the warm-up page (≈ 300–600 ms of a core) slowed the screens drawn meanwhile.
   */
  warmDelayMs?: number
  /** no worker is started to be warm while this is true (an import needs the cores and the memory) */
  busy?(): boolean
  /**
   * A page a warmed worker draws and throws away: PDFium compiles its code as it first runs it
   * (V8 compiles WebAssembly lazily), and a worker's first page took ≈ 60 ms more for it.
   */
  warmUp?(): PictureRequest | null
}

export interface DrawOptions {
  /** the worker is ended when the answer takes longer */
  timeoutMs: number
  /** asked while the facilitator waits: drawn before the background's requests */
  urgent?: boolean
  /** answered as failed once this has passed, drawn or not (the drawing goes on and is thrown away) */
  deadlineMs?: number
}

export interface PictureThread {
  draw(request: PictureRequest, options: DrawOptions): Promise<PictureAnswer>
  /** the app is in use: a worker is started once it has been quiet for `warmDelayMs` if there is none, and kept for `idleMs` more */
  warm(): void
  close(): Promise<void>
}

interface Job {
  request: PictureRequest
  options: DrawOptions
  resolve(answer: PictureAnswer): void
}

const failed = (message: string): PictureAnswer => ({ type: 'failed', message })

/** a warm-up page that takes longer ends its worker like any other */
const WARM_UP_TIMEOUT_MS = 10_000

export function startPictureThread(options: PictureThreadOptions): PictureThread {
  const idleMs = options.idleMs ?? 10 * 60_000
  const warmDelayMs = options.warmDelayMs ?? 3_000
  const queue: Job[] = []
  let worker: Worker | null = null
  let drawing = false
  let closed = false
  let idleTimer: ReturnType<typeof setTimeout> | undefined
  let warmTimer: ReturnType<typeof setTimeout> | undefined
  /** a warm-up page that failed, hung or grew PDFium too much is not drawn again: warmed without a page since */
  let warmUpFailed = false

  const stop = () => {
    void worker?.terminate()
    worker = null
  }

  const spawn = () => {
    const started = new Worker(options.workerPath, {
      resourceLimits: { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 8 },
    })
    containWorkerErrors(started, () => {
      if (worker === started) worker = null
    })
    started.unref()
    started.postMessage({ warm: true } satisfies WarmRequest)
    return started
  }

  const idleLater = () => {
    clearTimeout(idleTimer)
    idleTimer = setTimeout(() => !drawing && stop(), idleMs)
    idleTimer.unref?.()
  }

  const run = (job: Job) =>
    new Promise<void>((finished) => {
      try {
        worker ??= spawn()
      } catch (error) {
        job.resolve(failed(`the picture worker did not start (${(error as Error).message})`))
        return finished()
      }
      const current = worker
      const done = (answer: PictureAnswer) => {
        clearTimeout(late)
        current.off('message', done)
        current.off('exit', stopped)
        if (answer.retire && worker === current) stop()
        job.resolve(answer)
        finished()
      }
      const stopped = () => done(failed('the picture worker stopped'))
      const late = setTimeout(() => {
        done(failed(`no picture within ${job.options.timeoutMs} ms`))
        if (worker === current) stop()
      }, job.options.timeoutMs)
      current.on('message', done)
      current.once('exit', stopped)
      current.postMessage(job.request)
    })

  const next = async () => {
    if (drawing) return
    drawing = true
    try {
      for (let job = queue.shift(); job && !closed; job = queue.shift()) await run(job)
    } finally {
      drawing = false
      if (!closed) idleLater()
    }
  }

  const draw = (request: PictureRequest, drawOptions: DrawOptions) =>
    new Promise<PictureAnswer>((resolve) => {
      if (closed) return resolve(failed('the app is closing'))
      let settled = false
      const answer = (a: PictureAnswer) => {
        if (settled) return
        settled = true
        clearTimeout(deadline)
        resolve(a)
      }
      const job: Job = { request, options: drawOptions, resolve: answer }
      const deadline =
        drawOptions.deadlineMs === undefined
          ? undefined
          : setTimeout(() => {
              // not started yet: not drawn at all
              const waiting = queue.indexOf(job)
              if (waiting >= 0) queue.splice(waiting, 1)
              answer(failed(`no picture within ${drawOptions.deadlineMs} ms`))
            }, drawOptions.deadlineMs)
      if (drawOptions.urgent) {
        const firstBackground = queue.findIndex((j) => !j.options.urgent)
        queue.splice(firstBackground < 0 ? queue.length : firstBackground, 0, job)
      } else queue.push(job)
      void next()
    })

  return {
    draw,
    warm() {
      if (closed) return
      if (worker) return idleLater()
      clearTimeout(warmTimer)
      if (options.busy?.()) return
      warmTimer = setTimeout(() => {
        warmTimer = undefined
        if (closed || worker || options.busy?.()) return
        const warmUp = warmUpFailed ? null : options.warmUp?.()
        if (warmUp)
          return void draw(warmUp, { timeoutMs: WARM_UP_TIMEOUT_MS }).then((answer) => {
            if (answer.type === 'failed' || answer.retire) warmUpFailed = true
          })
        try {
          worker = spawn()
          idleLater()
        } catch {
          // no thread now: a picture asked later tries again, and says why
        }
      }, warmDelayMs)
      warmTimer.unref?.()
    },
    async close() {
      closed = true
      clearTimeout(idleTimer)
      clearTimeout(warmTimer)
      for (const job of queue.splice(0)) job.resolve(failed('the app is closing'))
      stop()
    },
  }
}
