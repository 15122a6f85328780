import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { test, expect, snap } from './support/fixtures'
import { projectRoot } from './support/app-server'
import { selectTextOnPage } from './support/reader'
import type { Page } from '@playwright/test'

type Box = { x: number; y: number; width: number; height: number }

const largest = join(projectRoot, '..', 'shared', 'corpus', 'good', '12-pgfmanual.pdf')

async function openFromLibrary(page: Page, title: string) {
  await page.getByRole('link', { name: title }).click()
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()
  await expect(page.locator('.page[data-page-number="1"] .canvasWrapper canvas')).toBeVisible({ timeout: 30_000 })
}

async function jumpTo(page: Page, n: number) {
  const box = page.getByRole('textbox', { name: 'Page number' })
  await box.fill(String(n))
  await box.press('Enter')
  await expect(box).toHaveValue(String(n))
  await expect(page.locator(`.page[data-page-number="${n}"] .canvasWrapper canvas`)).toBeVisible({ timeout: 30_000 })
}

/** Holds every PDF back, as on a slow disk, until the answer is called: only a picture can be on screen. */
async function holdFiles(page: Page): Promise<() => void> {
  let release = () => {}
  const held = new Promise<void>((resolve) => (release = resolve))
  await page.route('**/files/**', async (route) => (await held, route.continue()))
  return release
}

async function highlightWithNote(page: Page, n: number, note: string) {
  const quote = await selectTextOnPage(page, n)
  await page.getByRole('button', { name: 'Highlight selection' }).click()
  await page.getByRole('tab', { name: 'Annotations' }).click()
  const editor = page.getByRole('textbox', { name: 'Note' })
  await editor.fill(note)
  await editor.blur()
  await expect(page.locator('.annotation-item').getByText(note)).toBeVisible()
  await expect(page.locator(`.page[data-page-number="${n}"] .tc-highlight`).first()).toBeVisible()
  return quote
}

test('the reader: outline, page box, find, highlight with a note, and resume after reload', async ({ page, app }) => {
  await page.goto(app.url)
  await openFromLibrary(page, "Facilitator's quick guide")
  await expect(page.getByText('of 6')).toBeVisible()
  await page
    .getByRole('navigation', { name: 'Contents' })
    .getByRole('button', { name: /Running the day/ })
    .click()
  await expect(page.getByRole('textbox', { name: 'Page number' })).toHaveValue('3')
  await expect(page.getByRole('region', { name: 'Page 3', exact: true })).toBeInViewport()

  await page.getByRole('searchbox', { name: 'Find in document' }).fill('scenario')
  await expect(page.getByText(/^\d+ of [3-9] matches$|^\d+ of \d\d+ matches$/)).toBeVisible()
  await expect(page.locator('.textLayer .highlight').first()).toBeVisible()

  await jumpTo(page, 5)
  await jumpTo(page, 3)
  const quote = await highlightWithNote(page, 3, 'Use this in the agenda session')
  expect(quote.length).toBeGreaterThan(5)
  await page.getByRole('button', { name: 'Bookmark this page' }).click()
  await snap(page, 'reader-quick-guide')
  await page.getByRole('combobox', { name: 'Zoom' }).click()
  await page.getByRole('option', { name: '150%' }).click()
  await expect(page.getByRole('combobox', { name: 'Zoom' })).toHaveText('150%')
  const pageWidth = () => page.locator('.page[data-page-number="3"]').evaluate((el) => el.clientWidth)
  const zoomedWidth = await pageWidth()

  await page.reload()
  await expect(page.getByRole('textbox', { name: 'Page number' })).toHaveValue('3', { timeout: 30_000 })
  await expect(page.getByRole('combobox', { name: 'Zoom' })).toHaveText('150%')
  expect(await pageWidth()).toBe(zoomedWidth)
  // opened one page at a time for speed, then every page is there to scroll through, page 3 still in view
  await expect(page.locator('.pdfViewer .page')).toHaveCount(6)
  await expect(page.getByRole('region', { name: 'Page 3', exact: true })).toBeInViewport()
  await page.locator('.pdf-container').hover()
  await page.mouse.wheel(0, 3000)
  await expect(page.getByRole('textbox', { name: 'Page number' })).not.toHaveValue('3')
  await expect(page.locator('.page[data-page-number="3"] .tc-highlight').first()).toBeVisible({ timeout: 30_000 })
  await page.getByRole('tab', { name: 'Annotations' }).click()
  await expect(page.getByText('Use this in the agenda session')).toBeVisible()
  await expect(page.getByText('Bookmark, p. 3')).toBeVisible()
})

