import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { test, expect, snap } from './support/fixtures'
import { projectRoot } from './support/app-server'

const largest = join(projectRoot, '..', 'shared', 'corpus', 'good', '12-pgfmanual.pdf')
const norm = (s: string) => (s.toLowerCase().match(/[a-z]+/g) ?? []).join(' ')

/** Three ordinary words that stand together on exactly one page of the library, deep in the given document. */
function uniquePhrase(textDir: string, pageCount: number): { phrase: string; page: number } {
  const docs = readdirSync(textDir).map((f) => JSON.parse(readFileSync(join(textDir, f), 'utf8')).pages as string[])
  const target = docs.find((d) => d.length === pageCount)!
  const everyPage = docs.flat().map((p) => ` ${norm(p)} `)
  for (let page = 1100; page < target.length; page++) {
    const ws = norm(target[page - 1]!).split(' ')
    for (let i = 0; i + 2 < ws.length; i++) {
      const three = ws.slice(i, i + 3)
      if (three.some((w) => w.length < 5)) continue
      const phrase = three.join(' ')
      if (everyPage.filter((p) => p.includes(` ${phrase} `)).length === 1) return { phrase, page }
    }
  }
  throw new Error('no unique phrase found')
}

test('search as you type, accent and case-insensitive, from the palette (Ctrl+K), and a hit opens the reader on its page', async ({
  page,
  app,
}) => {
  await page.goto(app.url)
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible()
  await page.keyboard.press('Control+k')
  await page.getByRole('dialog', { name: 'Command palette' }).getByRole('combobox').pressSequentially('PARKÍNG')
  await page.keyboard.press('End')
  await expect(page.getByRole('option', { name: 'Search the library for “PARKÍNG”' })).toHaveAttribute(
    'aria-selected',
    'true',
  )
  await page.keyboard.press('Enter')
  const box = page.getByRole('searchbox', { name: 'Search the library' })
  await expect(box).toBeFocused()
  await expect(box).toHaveValue('PARKÍNG')
  await box.pressSequentially(' lo')
  const pages = page.getByRole('region', { name: 'Pages' })
  await expect(pages.getByRole('link', { name: "Facilitator's quick guide" })).toHaveCount(1)
  await expect(pages.locator('mark').first()).toHaveText(/parking/i)
  await box.fill('human security')
  await expect(page.getByRole('region', { name: 'Resources' }).getByRole('link').first()).toHaveText(/Human Security/)
  await snap(page, 'search-results')
  await box.fill('"parking lot"')
  await expect(pages.getByRole('listitem')).toHaveCount(1)
  await expect(pages.getByText('p. 3', { exact: true })).toBeVisible()
  await pages.getByRole('link', { name: "Facilitator's quick guide" }).click()
  await expect(page.getByRole('textbox', { name: 'Page number' })).toHaveValue('3')
  await expect(page.locator('.page[data-page-number="3"] .textLayer .highlight').first()).toBeVisible()
})

test('a phrase found on only one page deep in the largest PDF lands there, highlighted', async ({ page, app }) => {
  test.skip(!existsSync(largest), `the corpus is not present at ${largest}`)
  test.setTimeout(240_000)
  await page.goto(app.url)
  await page.getByTestId('import-input').setInputFiles([largest])
  await expect(page.getByText('Imported 1, already in the library 0, failed 0.')).toBeVisible({ timeout: 180_000 })
  const { phrase, page: expected } = uniquePhrase(join(app.dataDir, 'text'), 1321)
  await page.keyboard.press('Alt+3')
  await page.getByRole('searchbox', { name: 'Search the library' }).fill(`"${phrase}"`)
  const pages = page.getByRole('region', { name: 'Pages' })
  await expect(pages.getByRole('listitem')).toHaveCount(1)
  await expect(pages.getByText(`p. ${expected}`, { exact: true })).toBeVisible()
  await snap(page, 'search-deep-phrase')
  await pages.getByRole('link', { name: 'TikZ & PGF' }).click()
  await expect(page.getByRole('textbox', { name: 'Page number' })).toHaveValue(String(expected), { timeout: 30_000 })
  await expect(page.locator(`.page[data-page-number="${expected}"] .textLayer .highlight`).first()).toBeVisible({
    timeout: 30_000,
  })
  await snap(page, 'search-deep-phrase-reader')
})
