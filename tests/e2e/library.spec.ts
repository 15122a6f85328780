import { existsSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { makeTextPdf } from '../../src/main/testing/pdf-fixtures'
import { test, expect, snap } from './support/fixtures'
import { projectRoot } from './support/app-server'

const corpus = join(projectRoot, '..', 'shared', 'corpus')
const realPdf = join(corpus, 'good', '03-R-lang.pdf')

test('import PDFs through the UI, see them listed, with clear messages for bad files', async ({ page, app }) => {
  const dir = mkdtempSync(join(tmpdir(), 'tc-e2e-files-'))
  const own = await makeTextPdf(dir, 'civil-military-coordination.pdf', ['Coordination', 'Protection of civilians'], {
    title: 'Civil-military coordination notes',
  })
  const notPdf = join(dir, 'agenda.pdf')
  writeFileSync(notPdf, 'Day 1: opening, expectations, ground rules')
  const files = [own, notPdf, ...(existsSync(realPdf) ? [realPdf] : [])]

  await page.goto(app.url)
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible()
  await page.getByTestId('import-input').setInputFiles(files)
  const summary = page.getByText(/^Imported \d+, already in the library 0, failed 1\.$/)
  await expect(summary).toBeVisible({ timeout: 60_000 })
  await expect(
    page.getByText('agenda.pdf is not a PDF (it has no PDF header and could not be read as one).'),
  ).toBeVisible()
  await expect(page.getByRole('rowheader', { name: 'Civil-military coordination notes' })).toBeVisible()
  const row = page.getByRole('row', { name: /Civil-military coordination notes/ })
  await expect(row.getByText('2 pages')).toBeVisible()
  if (existsSync(realPdf)) {
    // titled from its first page, not its file name
    await expect(page.getByRole('row', { name: /R Language Definition/ }).getByText('69 pages')).toBeVisible()
  }
  await snap(page, 'library-imported')

  await page.getByTestId('import-input').setInputFiles([own])
  await expect(page.getByText('Imported 0, already in the library 1, failed 0.')).toBeVisible()
  // the notice names the entry that already holds the file
  await expect(
    page.getByText(
      /^\W?civil-military-coordination\.pdf\W? is already in your library as “\W?Civil-military coordination notes\W?”\.$/,
    ),
  ).toBeVisible()

  // what the main side says reaches a French-speaking facilitator in French
  await page.keyboard.press('Alt+8')
  await page.getByRole('combobox', { name: 'Language' }).click()
  await page.getByRole('option', { name: 'Français' }).click()
  await page.keyboard.press('Alt+1')
  await expect(page.getByRole('heading', { level: 1, name: 'Bibliothèque' })).toBeVisible()
  await page.getByTestId('import-input').setInputFiles([notPdf])
  await expect(
    page.getByText('agenda.pdf n’est pas un PDF (il n’a pas d’en-tête PDF et n’a pas pu être lu comme tel).'),
  ).toBeVisible({ timeout: 60_000 })
})

test('edit metadata, filter, switch to grid, delete and undo', async ({ page, app }) => {
  await page.goto(app.url)
  const title = 'Human Security Handbook'
  await page.getByRole('button', { name: `Actions for ${title}` }).click()
  await page.getByRole('menuitem', { name: 'Edit details…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Edit resource' })
  await dialog.getByLabel('Tags (comma-separated)').fill('human security, UN, programming, favourite')
  await dialog.getByLabel('Region').fill('Sahel')
  await dialog.getByRole('button', { name: 'Done' }).click()
  await expect(dialog).toBeHidden()

  await page.getByRole('combobox', { name: 'Region' }).click()
  await page.getByRole('option', { name: 'Sahel' }).click()
  await expect(page.getByRole('rowheader')).toHaveCount(1)
  await expect(page.getByRole('rowheader', { name: title })).toBeVisible()
  await page.getByRole('combobox', { name: 'Region' }).click()
  await page.getByRole('option', { name: 'Region: any' }).click()

  await page.getByRole('combobox', { name: 'Kind' }).first().click()
  await page.getByRole('option', { name: 'Activity report' }).click()
  await expect(page.getByRole('rowheader')).toHaveCount(7)
  await page.getByRole('radio', { name: 'Grid' }).click()
  await expect(page.getByRole('list', { name: 'Library' }).getByRole('listitem')).toHaveCount(7)
  await snap(page, 'library-grid-reports')
  await page.reload()
  await expect(page.getByRole('radio', { name: 'Grid' })).toBeChecked()
  await page.getByRole('radio', { name: 'List' }).click()

  await page.getByRole('button', { name: `Actions for ${title}` }).click()
  await page.getByRole('menuitem', { name: 'Delete' }).click()
  await expect(page.getByText(`Deleted “${title}”.`)).toBeVisible()
  await expect(page.getByRole('rowheader', { name: title })).toHaveCount(0)
  await page.getByRole('button', { name: 'Undo' }).click()
  await expect(page.getByRole('rowheader', { name: title })).toBeVisible()
  await page.reload()
  await expect(page.getByRole('rowheader', { name: title })).toBeVisible()
})

test('a title edited in the library, or in another tab while reading, is the one the reader shows', async ({
  page,
  app,
}) => {
  const guide = "Facilitator's quick guide"
  const rename = async (on: typeof page, from: string, to: string) => {
    await on.getByRole('button', { name: `Actions for ${from}` }).click()
    await on.getByRole('menuitem', { name: 'Edit details…' }).click()
    const dialog = on.getByRole('dialog', { name: 'Edit resource' })
    await dialog.getByLabel('Title').fill(to)
    await dialog.getByRole('button', { name: 'Done' }).click()
    await expect(dialog).toBeHidden()
  }
  await page.goto(app.url)
  await page.getByRole('link', { name: guide }).click()
  await expect(page.getByRole('heading', { level: 1, name: guide })).toBeVisible()
  await page.goBack()
  await rename(page, guide, 'Quick guide for the Sahel course')
  await page.getByRole('link', { name: 'Quick guide for the Sahel course' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Quick guide for the Sahel course' })).toBeVisible()

  const other = await page.context().newPage()
  await other.goto(app.url)
  await rename(other, 'Quick guide for the Sahel course', 'Quick guide, second day')
  await expect(page.getByRole('heading', { level: 1, name: 'Quick guide, second day' })).toBeVisible()
  // renamed again while this page shows another area: its copy of the list is out of date, and not used
  const reading = page.url()
  await page.keyboard.press('Alt+4')
  await expect(page.getByRole('heading', { level: 1, name: 'Glossary' })).toBeVisible()
  await rename(other, 'Quick guide, second day', 'Quick guide, third day')
  await page.goto(reading)
  await expect(page.getByRole('heading', { level: 1, name: 'Quick guide, third day' })).toBeVisible()
  await expect(page.locator('.page[data-page-number="1"] .canvasWrapper canvas').first()).toBeVisible({
    timeout: 30_000,
  })
})

test('a record without a PDF shows the details just edited on it', async ({ page, app }) => {
  await page.goto(app.url)
  await page.getByRole('link', { name: 'Human Security Handbook', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Human Security Handbook' })).toBeVisible()
  await page.getByRole('button', { name: 'Edit details…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Edit resource' })
  await dialog.getByLabel('Title').fill('Human Security Handbook, Sahel edition')
  await dialog.getByRole('button', { name: 'Done' }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByRole('heading', { level: 1, name: 'Human Security Handbook, Sahel edition' })).toBeVisible()
})
