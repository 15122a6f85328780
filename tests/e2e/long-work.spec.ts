/**
 * Issue #15, items 5 and 6: an import stays visible from every area and says when it
 * ends, its results kept until dismissed; a note always shows where it went.
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { makeTextPdf } from '../../src/main/testing/pdf-fixtures'
import { test, expect, snap } from './support/fixtures'

const paragraph =
  'Civil-military coordination in a flood response: who leads, who decides, and how the police, the army ' +
  'and the volunteers share the boats, the roads and the shelters while the water keeps rising. '

test('an import stays in view from every area, and its end is told where the facilitator is', async ({ page, app }) => {
  test.setTimeout(180_000)
  const dir = mkdtempSync(join(tmpdir(), 'tc-e2e-long-'))
  // The file's bytes are held on their way to the server until the facilitator is back in the library, so
  // the import is still running there whatever the machine's speed (with PDFium a fresh-clone run had read
  // a whole 2,500-page manual, then a 6,000-page one, before the test came back); once let go, its
  // 6,000 pages take long enough to be seen being read.
  let letGo!: () => void
  const held = new Promise<void>((resolve) => (letGo = resolve))
  await page.route('**/upload', async (route) => {
    await held
    await route.continue()
  })
  const pages = Array.from({ length: 6000 }, (_, i) => `Page ${i + 1}. ${paragraph.repeat(6)}`)
  const big = await makeTextPdf(dir, 'flood-response-manual.pdf', pages, { title: 'Flood response manual' })

  await page.goto(app.url)
  await page.getByTestId('import-input').setInputFiles([big])
  const shellProgress = page.getByRole('status', { name: 'Import progress' })
  await expect(page.getByRole('progressbar', { name: 'Import progress' }).first()).toBeVisible()

  await page.keyboard.press('Alt+4')
  await expect(page.getByRole('heading', { level: 1, name: 'Glossary' })).toBeVisible()
  await expect(shellProgress).toBeVisible()
  await expect(shellProgress).toContainText('Preparing the import…')
  await snap(page, 'import-progress-app-level')

  // back in the library the full view is there again, still running
  await page.keyboard.press('Alt+1')
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible()
  await expect(page.getByText('Preparing the import…')).toBeVisible()
  await expect(page.getByRole('progressbar', { name: 'Import progress' })).toBeVisible()
  letGo()
  await expect(page.getByText(/^Importing: 0 of 1 file, \d+ of 6000 pages read$/)).toBeVisible()

  await page.keyboard.press('Alt+7')
  const notice = page.getByRole('status').filter({ hasText: 'Import finished' })
  await expect(notice).toBeVisible({ timeout: 120_000 })
  await expect(notice).toContainText('Imported 1, already in the library 0, failed 0.')
  await snap(page, 'import-finished-notice')

  await page.keyboard.press('Alt+1')
  const results = page.getByText('Imported 1, already in the library 0, failed 0.')
  await expect(results.first()).toBeVisible()
  await expect(page.getByRole('rowheader', { name: 'Flood response manual' })).toBeVisible()
  await page.keyboard.press('Alt+6')
  await page.keyboard.press('Alt+1')
  await expect(results.first()).toBeVisible()
  await page.getByRole('button', { name: 'Dismiss' }).first().click()
  await expect(results).toHaveCount(0)
})

test('"Note on this page" opens the note where it can be typed, and never stacks empty notes', async ({
  page,
  app,
}) => {
  await page.goto(app.url)
  await page.getByRole('link', { name: "Facilitator's quick guide" }).click()
  await expect(page.locator('.page[data-page-number="1"] .canvasWrapper canvas').first()).toBeVisible({
    timeout: 30_000,
  })
  await expect(page.getByRole('tab', { name: 'Contents' })).toHaveAttribute('aria-selected', 'true')

  await page.getByRole('button', { name: 'Note on this page' }).click()
  await expect(page.getByRole('tab', { name: 'Annotations' })).toHaveAttribute('aria-selected', 'true')
  const editor = page.getByRole('textbox', { name: 'Note' })
  await expect(editor).toBeFocused()
  await page.getByRole('tab', { name: 'Contents' }).click()
  await page.getByRole('button', { name: 'Note on this page' }).click()
  await page.getByRole('button', { name: 'Note on this page' }).click()
  await expect(page.locator('.annotation-item')).toHaveCount(1)
  await expect(editor).toBeFocused()
  await page.keyboard.type('Ask who has read the handbook')
  await editor.blur()
  await expect(page.locator('.annotation-item').getByText('Ask who has read the handbook')).toBeVisible()
  await page.getByRole('button', { name: 'Note on this page' }).click()
  await expect(page.locator('.annotation-item')).toHaveCount(2)
})

test('a workshop note taken with no block running shows where it went', async ({ page, app }) => {
  await page.goto(app.url)
  await page.keyboard.press('Alt+6')
  await page.getByRole('textbox', { name: 'Title of a new workshop' }).fill('Notes before the start')
  await page.getByRole('button', { name: 'Create workshop' }).click()
  await page.getByRole('tab', { name: 'Run' }).click()
  // exact: until the Run tab is drawn, the Details tab's "Notes" fields also match "Note"
  const note = page.getByRole('textbox', { name: 'Note', exact: true })
  await note.fill('The room has no projector')
  await note.press('Enter')
  await expect(note).toHaveValue('')
  const outside = page.getByRole('region', { name: 'Notes outside a block' })
  await expect(outside.getByText('The room has no projector')).toBeVisible()
})
