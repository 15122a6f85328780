/**
 * Draws a page of the open document with PDFium, for a far jump (jump-pictures.ts). pdf.js
 * needs 100–160 ms to parse and paint a page of a long vector manual on two cores; PDFium,
 * warmed, draws it in 10–50 ms. Drawn in the page, not on the main side: sending the pixels
 * (4–5 MB) through the host took as long as pdf.js's own paint (session 16 and 21's figures,
 * tests/bench/README.md). One worker for the app's lifetime, like pdf.js's: compiled and
 * warmed on bundled pages once the facilitator has been quiet a while, so a document's first
 * jump finds it ready.
 */
import { warmupPdfBytes } from './warmup-pdf'

export type DrawerRequest =
  | { type: 'warm'; bytes: ArrayBuffer; width: number; times: number }
  | { type: 'open'; key: number; bytes: ArrayBuffer; width: number }
  /** `canvas` comes with a canvas's first request; later ones name it by `canvasId` */
  | { type: 'draw'; id: number; key: number; page: number; canvasId: number; canvas?: OffscreenCanvas }
  /** the canvas painted white, ready for the next jump */
  | { type: 'clear'; canvasId: number; canvas?: OffscreenCanvas }
  | { type: 'forget'; canvasId: number }
  | { type: 'close'; key: number }

export type DrawerAnswer =
  | { type: 'opened'; key: number; ok: boolean }
  /** `at`: when the picture was on the canvas (epoch ms, as `performance.timeOrigin + now()`); null when not drawn */
  | { type: 'drawn'; id: number; at: number | null }
  /** a warm-up (the bundled pages, or an open document's) is over */
  | { type: 'warmed' }
  | { type: 'cleared'; canvasId: number; ok: boolean }
  | { type: 'broken' }

export interface DrawerDocument {
  /** a canvas of this size in device pixels for a picture: one the drawer has painted white after an earlier jump, or a new one */
  canvas(width: number, height: number): HTMLCanvasElement
  /** a canvas of this size readied ahead, for the first jump */
  ready(width: number, height: number): void
  /** the page on the canvas: when it was drawn, on this page's timeline; null when it was not (or a later draw came first) */
  draw(page: number, canvas: HTMLCanvasElement): Promise<number | null>
  /** the picture is over: the canvas leaves the page and is kept for a later jump */
  putAside(canvas: HTMLCanvasElement): void
  close(): void
}

/**
 * A worker that owes an answer and has said nothing for this long is ended (a hostile PDF can
 * keep PDFium drawing forever); what it owed is answered null and the next document starts another.
 */
const SILENT_MS = 10_000

let worker: Worker | null = null
const waiting = new Map<number, (at: number | null) => void>()
const opening = new Map<number, (ok: boolean) => void>()
/** answers owed: drawn, opened, warmed and cleared */
let owed = 0
let watchdog: ReturnType<typeof setTimeout> | undefined
/** only the latest draw asked while another is drawn waits: the ones it replaces are answered null */
let drawing = false
let queued: { canvas: HTMLCanvasElement; post(): void; skip(): void } | null = null
let nextId = 1

/**
 * Canvases are kept from one jump to the next: a canvas's first picture costs 15–17 ms more
 * than the next ones (its pixels' memory is new to the system), a third of a warm draw. A
 * canvas once handed to a worker belongs to it; the drawer paints a kept one white before it
 * is shown again, so no earlier page shows in a new jump's place.
 */
const SPARE_CANVASES = 2
const handedOver = new WeakMap<HTMLCanvasElement, { to: Worker; canvasId: number }>()
let spare: HTMLCanvasElement[] = []
const clearing = new Map<number, HTMLCanvasElement>()
/** canvases being painted white or kept: none is drawn on until it is taken again */
const setAside = new Set<HTMLCanvasElement>()

const transferred = (given: { canvas?: OffscreenCanvas }): Transferable[] => (given.canvas ? [given.canvas] : [])

/** the canvas for a request to `target`: its number there, and its control the first time */
function handOver(target: Worker, element: HTMLCanvasElement): { canvasId: number; canvas?: OffscreenCanvas } | null {
  const known = handedOver.get(element)
  if (known) return known.to === target ? { canvasId: known.canvasId } : null
  const canvasId = nextId++
  handedOver.set(element, { to: target, canvasId })
  return { canvasId, canvas: element.transferControlToOffscreen() }
}

/** the worker lets go of a canvas the page no longer keeps */
function forget(element: HTMLCanvasElement) {
  setAside.delete(element)
  const known = handedOver.get(element)
  if (known && known.to === worker)
    known.to.postMessage({ type: 'forget', canvasId: known.canvasId } satisfies DrawerRequest)
}

function keepSpare(element: HTMLCanvasElement) {
  spare.push(element)
  if (spare.length > SPARE_CANVASES) forget(spare.shift()!)
}

const spareIndex = (width: number, height: number) =>
  spare.findIndex((element) => element.width === width && element.height === height)

function canvasOfSize(width: number, height: number): HTMLCanvasElement {
  const kept = spareIndex(width, height)
  if (kept >= 0) {
    const element = spare.splice(kept, 1)[0]!
    setAside.delete(element)
    return element
  }
  const element = document.createElement('canvas')
  element.width = width
  element.height = height
  return element
}

/** `element` painted white by `target`, then kept */
function clearForLater(target: Worker, element: HTMLCanvasElement) {
  if (setAside.has(element)) return
  const given = handOver(target, element)
  if (!given) return
  setAside.add(element)
  clearing.set(given.canvasId, element)
  post(target, { type: 'clear', ...given }, transferred(given), 1)
}

