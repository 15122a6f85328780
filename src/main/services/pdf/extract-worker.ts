/**
 * Runs in a worker thread: opens one PDF with pdf.js and sends back the text of a range of
 * its pages in chunks as it goes (so the parent can index them at once, show progress and
 * kill a worker that stops making any), and, for the range that starts the document, its
 * metadata and outline. The parent may shorten a running range to give its end to another
 * worker (extraction-pool.ts).
 */
import { parentPort } from 'node:worker_threads'
import { readFile } from 'node:fs/promises'
import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs'
import { pdfjsModuleUrl, pdfjsWorkerUrl, untrustedPdfOptions } from './pdfjs-node'
import type {
  ExtractRequest,
  LimitRequest,
  RawDetails,
  RawOutlineItem,
  WorkerMessage,
  WorkerRequest,
} from './extract-types'
import { collectUntilBelow } from './collect-garbage'

type PdfJs = typeof PdfJsModule
type Doc = Awaited<ReturnType<PdfJs['getDocument']>['promise']>
type RawOutline = Awaited<ReturnType<Doc['getOutline']>>
type Page = Awaited<ReturnType<Doc['getPage']>>

const pdfjsPromise: Promise<PdfJs> = import(/* @vite-ignore */ pdfjsModuleUrl).then((m: PdfJs) => {
  m.GlobalWorkerOptions.workerSrc = pdfjsWorkerUrl
  return m
})

const post = (message: WorkerMessage) => parentPort!.postMessage(message)

async function pageOfDest(doc: Doc, dest: unknown): Promise<number | null> {
  try {
    const explicit = typeof dest === 'string' ? await doc.getDestination(dest) : (dest as unknown[] | null)
    const ref = explicit?.[0]
    if (ref === undefined || ref === null) return null
    if (typeof ref === 'number') return ref + 1
    return (await doc.getPageIndex(ref as Parameters<Doc['getPageIndex']>[0])) + 1
  } catch {
    return null
  }
}

/** The outline as the file has it; extracted.ts checks it. The caps only keep a hostile outline from costing time here. */
async function convertOutline(doc: Doc, items: RawOutline | null, depth = 0): Promise<RawOutlineItem[]> {
  if (!items || depth > 12) return []
  const out: RawOutlineItem[] = []
  for (const item of items.slice(0, 2000)) {
    out.push({
      title: String(item.title ?? '').slice(0, 2000),
      page: await pageOfDest(doc, item.dest),
      items: await convertOutline(doc, item.items, depth + 1),
    })
  }
  return out
}

type FirstPage = RawDetails['firstPage']

/** The runs of page 1 as the heading finder needs them (library/details/first-page.ts). */
function firstPageRuns(items: Awaited<ReturnType<Page['getTextContent']>>['items'], height: number): FirstPage {
  const runs: FirstPage['runs'] = []
  for (const item of items) {
    if (!('str' in item) || !item.str.trim() || runs.length >= MAX_FIRST_PAGE_RUNS) continue
    const [, , c = 0, d = 0, x = 0, y = 0] = item.transform as number[]
    runs.push({ str: item.str.slice(0, 500), size: Math.hypot(c, d), x, top: height - y, width: item.width })
  }
  return { height, runs }
}

const MAX_FIRST_PAGE_RUNS = 3000

async function pageText(doc: Doc, n: number, first?: (page: FirstPage) => void): Promise<string> {
  const page = await doc.getPage(n)
  try {
    const content = await page.getTextContent()
    if (first) first(firstPageRuns(content.items, page.getViewport({ scale: 1 }).height))
    let text = ''
    for (const item of content.items) {
      if (!('str' in item)) continue
      text += item.str
      if (item.hasEOL) text += '\n'
      else if (item.str && !item.str.endsWith(' ')) text += ' '
    }
    return text.replace(/[ \t]+\n/g, '\n').trim()
  } finally {
    page.cleanup()
  }
}

const infoString = (info: unknown, key: string): string => {
  const value = (info as Record<string, unknown> | null)?.[key]
  return typeof value === 'string' ? value.slice(0, 10_000) : ''
}

/**
 * pdf.js caches every object it parses for as long as a document stays open, so
 * a long manual would grow the worker's heap page after page. Reopening the
 * document every so many pages keeps memory flat for any length, at a few
 * percent of the time (every 100 pages rather than 300: about 20 MB less at the
 * import's peak, no time difference within the machine's noise).
 */
