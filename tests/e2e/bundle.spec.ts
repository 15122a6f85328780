/**
 * Issue #17's "done means" for bundles, in browser mode: five PDFs (the corpus's when it
 * is there), a background note, notes and a scenario go into a bundle made in the UI and
 * downloaded; a fresh data folder imports it through the preview; every record and
 * every file is equal; importing it again changes nothing.
 */
import { createHash } from 'node:crypto'
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { makeTextPdf } from '../../src/main/testing/pdf-fixtures'
import { test, expect, snap } from './support/fixtures'
import { projectRoot, removeDataDir, startAppServer } from './support/app-server'
import { ask } from './support/records'

const corpus = join(projectRoot, '..', 'shared', 'corpus', 'good')
const corpusPdfs = ['02-grfguide.pdf', '03-R-lang.pdf', '05-mpman.pdf', '06-asymptote.pdf', '08-gnuplot.pdf']

async function fivePdfs(dir: string): Promise<string[]> {
  if (corpusPdfs.every((f) => existsSync(join(corpus, f)))) return corpusPdfs.map((f) => join(corpus, f))
  return Promise.all(
    [1, 2, 3, 4, 5].map((n) =>
      makeTextPdf(dir, `handbook-${n}.pdf`, [`Handbook ${n}: coordination`, `Page two of ${n}`]),
    ),
  )
}

type Rec = { id: string }
const ours = <T extends Rec>(list: T[]) =>
  list.filter((r) => !r.id.startsWith('starter-')).sort((a, b) => (a.id < b.id ? -1 : 1))

async function records(page: Page) {
  const resources = ours(await ask<(Rec & { file: { sha256: string } | null })[]>(page, 'library:list'))
  const annotations = []
  for (const r of resources) annotations.push(...(await ask<Rec[]>(page, 'annotations:list', { resourceId: r.id })))
  return {
    resources,
    annotations,
    scenarios: ours(await ask<Rec[]>(page, 'scenarios:list')),
    glossary: ours(await ask<Rec[]>(page, 'glossary:list')),
  }
}

const filesOf = (dataDir: string) =>
  Object.fromEntries(
    ['files', 'text'].flatMap((folder) =>
      readdirSync(join(dataDir, folder)).map((name) => [
        `${folder}/${name}`,
        createHash('sha256')
          .update(readFileSync(join(dataDir, folder, name)))
          .digest('hex'),
      ]),
    ),
  )

async function prepareLibrary(page: Page, pdfs: string[]) {
  await page.getByTestId('import-input').setInputFiles(pdfs)
  await expect(page.getByText(/^Imported 5, already in the library 0, failed 0\.$/)).toBeVisible({ timeout: 120_000 })
  const resources = ours(await ask<Rec[]>(page, 'library:list'))
  await ask(page, 'library:edit', {
    id: resources[0]!.id,
    edit: { field: 'kind', value: 'background-note', base: 'document' },
  })
  for (const [i, r] of resources.slice(0, 2).entries())
    await ask(page, 'annotations:create', {
      resourceId: r.id,
      page: 1,
      kind: 'note',
      rects: [],
      quote: '',
      body: `Shareable note ${i + 1}`,
      color: 'green',
      visibility: 'shareable',
    })
  await ask(page, 'scenarios:create', {
    fields: {
      title: 'Checkpoint negotiation',
      setting: 'A fictional valley after floods.',
      themes: ['access'],
      learningObjectives: ['Agree on humanitarian access'],
      roles: [],
      phases: [],
      links: [{ resourceId: resources[1]!.id, page: 2 }],
      derivedFrom: null,
    },
  })
}

async function importBundle(page: Page, zip: string, shot?: string) {
  await page.getByRole('button', { name: 'Import a bundle…' }).click()
  await page.getByTestId('bundle-input').setInputFiles(zip)
  const dialog = page.getByRole('dialog', { name: 'Import a bundle' })
  await expect(dialog.getByRole('button', { name: 'Import', exact: true })).toBeVisible({ timeout: 120_000 })
  if (shot) await snap(page, shot)
  const summary = (await dialog.getByText(/^Adds \d+/).textContent()) ?? ''
  await dialog.getByRole('button', { name: 'Import', exact: true }).click()
  await expect(dialog.getByText(/^Imported: /)).toBeVisible({ timeout: 60_000 })
  const done = (await dialog.getByText(/^Imported: /).textContent()) ?? ''
  await dialog.getByRole('button', { name: 'Done' }).click()
  return { summary, done }
}

test('a bundle made in one data folder imports whole into a fresh one, and again changes nothing', async ({
  page,
  app,
}) => {
  test.setTimeout(300_000)
  const dir = mkdtempSync(join(tmpdir(), 'tc-e2e-bundle-'))
  await page.goto(app.url)
  await prepareLibrary(page, await fivePdfs(dir))

  await page.getByRole('button', { name: 'Share…' }).click()
  const share = page.getByRole('dialog', { name: 'Share as a bundle' })
  await expect(share.getByText(/Stays on this computer unless you tick it/)).toBeVisible()
  await snap(page, 'bundle-share')
  const download = page.waitForEvent('download', { timeout: 120_000 })
  await share.getByRole('button', { name: 'Make the bundle' }).click()
  const zip = join(dir, 'shared.zip')
  await (await download).saveAs(zip)
  await expect(share.getByText(/^Bundle made: /)).toBeVisible()
  await share.getByRole('button', { name: 'Done' }).click()

  const fresh = await startAppServer()
  try {
    const other = await page.context().newPage()
    await other.goto(fresh.url)
    await expect(other.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible()
    const first = await importBundle(other, zip, 'bundle-preview')
    expect(first.summary).toMatch(/^Adds (\d+)/)
    expect(await records(other)).toEqual(await records(page))
    const sent = filesOf(app.dataDir)
    const received = filesOf(fresh.dataDir)
    for (const r of (await records(page)).resources) {
      for (const name of [`files/${r.file!.sha256}.pdf`, `text/${r.file!.sha256}.json`])
        expect(received[name], name).toBe(sent[name])
    }

    const db = readFileSync(join(fresh.dataDir, 'db.json'))
    const again = await importBundle(other, zip)
    expect(again.summary).toMatch(/^Adds 0, updates 0, skips \d+ already here, 0 changed on both sides\.$/)
    expect(again.done).toMatch(/^Imported: 0 added, 0 updated, 0 kept twice/)
    expect(readFileSync(join(fresh.dataDir, 'db.json')).equals(db)).toBe(true)
    expect(filesOf(fresh.dataDir)).toEqual(received)

    // a file that is not a bundle is refused with its own message, and nothing is written
    const letter = join(dir, 'letter.zip')
    writeFileSync(letter, 'Dear colleague, here are the handouts for next week.')
    await other.getByRole('button', { name: 'Import a bundle…' }).click()
    await other.getByTestId('bundle-input').setInputFiles(letter)
    const refused = other.getByRole('dialog', { name: 'Import a bundle' }).getByRole('alert')
    await expect(refused).toHaveText(
      /^letter\.zip is not a bundle: it cannot be read as a zip file .*Nothing was imported\.$/,
    )
    await snap(other, 'bundle-refused')
    expect(readFileSync(join(fresh.dataDir, 'db.json')).equals(db)).toBe(true)
  } finally {
    await fresh.stop()
    removeDataDir(fresh.dataDir)
    removeDataDir(dir)
  }
})
