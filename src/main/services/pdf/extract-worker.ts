/**
 * Runs in a worker thread: opens one PDF with PDFium (pdfium.ts) and sends back the text of
 * a range of its pages in chunks as it goes (so the parent can index them at once, show
 * progress and kill a worker that stops making any), and, for the range that starts the
 * document, its metadata and outline. The parent may shorten a running range to give its
 * end to another worker (extraction-pool.ts).
 *
 * PDFium's calls are synchronous: the loop yields to the event loop after every page, so a
 * 'limit' from the parent is heard while a range runs.
 */
import { parentPort } from 'node:worker_threads'
import { setImmediate as yieldToEvents } from 'node:timers/promises'
import type { ExtractRequest, LimitRequest, RawDetails, WorkerMessage, WorkerRequest } from './extract-types'
import { failureOf, openFile, pageText, spent, type PdfiumDocument } from './pdfium'
import { readDetails } from './pdfium-details'

const post = (message: WorkerMessage) => parentPort!.postMessage(message)

/** Pages go to the parent in chunks: often enough to be searchable and show progress, few enough to cost little. */
const CHUNK_PAGES = 32
const CHUNK_MS = 200

interface Running {
  id: number
  /** the last page this range extracts; lowered by a 'limit' from the parent */
  to: number
  /** the page being extracted */
  current: number
}

let running: Running | null = null

async function extractRange(request: ExtractRequest, job: Running, doc: PdfiumDocument): Promise<RawDetails | null> {
  const { id } = request
  job.to = Math.min(job.to, doc.pages)
  post({ id, type: 'opened', pages: doc.pages })
  const details = request.details ? readDetails(doc) : null
  let chunk = { from: request.from, texts: [] as string[], errors: [] as number[] }
  let sent = Date.now()
  const flush = () => {
    if (chunk.texts.length) post({ id, type: 'pages', ...chunk })
    chunk = { from: chunk.from + chunk.texts.length, texts: [], errors: [] }
    sent = Date.now()
  }
  for (let n = request.from; n <= job.to; n++) {
    job.current = n
    const text = pageText(doc, n - 1)
    chunk.texts.push(text ?? '')
    if (text === null) chunk.errors.push(n)
    if (chunk.texts.length >= CHUNK_PAGES || Date.now() - sent >= CHUNK_MS) flush()
    await yieldToEvents()
  }
  flush()
  return details
}

async function extract(request: ExtractRequest): Promise<void> {
  const { id, path, password } = request
  const job: Running = { id, to: request.to, current: request.from }
  running = job
  let outcome: WorkerMessage
  let doc: PdfiumDocument | undefined
  let problem: unknown = null
  try {
    doc = await openFile(path, password)
    outcome = { id, type: 'done', details: await extractRange(request, job, doc) }
  } catch (error) {
    problem = error
    const failure = failureOf(error)
    outcome = { id, type: 'failed', kind: failure.kind, message: failure.message }
  }
  try {
    doc?.close()
  } catch (error) {
    problem ??= error
  }
  if (running === job) running = null
  post({ ...outcome, retire: spent(problem) })
}

/** The page being extracted is finished whatever the limit asks, so the answer says where the range really ends. */
function limit({ id, to }: LimitRequest): void {
  if (running?.id !== id) return
  running.to = Math.max(Math.min(to, running.to), running.current)
  post({ id, type: 'limited', to: running.to })
}

parentPort!.on('message', (request: WorkerRequest) => {
  if (request.type === 'limit') limit(request)
  else void extract(request)
})
