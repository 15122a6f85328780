/**
 * What a user waits for, in a real Chromium against browser mode: the server
 * ready, the first screen painted, and the reader's first page painted (cold,
 * warm, and a jump to a far page), against pdftoppm rendering the same page.
 */
import { execFileSync, spawn } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { chromium, type Browser, type Page } from '@playwright/test'
import { chromiumLaunchOptions } from '../e2e/support/chromium'
import { median, timed } from './stats'

export interface BrowserFigures {
  serverReadyMs: number
  firstScreenMs: number
  reader: {
    page: number
    /** a first open of the page: pdf.js's paint */
    coldMs: number
    /** the same opens: the first frame with the page on screen (its picture — page 1's from the import, another drawn as it opens — or the paint) */
    coldShownMs: number
    /** back at the page left: the first frame with the page on screen, its kept picture or pdf.js's */
    reopenMs: number
    deepLinkMs: number
    warmMs: number
    popplerMs: number
  }[]
  jumpMs: number
  /** every far jump, in order: the page on screen (the drawer's picture or pdf.js's paint, whichever first) */
  jumps: number[]
  /** the same jumps: pdf.js's own paint (the text selectable) */
  jumpPaints: number[]
}

export function startServer(serverJs: string, dataDir: string) {
  const started = performance.now()
  const child = spawn(process.execPath, [serverJs, '--data', dataDir], { stdio: ['ignore', 'pipe', 'inherit'] })
  return new Promise<{ url: string; ms: number; stop: () => void }>((resolve, reject) => {
    let out = ''
    child.stdout.on('data', (c: Buffer) => {
      out += c
      const m = /running at (\S+)/.exec(out)
      if (m) resolve({ url: m[1]!, ms: performance.now() - started, stop: () => child.kill() })
    })
    child.on('exit', (code) => reject(new Error(`server exited ${code}: ${out}`)))
  })
}

/**
 * Time from the mark `from` (default: the reader's own "viewer created") to page n's first paint
 * by pdf.js (`tc-page-n`), or to whichever of `marks` comes first. The page itself watches for
 * the mark (a PerformanceObserver): polling from Playwright would compile its helper script
 * inside the window being timed.
 */
async function pageMark(
  page: Page,
  n: number,
  from = 'tc-open',
  marks = [`tc-page-${n}`],
  timeout = 30_000,
): Promise<number> {
  const painted = page.evaluate(
    ([marks, from]) =>
      new Promise<number>((resolve) => {
        const since = () => performance.getEntriesByName(from).at(-1)!.startTime
        const first = (entries: PerformanceEntryList) =>
          entries.filter((e) => marks.includes(e.name)).sort((a, b) => a.startTime - b.startTime)[0]
        const seen = first(performance.getEntriesByType('mark'))
        if (seen) return resolve(seen.startTime - since())
        const observer = new PerformanceObserver((list) => {
          const mark = first(list.getEntries())
          if (!mark) return
          observer.disconnect()
          resolve(mark.startTime - since())
        })
        observer.observe({ type: 'mark' })
      }),
    [marks, from] as const,
  )
  let timer: NodeJS.Timeout | undefined
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`page ${n} not painted within ${timeout} ms`)), timeout)
  })
  try {
    return await Promise.race([painted, late])
  } finally {
    clearTimeout(timer)
  }
}

/**
 * What a facilitator does: the app is open and has settled, they pick the document; timed from that
 * moment to the first frame with the page on screen (a picture of it, or pdf.js's paint, whichever
 * is first: a short file may be painted before its picture is drawn) and to pdf.js's own paint.
 */
async function openFromApp(page: Page, appUrl: string, route: string, n: number) {
  await page.goto(appUrl)
  await page.getByRole('heading', { level: 1 }).first().waitFor()
  await page.waitForTimeout(1500)
  const shown = pageMark(page, n, 'tc-click', [`tc-preview-${n}`, `tc-page-${n}`])
  const painted = pageMark(page, n, 'tc-click')
  await page.evaluate((route) => {
    performance.mark('tc-click')
    window.location.hash = route
  }, route)
  const [shownMs, paintMs] = await Promise.all([shown, painted])
  const pictured = await page.evaluate((n) => performance.getEntriesByName(`tc-preview-${n}`).length > 0, n)
  return { shownMs, paintMs, pictured }
}

/**
 * The picture of page 1 the app draws after an import (services/reader/first-page-pictures.ts), made
 * afresh: every picture in the folder is removed before the server starts, and the runs wait until
 * the server has drawn them all, so they neither miss the picture nor share the cores with its drawing.
 */
/** a data folder fresh from the import bench has no previews/ yet */
function removePictures(dataDir: string) {
  rmSync(join(dataDir, 'previews'), { recursive: true, force: true })
}