/**
 * Records, frame by frame from now on, the reader's stage (x, y, width, height) until the reader has
 * drawn all of itself (no longer `aria-busy`, stage-first.ts); the function returned waits for
 * that last frame and gives every box the stage was drawn with.
 */
async function stagePlaces(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const w = window as unknown as { stagePlaces: string[]; stageDone: boolean }
    w.stagePlaces = []
    w.stageDone = false
    const frame = () => {
      const box = document.querySelector('.reader-stage')?.getBoundingClientRect()
      if (box) w.stagePlaces.push([box.x, box.y, box.width, box.height].map(Math.round).join(','))
      if (box && !document.querySelector('.reader[aria-busy]')) w.stageDone = true
      else requestAnimationFrame(frame)
    }
    requestAnimationFrame(frame)
  })
  return async () => {
    await page.waitForFunction(() => (window as unknown as { stageDone: boolean }).stageDone)
    return page.evaluate(() => (window as unknown as { stagePlaces: string[] }).stagePlaces)
  }
}

/**
 * Opens a document from the library while its file is held back: only its picture can be on screen.
 * The picture comes before the side panel's contents and pdf.js (stage-first.ts); the page must not
 * move when they come.
 */
async function openWithFileHeld(page: Page, title: string) {
  const release = await holdFiles(page)
  const stageAt = await stagePlaces(page)
  await page.getByRole('link', { name: title }).click()
  const picture = page.locator('.page-preview img')
  await expect(picture).toBeVisible()
  const places = await stageAt()
  expect(places.length).toBeGreaterThan(1)
  expect(new Set(places).size, `the stage moved: ${places.join(' → ')}`).toBe(1)
  return { picture, release }
}

/** The server draws page 1 of every document a few seconds after it starts, once nothing is being imported. */
async function starterPagesDrawn(dataDir: string) {
  const previews = join(dataDir, 'previews')
  const starterPdfs = readdirSync(join(projectRoot, 'resources', 'starter')).filter((f) => f.endsWith('.pdf')).length
  const drawn = () => (existsSync(previews) ? readdirSync(previews).filter((f) => f.endsWith('.json')).length : 0)
  await expect.poll(drawn, { timeout: 60_000 }).toBe(starterPdfs)
}

/** a picture and the page pdf.js painted in its place: the same box, within a few pixels */
function expectSamePlace(picture: Box, painted: Box) {
  for (const side of ['x', 'y', 'width', 'height'] as const)
    expect(Math.abs(picture[side] - painted[side]), side).toBeLessThan(12)
}

test('back in a document, the page left is on screen at once, in place, before pdf.js has read the file', async ({
  page,
  app,
}) => {
  await page.goto(app.url)
  await openFromLibrary(page, "Facilitator's quick guide")
  const kept = page.waitForResponse(
    (r) =>
      r.url().includes('reader%3AsavePreview') &&
      r.ok() &&
      (r.request().postDataJSON() as { preview: { page: number } }).preview.page === 4,
  )
  await jumpTo(page, 4)
  await kept
  const livePage = page.locator('.page[data-page-number="4"] .canvasWrapper canvas')
  const before = (await livePage.boundingBox())!

  await page.getByRole('link', { name: 'Library' }).first().click()
  // the file is held back, as on a slow disk: only the picture can be on screen
  const { picture, release } = await openWithFileHeld(page, "Facilitator's quick guide")
  expect(await picture.getAttribute('src')).toMatch(/^data:image\/webp;base64,/)
  expectSamePlace((await picture.boundingBox())!, before)
  await expect(livePage).toHaveCount(0)
  // the toolbar already says where they are
  await expect(page.getByRole('textbox', { name: 'Page number' })).toHaveValue('4')
  await expect(page.getByText('of 6')).toBeVisible()
  await snap(page, 'reader-page-left-picture')

  release()
  await expect(livePage).toBeVisible({ timeout: 30_000 })
  await expect(page.locator('.page-preview')).toHaveCount(0)
  await expect(page.getByRole('textbox', { name: 'Page number' })).toHaveValue('4')
})

