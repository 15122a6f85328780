/**
 * PDFium (Chrome's PDF engine, compiled to WebAssembly by @embedpdf/pdfium) as the main
 * side's workers use it: open a file (read block by block), a page, its text; the details
 * (pdfium-details.ts) and drawings (pdfium-render.ts) build on these. It reads a manual's text two to three times as fast as pdf.js and about as fast as
 * poppler's pdftotext (tests/bench/README.md, session 16), so an import can keep up with it.
 *
 * PDFs are untrusted. This build has no JavaScript engine and no XFA, and runs inside the
 * WebAssembly sandbox of a worker thread: a fault in the parser traps (an exception here, the
 * worker then stops) instead of reaching the process. Its memory is outside the worker's heap
 * limit, so the growth of its linear memory is capped here (`memoryLimit`); a file that
 * needs more fails with a 'memory' error. That memory never shrinks: a worker whose instance
 * broke or grew large says so (`spent`) and its parent ends it.
 */
import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs'
import { randomBytes } from 'node:crypto'
import { createRequire } from 'node:module'
import { init } from '@embedpdf/pdfium'

import { pdfiumHeap, type Pdfium } from '@shared/pdfium-draw'

/** The WebAssembly API as used here (Node has it; its typings come with the DOM library, which the main side leaves out). */
interface WasmApi {
  Module: new (bytes: Uint8Array) => object
  Instance: new (module: object, imports: Imports) => WasmInstance
}
type WasmInstance = { exports: Record<string, unknown> }
const wasm = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly

export const heap = pdfiumHeap

/**
 * PDFium's memory at most: the largest manual in the corpus needs about 60 MB; a scan's
 * page can hold its image's bytes, so a file may have its own size on top of the margin.
 */
const BASE_MEMORY_BYTES = 384 * 1024 * 1024
const MARGIN_BYTES = 192 * 1024 * 1024
let memoryLimit = BASE_MEMORY_BYTES
/**
 * Emscripten grows the memory by up to this much more than a request asks (it over-reserves
 * to grow less often), so a request is refused this far below the limit.
 */
const GROWTH_SLACK_BYTES = 96 * 1024 * 1024

/** An instance whose memory grew past this is not kept for the next file (see `spent`). */
const KEEP_BELOW_BYTES = 128 * 1024 * 1024

export type PdfiumFailureKind = 'password' | 'invalid' | 'memory' | 'error'

export class PdfiumError extends Error {
  constructor(
    readonly kind: PdfiumFailureKind,
    message: string,
  ) {
    super(message)
  }
}

/** FPDF_GetLastError's codes (fpdfview.h) */
const FPDF_ERR_FILE = 2
const FPDF_ERR_FORMAT = 3
const FPDF_ERR_PASSWORD = 4
const FPDF_ERR_SECURITY = 5

let memoryRefused = false

const wasmPath = () => createRequire(import.meta.url).resolve('@embedpdf/pdfium/pdfium.wasm')

type Imports = Record<string, Record<string, unknown>>

let compiled: object | undefined

/**
 * Instantiates the module with its heap growth capped: a request past the cap is refused,
 * as when the system has no more. Compiled once per worker, synchronously, so a failure
 * rejects the module's start instead of leaving it waiting.
 */
function instantiateCapped(imports: Imports, receive: (instance: WasmInstance) => void) {
  const env = imports.env!
  const grow = env.emscripten_resize_heap as (bytes: number) => number
  env.emscripten_resize_heap = (bytes: number) => {
    if (bytes >>> 0 > memoryLimit - GROWTH_SLACK_BYTES) {
      memoryRefused = true
      return 0
    }
    return grow(bytes)
  }
  compiled ??= new wasm.Module(readFileSync(wasmPath()))
  const instance = new wasm.Instance(compiled, imports)
  receive(instance)
  return instance.exports
}

let modulePromise: Promise<Pdfium> | undefined
let current: Pdfium | undefined

/** The module, started once per worker. */
export function pdfium(): Promise<Pdfium> {
  modulePromise ??= init({
    instantiateWasm: instantiateCapped,
    print: () => undefined,
    printErr: () => undefined,
  } as never).then((m) => {
    m.PDFiumExt_Init()
    current = m
    return m
  })
  return modulePromise
}

/**
 * Whether this worker should end after the file that ended with `error` (null: no error).
 * An exception from inside PDFium (a trap, a stack overflow, memory refused) leaves its state
 * untrustworthy; and WebAssembly memory never shrinks, nor is a dropped instance's memory
 * reliably given back, so an instance that grew large is not kept either. The worker says so
 * to its parent, which ends it; the next file gets a new worker.
 */
export function spent(error: unknown): boolean {
  const broken = (error !== null && !(error instanceof PdfiumError)) || memoryRefused
  if (broken) {
    modulePromise = undefined
    current = undefined
  }
  return broken || (current !== undefined && heap(current).byteLength > KEEP_BELOW_BYTES)
}