const PAGES_PER_OPEN = 100

/** Below this, a file left for V8 to free in its own time costs little. */
const COLLECT_AFTER_BYTES = 16 * 1024 * 1024

type LoadingTask = ReturnType<PdfJs['getDocument']>

/**
 * One PDF as pdf.js sees it, opened again on demand. pdf.js takes over (transfers) a
 * Uint8Array that spans its whole buffer and copies any other, so each opening reads the
 * file afresh into an array of its own and hands it over: the file is held once, by pdf.js.
 * Closing frees those bytes (see collect-garbage.ts) before anything else is read.
 */
function pdfFile(pdfjs: PdfJs, path: string, password: string | undefined) {
  let task: LoadingTask | undefined
  let bytes = 0
  const close = async () => {
    await task?.destroy()
    task = undefined
    if (bytes > COLLECT_AFTER_BYTES) await collectUntilBelow(bytes)
    bytes = 0
  }
  const open = async (): Promise<Doc> => {
    await close()
    const file = await readFile(path)
    bytes = file.byteLength
    const data = new Uint8Array(file.buffer, file.byteOffset, file.byteLength)
    task = pdfjs.getDocument({ ...untrustedPdfOptions, data, password } as Parameters<PdfJs['getDocument']>[0])
    return task.promise
  }
  return { open, close }
}

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

async function readDetails(doc: Doc): Promise<Omit<RawDetails, 'firstPage'>> {
  const { info, metadata } = await doc.getMetadata().catch(() => ({ info: null, metadata: null }))
  const outline = await convertOutline(doc, await doc.getOutline().catch(() => null))
  return {
    title: infoString(info, 'Title'),
    author: infoString(info, 'Author'),
    subject: infoString(info, 'Subject'),
    created: infoString(info, 'CreationDate'),
    language: infoString(info, 'Language'),
    outline,
    xmp: (metadata?.getRaw() ?? '').slice(0, 64 * 1024),
  }
}

async function extractRange(request: ExtractRequest, job: Running, file: ReturnType<typeof pdfFile>) {
  const { id } = request
  let doc = await file.open()
  const total = doc.numPages
  job.to = Math.min(job.to, total)
  post({ id, type: 'opened', pages: total })
  const details = request.details ? await readDetails(doc) : null
  let firstPage: FirstPage = { height: 0, runs: [] }
  let chunk = { from: request.from, texts: [] as string[], errors: [] as number[] }
  let sent = Date.now()
  const flush = () => {
    if (chunk.texts.length) post({ id, type: 'pages', ...chunk })
    chunk = { from: chunk.from + chunk.texts.length, texts: [], errors: [] }
    sent = Date.now()
  }
  let sinceOpen = 0
  for (let n = request.from; n <= job.to; n++) {
    job.current = n
    if (sinceOpen++ === PAGES_PER_OPEN) {
      doc = await file.open()
      sinceOpen = 1
    }
    try {
      chunk.texts.push(await pageText(doc, n, n === 1 && details ? (p) => (firstPage = p) : undefined))
    } catch {
      chunk.texts.push('')
      chunk.errors.push(n)
    }
    if (chunk.texts.length >= CHUNK_PAGES || Date.now() - sent >= CHUNK_MS) flush()
  }
  flush()
  return details && { ...details, firstPage }
}

function failure(id: number, error: unknown): WorkerMessage {
  const name = (error as Error)?.name ?? ''
  const kind = name === 'PasswordException' ? 'password' : name === 'InvalidPDFException' ? 'invalid' : 'error'
  return { id, type: 'failed', kind, message: (error as Error)?.message ?? String(error) }
}

/** The outcome is sent once the file's bytes are freed: the pool counts them as held until then. */
async function extract(request: ExtractRequest): Promise<void> {
  const { id, path, password } = request
  const job: Running = { id, to: request.to, current: request.from }
  running = job
  const file = pdfFile(await pdfjsPromise, path, password)
  let outcome: WorkerMessage
  try {
    outcome = { id, type: 'done', details: await extractRange(request, job, file) }
  } catch (error) {
    outcome = failure(id, error)
  }
  await file.close().catch(() => undefined)
  if (running === job) running = null
  post(outcome)
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