for (const width of [1280, 1000])
  test(`a document never opened shows its page 1 at once, drawn after the import, where pdf.js then paints it (${width} px wide)`, async ({
    page,
    app,
  }) => {
    await page.setViewportSize({ width, height: 800 })
    await starterPagesDrawn(app.dataDir)
    await page.goto(app.url)
    const { picture, release } = await openWithFileHeld(page, "Facilitator's quick guide")
    await expect(page.getByRole('textbox', { name: 'Page number' })).toHaveValue('1')
    const shown = (await picture.boundingBox())!
    await snap(page, `reader-first-open-picture-${width}`)

    release()
    const livePage = page.locator('.page[data-page-number="1"] .canvasWrapper canvas')
    await expect(livePage).toBeVisible({ timeout: 30_000 })
    expectSamePlace(shown, (await livePage.boundingBox())!)
    await expect(page.locator('.page-preview')).toHaveCount(0)
  })

test('a link to a page never opened shows that page at once, drawn as the document opens, where pdf.js then paints it', async ({
  page,
  app,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 })
  // once the server has drawn the starter pages 1, its picture thread is warm (as in an app in use)
  await starterPagesDrawn(app.dataDir)
  await page.goto(app.url)
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible()
  const release = await holdFiles(page)
  // as a search hit does: straight to page 5 of a document only ever drawn at page 1
  await page.evaluate(() => (window.location.hash = '#/reader/starter-quick-guide/5'))
  const picture = page.locator('.page-preview img')
  await expect(picture).toBeVisible()
  expect(await picture.getAttribute('src')).toMatch(/^data:image\/jpeg;base64,/)
  await expect(page.getByRole('textbox', { name: 'Page number' })).toHaveValue('5')
  const shown = (await picture.boundingBox())!
  await snap(page, 'reader-first-open-picture-page-5')

  release()
  const livePage = page.locator('.page[data-page-number="5"] .canvasWrapper canvas')
  await expect(livePage).toBeVisible({ timeout: 30_000 })
  expectSamePlace(shown, (await livePage.boundingBox())!)
  await expect(page.locator('.page-preview')).toHaveCount(0)
})

test('a page fitted to the width follows the window when it narrows', async ({ page, app }) => {
  await page.setViewportSize({ width: 1280, height: 800 })
  await page.goto(app.url)
  await openFromLibrary(page, "Facilitator's quick guide")
  await expect(page.getByRole('combobox', { name: 'Zoom' })).toHaveText('Fit width')
  const width = () => page.locator('.page[data-page-number="1"]').evaluate((el) => el.clientWidth)
  const wide = await width()
  await page.setViewportSize({ width: 1000, height: 800 })
  await expect.poll(width).toBeLessThan(wide - 200)
  await expect(page.getByRole('combobox', { name: 'Zoom' })).toHaveText('Fit width')
  await expect(page.locator('.page[data-page-number="1"] .canvasWrapper canvas')).toBeVisible()
})