export function failureOf(error: unknown): PdfiumError {
  if (error instanceof PdfiumError) return error
  if (memoryRefused) return new PdfiumError('memory', 'it needs more memory than allowed')
  const message = error instanceof Error ? error.message : String(error)
  return new PdfiumError('error', `the PDF could not be read (${message.slice(0, 200)})`)
}

/** Reads `units` UTF-16 code units at `ptr` (without a terminator). */
function utf16(m: Pdfium, ptr: number, units: number): string {
  if (units <= 0) return ''
  return new TextDecoder('utf-16le').decode(heap(m).subarray(ptr, ptr + units * 2))
}

/**
 * Calls one of PDFium's "fill this buffer" functions twice: first for the size in bytes
 * (terminator included), then with a buffer of that size (PDFium leaves a smaller one
 * untouched); answers the UTF-16 text, cut to `maxChars`.
 */
export function bufferText(m: Pdfium, maxChars: number, call: (buffer: number, bytes: number) => number): string {
  const bytes = call(0, 0)
  if (bytes <= 2 || bytes > MAX_BUFFER_BYTES) return ''
  const buffer = m.pdfium.wasmExports.malloc(bytes)
  if (!buffer) return ''
  try {
    const written = Math.min(call(buffer, bytes), bytes)
    return utf16(m, buffer, Math.floor(written / 2) - 1).slice(0, maxChars)
  } finally {
    m.pdfium.wasmExports.free(buffer)
  }
}

/** A metadata value or title longer than this is read as empty. */
const MAX_BUFFER_BYTES = 4 * 1024 * 1024

export interface PdfiumDocument {
  m: Pdfium
  doc: number
  pages: number
  /** the file's size */
  size: number
  /** reads `length` bytes of the file from `position` (fewer at its end) */
  readAt(position: number, length: number): Buffer
  close(): void
}

/**
 * The files PDFium reads, by the number it passes back to `readBlock`. PDFium asks for the
 * blocks it needs (FPDF_LoadCustomDocument) instead of holding the whole file: a 250 MB
 * scan is never in its memory at once.
 */
const openFiles = new Map<number, { fd: number; size: number }>()
let nextFileKey = 1
const blockReaders = new WeakMap<Pdfium, number>()

/** Copies a block of a file into PDFium's buffer: 1 when it could, 0 when not (PDFium then gives up on it). */
function readBlock(m: Pdfium, key: number, position: number, buffer: number, length: number): number {
  const file = openFiles.get(key)
  ;[position, length] = [position >>> 0, length >>> 0]
  if (!file || position + length > file.size) return 0
  try {
    for (let at = 0; at < length;) {
      const got = readSync(file.fd, heap(m), buffer + at, length - at, position + at)
      if (got === 0) return 0
      at += got
    }
    return 1
  } catch {
    return 0
  }
}

/** The table entry of `readBlock` for this instance: PDFium calls it through a function pointer. */
function blockReader(m: Pdfium): number {
  const known = blockReaders.get(m)
  if (known !== undefined) return known
  const pointer = m.pdfium.addFunction(
    (key: number, position: number, buffer: number, length: number) => readBlock(m, key, position, buffer, length),
    'iiiii',
  )
  blockReaders.set(m, pointer)
  return pointer
}

function failedOpening(code: number, password: string | undefined): PdfiumError {
  if (code === FPDF_ERR_PASSWORD)
    return new PdfiumError('password', password ? 'the password is not right' : 'it is protected by a password')
  if (code === FPDF_ERR_FILE || code === FPDF_ERR_FORMAT) return new PdfiumError('invalid', 'it is not a valid PDF')
  if (code === FPDF_ERR_SECURITY) return new PdfiumError('error', 'it uses an encryption this app cannot read')
  return failureOf(new Error(`PDFium could not open it (error ${code})`))
}

/**
 * An encrypted file whose pages and strings are left plain (/StmF and /StrF /Identity: only its
 * attachments are locked) is opened by PDFium without checking any password, while pdf.js, which
 * shows it in the reader, asks for the one that unlocks the file. Such a file would be imported
 * and then refused by the reader, so it is refused here like any password-protected file. PDFium
 * says nothing of the check it skipped; a second opening with a password nobody chose tells: a file
 * whose password is checked refuses it. Only encrypted files are opened twice.
 */
function opensWithoutAsking(m: Pdfium, doc: number, access: number): boolean {
  if (m.FPDF_GetSecurityHandlerRevision(doc) < 0) return false
  const refused = memoryRefused
  const again = m.FPDF_LoadCustomDocument(access, randomBytes(24).toString('base64url'))
  // a probe refused for another reason than the password (memory) tells nothing, and is not this file's failure
  memoryRefused = refused
  if (!again) return false
  m.FPDF_CloseDocument(again)
  return true
}