function settleAll() {
  for (const resolve of waiting.values()) resolve(null)
  for (const resolve of opening.values()) resolve(false)
  waiting.clear()
  opening.clear()
  clearing.clear()
  setAside.clear()
  spare = []
  queued?.skip()
  queued = null
  drawing = false
  owed = 0
  clearTimeout(watchdog)
}

function end(started: Worker) {
  started.terminate()
  if (worker === started) worker = null
  settleAll()
}

function listen(started: Worker) {
  clearTimeout(watchdog)
  if (owed > 0) watchdog = setTimeout(() => end(started), SILENT_MS)
}

function post(target: Worker, request: DrawerRequest, transfer: Transferable[], answers: number) {
  owed += answers
  target.postMessage(request, transfer)
  listen(target)
}

function drawer(): Worker {
  if (worker) return worker
  const started = new Worker(new URL('./page-drawer.worker.ts', import.meta.url), { type: 'module' })
  started.onerror = () => end(started)
  started.onmessage = ({ data }: MessageEvent<DrawerAnswer>) => {
    if (data.type === 'broken') return end(started)
    owed = Math.max(0, owed - 1)
    listen(started)
    if (data.type === 'opened') {
      opening.get(data.key)?.(data.ok)
      opening.delete(data.key)
      if (!data.ok) owed = Math.max(0, owed - 1)
    } else if (data.type === 'cleared') {
      const element = clearing.get(data.canvasId)
      clearing.delete(data.canvasId)
      if (element && data.ok) keepSpare(element)
      else if (element) forget(element)
    } else if (data.type === 'drawn') {
      waiting.get(data.id)?.(data.at === null ? null : data.at - performance.timeOrigin)
      waiting.delete(data.id)
      drawing = false
      const next = queued
      queued = null
      next?.post()
    }
  }
  worker = started
  return started
}

let engineStarted = () => {}
const started = new Promise<void>((resolve) => (engineStarted = resolve))

/**
 * Resolves once the drawer's engine has been started by `warmPageDrawerWhenQuiet`, at once if it
 * has. A document opened before waits for it: compiling and warming PDFium takes a core for
 * a second or more, and started at a document's first paint it slowed the next document opened
 * (the bench's warm open of pgfmanual p.1: 480–550 → 720–840 ms).
 */
export const pageDrawerStarted = (): Promise<void> => started

/** how long the facilitator has done nothing before the drawer is warmed */
const QUIET_MS = 4000
const ACTS = ['pointerdown', 'keydown', 'hashchange'] as const

/**
 * Once the facilitator has done nothing for a few seconds: the engine compiled and its drawing
 * code warmed on the bundled quick guide and a page of figures. Compiling it takes one of the
 * two cores for a few hundred milliseconds, which a document opened meanwhile would share
 * (measured: cold opens 50–170 ms slower when it ran at the app's first idle moment).
 * Documents opened before wait for it (`pageDrawerStarted`); their far jumps are pdf.js's until then.
 */
export function warmPageDrawerWhenQuiet(): void {
  let timer: ReturnType<typeof setTimeout> | undefined
  const warm = () => {
    for (const act of ACTS) removeEventListener(act, later, true)
    if (!worker) {
      const bytes = warmupPdfBytes().buffer
      post(drawer(), { type: 'warm', bytes, width: 900, times: 6 }, [bytes], 1)
    }
    engineStarted()
  }
  const later = () => {
    clearTimeout(timer)
    timer = setTimeout(() => requestIdleCallback(warm), QUIET_MS)
  }
  for (const act of ACTS) addEventListener(act, later, true)
  later()
}

/**
 * Hands the document's bytes to the drawer (they are moved, not copied); resolves once it can
 * draw, or null where PDFium cannot read the file. `width`: the pages' width on screen, to warm at.
 */
export function openInDrawer(bytes: Uint8Array<ArrayBuffer>, width: number): Promise<DrawerDocument | null> {
  const key = nextId++
  const target = drawer()
  const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice()
  const opened = new Promise<boolean>((resolve) => opening.set(key, resolve))
  // answered twice: opened, then its pages warmed
  post(target, { type: 'open', key, bytes: whole.buffer, width }, [whole.buffer], 2)
  const close = () => {
    if (worker === target) target.postMessage({ type: 'close', key } satisfies DrawerRequest)
  }
  return opened.then((ok) => {
    if (!ok) return null
    return {
      canvas: canvasOfSize,
      ready(width, height) {
        if (worker !== target || spareIndex(width, height) >= 0) return
        clearForLater(target, canvasOfSize(width, height))
      },
      draw(page, canvas) {
        if (worker !== target) return Promise.resolve(null)
        return new Promise<number | null>((resolve) => {
          const ask = () => {
            // put aside while it waited: drawn now, it would show this page in a later jump's place
            if (setAside.has(canvas)) return resolve(null)
            const given = worker === target && handOver(target, canvas)
            if (!given) return resolve(null)
            const id = nextId++
            waiting.set(id, resolve)
            drawing = true
            post(target, { type: 'draw', id, key, page, ...given }, transferred(given), 1)
          }
          if (!drawing) return ask()
          queued?.skip()
          queued = { canvas, post: ask, skip: () => resolve(null) }
        })
      },
      putAside(canvas) {
        canvas.remove()
        if (queued?.canvas === canvas) {
          queued.skip()
          queued = null
        }
        if (worker === target) clearForLater(target, canvas)
      },
      close,
    }
  })
}