test('the largest corpus PDF: page 1,000, find, highlight, and back after reload', async ({ page, app }) => {
  test.skip(!existsSync(largest), `the corpus is not present at ${largest}`)
  test.setTimeout(240_000)
  await page.goto(app.url)
  await page.getByTestId('import-input').setInputFiles([largest])
  await expect(page.getByText('Imported 1, already in the library 0, failed 0.')).toBeVisible({ timeout: 180_000 })
  await openFromLibrary(page, 'TikZ & PGF') // titled from its first page, not its file name
  await expect(page.getByText('of 1321')).toBeVisible()
  const contents = page.getByRole('navigation', { name: 'Contents' })
  await expect(contents.getByRole('button', { name: /^Key Management/ })).toHaveCount(0)
  await contents.getByRole('button', { name: 'Show the sections under VII Utilities' }).click()
  await contents.getByRole('button', { name: /^Key Management/ }).click()
  await expect(page.getByRole('textbox', { name: 'Page number' })).toHaveValue('974')
  await jumpTo(page, 1000)
  await page.getByRole('searchbox', { name: 'Find in document' }).fill('tikzpicture')
  await expect(page.getByText(/^\d+ of \d+ matches$/)).toBeVisible({ timeout: 60_000 })
  await jumpTo(page, 1000)
  await highlightWithNote(page, 1000, 'Check this page before the session')
  await snap(page, 'reader-page-1000')
  // far jumps: the page drawn by PDFium is on the page before pdf.js has painted it, then gives way to
  // it; the second is drawn on the canvas the first left, painted white in between
  for (const target of [500, 1200]) await jumpDrawnFirst(page, target)
  await jumpTo(page, 1000)
  await page.reload()
  await expect(page.getByRole('textbox', { name: 'Page number' })).toHaveValue('1000', { timeout: 30_000 })
  await expect(page.locator('.page[data-page-number="1000"] .tc-highlight').first()).toBeVisible({ timeout: 30_000 })
  await snap(page, 'reader-page-1000-after-reload')
})

async function jumpDrawnFirst(page: Page, target: number) {
  await page.evaluate(() => performance.clearMarks())
  await jumpTo(page, target)
  // pdf.js shows its canvas while it still draws a long page: its paint is the mark
  await expect
    .poll(() => page.evaluate((n) => performance.getEntriesByName(`tc-page-${n}`).length, target), { timeout: 30_000 })
    .toBe(1)
  const [picture, painted] = await page.evaluate(
    (n) => [`tc-picture-${n}`, `tc-page-${n}`].map((name) => performance.getEntriesByName(name)[0]?.startTime ?? null),
    target,
  )
  expect(picture, `the picture of page ${target} was on screen`).not.toBeNull()
  expect(picture!).toBeLessThan(painted!)
  await expect(page.locator('.tc-jump-picture')).toHaveCount(0)
  await expect(page.locator(`.page[data-page-number="${target}"] .textLayer span`).first()).toBeAttached()
}

test('a hostile or broken PDF opens with a clear message where a page fails, and nothing runs', async ({
  page,
  app,
  pageErrors,
}) => {
  const bad = join(projectRoot, '..', 'shared', 'corpus', 'bad')
  test.skip(!existsSync(bad), `the corpus is not present at ${bad}`)
  const dialogs: string[] = []
  page.on('dialog', (d) => {
    dialogs.push(d.message())
    void d.dismiss()
  })
  await page.goto(app.url)
  await page.getByTestId('import-input').setInputFiles([join(bad, 'poppler-937-0-fuzzed.pdf'), join(bad, 'evaljs.pdf')])
  await expect(page.getByText('Imported 2, already in the library 0, failed 0.')).toBeVisible({ timeout: 60_000 })
  await page.getByRole('link', { name: 'evaljs' }).click()
  await expect(page.locator('.page[data-page-number="1"] .canvasWrapper canvas').first()).toBeVisible({
    timeout: 30_000,
  })
  await page.goto(`${app.origin}/#/library`)
  await page.getByRole('link', { name: /poppler 937/ }).click()
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(
    page
      .getByRole('alert')
      .filter({ hasText: /could not be displayed/ })
      .first(),
  ).toBeVisible({
    timeout: 30_000,
  })
  await page.getByRole('link', { name: /^Library/ }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible()
  await snap(page, 'reader-broken-pdf')
  expect(dialogs).toEqual([])
  expect(pageErrors).toEqual([])
})
