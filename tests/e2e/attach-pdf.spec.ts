/**
 * A record-only starter entry takes its PDF: its page says where the document is
 * published, "Attach the PDF" imports the file through the one import (progress, checks,
 * extraction, index), and the entry becomes readable and searchable under its own title.
 * A corpus PDF when ../shared is there, else one the test makes.
 */
import { createHash } from 'node:crypto'
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { makeTextPdf } from '../../src/main/testing/pdf-fixtures'
import { test, expect, snap } from './support/fixtures'
import { projectRoot } from './support/app-server'
import { ask } from './support/records'

const corpusPdf = join(projectRoot, '..', 'shared', 'corpus', 'good', '03-R-lang.pdf')
const title = 'Toolbox on Facilitating Adult Learning'

async function pdfToAttach(): Promise<string> {
  if (existsSync(corpusPdf)) return corpusPdf
  console.log(`Corpus not present at ${corpusPdf}: attaching a PDF the test makes.`)
  const dir = mkdtempSync(join(tmpdir(), 'tc-e2e-attach-'))
  const pages = Array.from({ length: 12 }, (_, i) => `Session ${i + 1} of the toolbox.`)
  pages[10] = 'Closing circle: each participant names one commitment, then the group agrees a followup.'
  return makeTextPdf(dir, 'toolbox.pdf', pages, { title: 'A title the PDF carries' })
}

/** A long word on one of the document's last pages that no other page of the library has. */
function lateWord(textDir: string, pageCount: number): { word: string; page: number } {
  const docs = readdirSync(textDir).map((f) => JSON.parse(readFileSync(join(textDir, f), 'utf8')).pages as string[])
  const target = docs.find((d) => d.length === pageCount)!
  const everyPage = docs.flat().map((p) => p.toLowerCase())
  for (let page = pageCount - 1; page > pageCount / 2; page--)
    for (const word of target[page - 1]!.toLowerCase().match(/\b[a-z]{8,}\b/g) ?? [])
      if (everyPage.filter((p) => p.includes(word)).length === 1) return { word, page }
  throw new Error('no word found only on a late page')
}

test('a record-only starter entry takes its PDF and becomes readable and searchable under its own title', async ({
  page,
  app,
}) => {
  test.setTimeout(180_000)
  const pdf = await pdfToAttach()
  await page.goto(app.url)
  await page.getByRole('link', { name: title }).click()
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()
  const where = page.getByTestId('where-published')
  await expect(where).toContainText('UNITAR')
  await expect(where.getByRole('button', { name: 'Copy where it is published' })).toBeVisible()
  await snap(page, 'attach-record-before')

  await page.getByRole('button', { name: 'Attach the PDF…' }).click()
  await page.getByTestId('import-input').setInputFiles([pdf])
  await expect(page.locator('.canvasWrapper canvas').first()).toBeVisible({ timeout: 120_000 })
  await expect(page.getByText(/Imported 1, already in the library 0, failed 0\./)).toBeVisible()
  await snap(page, 'attach-record-after')

  // extracted once: one text file per stored PDF (the starter documents and the attached one)
  const sha = createHash('sha256').update(readFileSync(pdf)).digest('hex')
  const stored = (await ask<{ file: { sha256: string } | null }[]>(page, 'library:list')).filter((r) => r.file)
  expect(stored.filter((r) => r.file!.sha256 === sha)).toHaveLength(1)
  expect(readdirSync(join(app.dataDir, 'text')).sort()).toEqual(stored.map((r) => `${r.file!.sha256}.json`).sort())
  const pages = existsSync(corpusPdf) ? 69 : 12
  const { word, page: expected } = lateWord(join(app.dataDir, 'text'), pages)
  await page.keyboard.press('Alt+3')
  await page.getByRole('searchbox', { name: 'Search the library' }).fill(word)
  const hits = page.getByRole('region', { name: 'Pages' })
  await expect(hits.getByRole('link', { name: title })).toBeVisible({ timeout: 30_000 })
  await expect(hits.getByText(`p. ${expected}`, { exact: true })).toBeVisible()

  // the library lists it under its own title, readable now
  await page.keyboard.press('Alt+1')
  const row = page.getByRole('row', { name: new RegExp(title) })
  await expect(row.getByText(`${pages} pages`)).toBeVisible()
  await expect(page.getByRole('rowheader', { name: 'A title the PDF carries' })).toHaveCount(0)
})

test('a PDF that is already another entry’s file is refused, naming that entry, and changes nothing', async ({
  page,
  app,
}) => {
  await page.goto(app.url)
  const dir = mkdtempSync(join(tmpdir(), 'tc-e2e-attach-'))
  const pdf = await makeTextPdf(dir, 'notes.pdf', ['Coordination notes'], { title: 'Coordination notes' })
  await page.getByTestId('import-input').setInputFiles([pdf])
  await expect(page.getByText('Imported 1, already in the library 0, failed 0.')).toBeVisible({ timeout: 60_000 })
  await page.getByRole('button', { name: `Actions for ${title}` }).click()
  await page.getByRole('menuitem', { name: 'Attach the PDF…' }).click()
  await page.getByTestId('import-input').setInputFiles([pdf])
  await expect(
    page.getByText(
      'notes.pdf is already in your library as “Coordination notes”, so it was not attached here. Nothing was changed.',
    ),
  ).toBeVisible({ timeout: 60_000 })
  await expect(page.getByRole('row', { name: new RegExp(title) }).getByText('Record only')).toBeVisible()
})