/** A file that cannot be opened (gone, not allowed) is the file's failure, not PDFium's: the worker is kept. */
function openFileForReading(path: string): number {
  try {
    return openSync(path, 'r')
  } catch (error) {
    throw new PdfiumError('error', `the file could not be opened (${(error as NodeJS.ErrnoException).code ?? 'error'})`)
  }
}

/** Opens the file for PDFium to read block by block, until `close()`. */
export async function openFile(path: string, password?: string): Promise<PdfiumDocument> {
  const m = await pdfium()
  // an allocation refused while the last file was read, which PDFium got over, is not this file's
  memoryRefused = false
  const fd = openFileForReading(path)
  const key = nextFileKey++
  let access = 0
  let doc = 0
  /** the descriptor is closed whatever PDFium does (a broken instance may throw on closing) */
  const release = () => {
    try {
      if (doc) m.FPDF_CloseDocument(doc)
      if (access) m.pdfium.wasmExports.free(access)
    } finally {
      openFiles.delete(key)
      closeSync(fd)
    }
  }
  try {
    const size = fstatSync(fd).size
    memoryLimit = Math.max(BASE_MEMORY_BYTES, size + MARGIN_BYTES)
    openFiles.set(key, { fd, size })
    // FPDF_FILEACCESS: m_FileLen, m_GetBlock, m_Param (32-bit each in this build)
    access = m.pdfium.wasmExports.malloc(12)
    if (!access) throw new PdfiumError('memory', 'it needs more memory than allowed')
    m.pdfium.setValue(access, size, 'i32')
    m.pdfium.setValue(access + 4, blockReader(m), 'i32')
    m.pdfium.setValue(access + 8, key, 'i32')
    doc = m.FPDF_LoadCustomDocument(access, password ?? '')
    if (!doc) throw failedOpening(m.FPDF_GetLastError(), password)
    if (!password && opensWithoutAsking(m, doc, access))
      throw new PdfiumError('password', 'it is protected by a password')
    const pages = m.FPDF_GetPageCount(doc)
    if (pages <= 0) throw new PdfiumError('invalid', 'it has no page this app can read')
    let open = true
    return {
      m,
      doc,
      pages,
      size,
      readAt(position, length) {
        const buffer = Buffer.alloc(Math.max(0, Math.min(length, size - position)))
        const got = buffer.length ? readSync(fd, buffer, 0, buffer.length, position) : 0
        return buffer.subarray(0, got)
      },
      close() {
        if (!open) return
        open = false
        release()
      },
    }
  } catch (error) {
    try {
      release()
    } catch {
      // the error that stopped the opening is the one to report
    }
    throw error
  }
}

/** Runs `use` on page `index` (from 0), closed afterwards whatever happens; null when PDFium cannot load it. */
export function withPage<T>(d: PdfiumDocument, index: number, use: (page: number) => T): T | null {
  const page = d.m.FPDF_LoadPage(d.doc, index)
  if (!page) return null
  try {
    return use(page)
  } finally {
    d.m.FPDF_ClosePage(page)
  }
}

/** The same with the page's text loaded too (its characters, their places and sizes). */
export function withTextPage<T>(
  d: PdfiumDocument,
  index: number,
  read: (textPage: number, page: number) => T,
): T | null {
  const { m } = d
  return withPage(d, index, (page) => {
    const textPage = m.FPDFText_LoadPage(page)
    if (!textPage) return null
    try {
      return read(textPage, page)
    } finally {
      m.FPDFText_ClosePage(textPage)
    }
  })
}

/**
 * The text as a reader would copy it: PDFium's line breaks (\r\n) as \n, no spaces at line
 * ends, no control characters (TeX's math fonts without a Unicode map give those). A word
 * hyphenated at a line's end comes as one word: PDFium marks that hyphen U+FFFE and drops
 * the line break after it ("func\ufffetion"), so search finds "function".
 */
export function cleanPageText(raw: string): string {
  return (
    raw
      .replace(/\r\n?/g, '\n')
      // eslint-disable-next-line no-control-regex -- control characters are what this removes
      .replace(/[\u0000-\u0008\u000b-\u001f\ufffe\uffff]/g, '')
      .replace(/[ \t]+\n/g, '\n')
      .trim()
  )
}

export function pageText(d: PdfiumDocument, index: number): string | null {
  return withTextPage(d, index, (textPage) => {
    const { m } = d
    const count = m.FPDFText_CountChars(textPage)
    if (count <= 0) return ''
    const buffer = m.pdfium.wasmExports.malloc((count + 1) * 2)
    if (!buffer) throw new PdfiumError('memory', 'it needs more memory than allowed')
    try {
      const written = m.FPDFText_GetText(textPage, 0, count, buffer)
      return cleanPageText(utf16(m, buffer, written - 1))
    } finally {
      m.pdfium.wasmExports.free(buffer)
    }
  })
}
