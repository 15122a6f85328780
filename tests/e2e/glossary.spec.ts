import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { test, expect, snap } from './support/fixtures'
import { selectPhraseOnPage } from './support/reader'

test('browse A to Z, search as you type, add a term, print a French handout', async ({ page, app }) => {
  await page.goto(app.url)
  await page.getByRole('link', { name: /^Glossary/ }).click()
  await expect(page.getByText(/^4\d terms$/)).toBeVisible()
  await page.getByRole('group', { name: 'A to Z' }).getByRole('button', { name: 'O', exact: true }).click()
  const terms = page.getByRole('list', { name: 'Terms' })
  await expect(terms.getByRole('heading', { name: 'Oslo Guidelines' })).toBeVisible()
  await page.getByRole('group', { name: 'A to Z' }).getByRole('button', { name: 'O', exact: true }).click()
  await page.getByRole('searchbox', { name: 'Find a term…' }).fill('securite humaine')
  await expect(terms.getByRole('heading', { name: 'human security', exact: true })).toBeVisible()
  await page.getByRole('searchbox', { name: 'Find a term…' }).fill('')

  await page.getByRole('button', { name: 'Add a term' }).click()
  const dialog = page.getByRole('dialog', { name: 'Glossary term' })
  await dialog.getByLabel('Term', { exact: true }).fill('Joint operations centre')
  await dialog
    .getByLabel('Definition', { exact: true })
    .fill('A room where liaison officers of each sector work side by side.')
  await dialog.getByLabel('Aliases (comma-separated)').fill('JOC')
  await dialog.getByLabel('French term').fill("centre d'opérations conjointes")
  await dialog.getByRole('button', { name: 'Save' }).click()
  await expect(dialog).toBeHidden()
  await expect(terms.getByRole('heading', { name: 'Joint operations centre' })).toBeVisible()
  await snap(page, 'glossary')

  await page.getByRole('combobox', { name: 'Handout language' }).click()
  await page.getByRole('option', { name: 'Français' }).click()
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Print handout (PDF)' }).click()
  const file = await (await download).path()
  expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-')
  try {
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' })
    expect(text).toContain('Glossaire')
    expect(text).toContain("centre d'opérations conjointes")
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
  }
})

test('selecting a glossary term in the reader shows its entry', async ({ page, app }) => {
  await page.goto(app.url)
  await page.getByRole('link', { name: "Facilitator's quick guide" }).click()
  await expect(page.locator('.page[data-page-number="1"] .canvasWrapper canvas').first()).toBeVisible({
    timeout: 30_000,
  })
  await selectPhraseOnPage(page, 1, 'design group')
  const entry = page.getByRole('region', { name: 'Glossary entry for the selection' })
  await expect(entry).toBeVisible()
  await expect(entry.getByRole('link', { name: 'design group' })).toBeVisible()
  await expect(entry).toContainText('plan a workshop with the facilitators')
  await snap(page, 'glossary-lookup-in-reader')
  await entry.getByRole('link', { name: 'design group' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Glossary' })).toBeVisible()
})