async function picturesDrawn(dataDir: string, sha: string, timeoutMs = 180_000): Promise<void> {
  const started = Date.now()
  let count = -1
  let steadySince = Date.now()
  for (;;) {
    const now = readdirSync(join(dataDir, 'previews')).filter((f) => f.endsWith('.json')).length
    if (now !== count) {
      count = now
      steadySince = Date.now()
    }
    if (existsSync(join(dataDir, 'previews', `${sha}.json`)) && Date.now() - steadySince > 8000) return
    if (Date.now() - started > timeoutMs) throw new Error(`no picture of page 1 within ${timeoutMs} ms`)
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
}

/** In a new tab (its own profile: `appUrl` carries the token), reads the page at `url` long enough for the reader to keep its picture, then closes the tab. */
async function leaveAt(browser: Browser, appUrl: string, url: string): Promise<void> {
  const tab = await browser.newPage({ viewport: { width: 1280, height: 900 } })
  await tab.goto(appUrl)
  const kept = tab.waitForResponse((r) => r.url().includes('reader%3AsavePreview') && r.ok(), { timeout: 60_000 })
  await tab.goto(url)
  await kept
  await tab.close()
}

const clearMarks = (page: Page) => page.evaluate(() => performance.clearMarks())

export async function benchBrowser(opts: {
  serverJs: string
  dataDir: string
  resourceId: string
  warmupId: string
  pdfPath: string
  pages: number[]
  runs: number
  jumps?: boolean
}): Promise<BrowserFigures> {
  const db = JSON.parse(readFileSync(join(opts.dataDir, 'db.json'), 'utf8')) as {
    resources: { id: string; file: { sha256: string } | null }[]
  }
  const sha = db.resources.find((r) => r.id === opts.resourceId)!.file!.sha256
  // page 1's picture is the import's only until the runs at another page leave that page's picture
  if (opts.pages.includes(1) && opts.pages[0] !== 1) throw new Error('page 1 must be the first page measured')
  removePictures(opts.dataDir)
  const server = await startServer(opts.serverJs, opts.dataDir)
  await picturesDrawn(opts.dataDir, sha)
  const browser = await chromium.launch(chromiumLaunchOptions())
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    const first = await timed(async () => {
      await page.goto(server.url)
      await page.getByRole('heading', { level: 1 }).first().waitFor()
    })
    const reader: BrowserFigures['reader'] = []
    const origin = new URL(server.url).origin
    for (const n of opts.pages) {
      const cold: number[] = []
      const coldShown: number[] = []
      let pictured = 0
      const reopen: number[] = []
      const deepLink: number[] = []
      const warm: number[] = []
      for (let i = 0; i < opts.runs; i++) {
        const started = await browser.newPage({ viewport: { width: 1280, height: 900 } })
        // the page is shown for the first time: page 1's picture is the one drawn after the import, any
        // other page's is drawn as the document opens (a short file's page may be painted by pdf.js first)
        const first = await openFromApp(started, server.url, `#/reader/${opts.resourceId}/${n}`, n)
        if (first.pictured) pictured++
        cold.push(first.paintMs)
        coldShown.push(first.shownMs)
        await started.close()
        const fresh = await browser.newPage({ viewport: { width: 1280, height: 900 } })
        await fresh.goto(server.url)
        await fresh.goto(`${origin}/#/reader/${opts.resourceId}/${n}`)
        deepLink.push(await pageMark(fresh, n))
        await fresh.goto(`${origin}/#/reader/${opts.warmupId}/1`)
        await pageMark(fresh, 1)
        await clearMarks(fresh)
        await fresh.goto(`${origin}/#/reader/${opts.resourceId}/${n}`)
        warm.push(await pageMark(fresh, n))
        await fresh.close()
      }
      for (let i = 0; i < opts.runs; i++) {
        await leaveAt(browser, server.url, `${origin}/#/reader/${opts.resourceId}/${n}`)
        const back = await browser.newPage({ viewport: { width: 1280, height: 900 } })
        reopen.push((await openFromApp(back, server.url, `#/reader/${opts.resourceId}/${n}`, n)).shownMs)
        await back.close()
      }
      console.log(`  p.${n} first opens with a picture on screen before pdf.js's paint: ${pictured} of ${opts.runs}`)
      const poppler: number[] = []
      for (let i = 0; i < opts.runs; i++) {
        const t = performance.now()
        execFileSync('pdftoppm', ['-f', String(n), '-l', String(n), '-r', '110', '-png', opts.pdfPath], {
          stdio: ['ignore', 'ignore', 'ignore'],
        })
        poppler.push(performance.now() - t)
      }
      reader.push({
        page: n,
        coldMs: median(cold),
        coldShownMs: median(coldShown),
        reopenMs: median(reopen),
        deepLinkMs: median(deepLink),
        warmMs: median(warm),
        popplerMs: median(poppler),
      })
    }
    const jumps: number[] = []
    const jumpPaints: number[] = []
    await page.goto(`${origin}/#/reader/${opts.resourceId}/1`)
    await pageMark(page, 1)
    for (const target of opts.jumps === false
      ? []
      : [900, 1000, 1100, 1200, 1300, 700, 800, 600, 400, 1250].slice(0, Math.max(5, opts.runs * 3))) {
      // The facilitator looks at the page before jumping again: pdf.js finishes what it prefetches meanwhile.
      await page.waitForTimeout(1000)
      await clearMarks(page)
      const box = page.getByRole('textbox', { name: 'Page number' })
      await box.fill(String(target))
      // timed from the moment the page receives Enter, not from before Playwright's round trip to send it
      await page.evaluate(() =>
        window.addEventListener('keydown', (e) => e.key === 'Enter' && performance.mark('tc-open'), {
          capture: true,
          once: true,
        }),
      )
      await box.press('Enter')
      // on screen: the page drawn by PDFium for the jump (reader/jump-pictures.ts) or pdf.js's paint
      jumps.push(await pageMark(page, target, 'tc-open', [`tc-picture-${target}`, `tc-page-${target}`]))
      jumpPaints.push(await pageMark(page, target))
    }
    const listed = (all: number[]) => all.map((ms) => `${ms.toFixed(0)} ms`).join(', ')
    if (jumps.length)
      console.log(`  jumps to far pages, on screen: ${listed(jumps)}; pdf.js's paint: ${listed(jumpPaints)}`)
    return { serverReadyMs: server.ms, firstScreenMs: first.ms, reader, jumpMs: median(jumps), jumps, jumpPaints }
  } finally {
    await browser.close()
    server.stop()
  }
}

export const pdftoppmAvailable = () => {
  try {
    execFileSync('pdftoppm', ['-v'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

export const serverScript = (root: string) => join(root, 'out', 'main', 'server.js')
