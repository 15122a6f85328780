import { readFileSync } from 'node:fs'
import { test, expect, snap } from './support/fixtures'
import { isolated } from './support/records'

const draft = [
  '# Visit of Col. Diallo',
  '',
  '- Amina opened; Mme Diallo then asked about checkpoints.',
  '- DIALLO, Amina and Will Thompson agreed; the police will share the contacts.',
  '- Capt. Thompson’s group: d’Amina’s proposal was kept.',
  '- Helene Lefevre (no accents) and Jean-Pierre spoke.',
].join('\n')

test('before exporting with names left out, the preview marks every replacement', async ({ page, app }) => {
  await page.goto(app.url)
  await page.getByRole('link', { name: /^Workshops/ }).click()
  await page.getByRole('textbox', { name: 'Title of a new workshop' }).fill('Names test')
  await page.getByRole('button', { name: 'Create workshop' }).click()
  await page.getByRole('tab', { name: 'Participants' }).click()
  for (const name of ['Amina Diallo', 'Will Thompson', 'Hélène Lefèvre', 'Jean-Pierre Mbala']) {
    await page.getByRole('textbox', { name: 'Name or pseudonym' }).fill(name)
    await page.getByRole('button', { name: 'Add', exact: true }).click()
    await expect(page.getByRole('rowheader', { name })).toBeVisible()
  }

  await page.getByRole('tab', { name: 'Report' }).click()
  await expect(page.getByRole('switch', { name: /Leave participants' names out/ })).toBeChecked()
  const text = page.getByRole('textbox', { name: 'Report draft' })
  await text.fill(draft)
  await text.press('Tab')
  // the live preview of the draft comes next (it scrolls by keyboard), then the exports
  await expect(page.getByRole('region', { name: 'Preview', exact: true }).locator('[tabindex="0"]')).toBeFocused()
  await page.keyboard.press('Tab')
  const preview = page.getByRole('button', { name: 'Preview names left out' })
  await expect(preview).toBeFocused()
  await page.keyboard.press('Enter')

  const region = page.getByRole('region', { name: 'Names left out: preview' })
  await expect(region).toBeVisible()
  const marked = region.getByLabel('The report with each replacement marked')
  await expect(marked).toBeFocused()
  await expect(region.getByRole('status')).toHaveText(/^9 replacements: each marked stretch becomes \[participant\]/)
  await expect(region.getByText(`Files will be named “${isolated('Names test - report')}”.`)).toBeVisible()
  await expect(marked.locator('mark')).toHaveText([
    'Col. Diallo',
    'Amina',
    'Mme Diallo',
    'DIALLO, Amina',
    'Will Thompson',
    'Capt. Thompson',
    'Amina',
    'Helene Lefevre',
    'Jean-Pierre',
  ])
  await expect(marked).toContainText('the police will share the contacts')
  await snap(page, 'names-preview')

  await page.keyboard.press('Tab')
  await expect(page.getByRole('button', { name: 'Preview names left out' })).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(page.getByRole('button', { name: 'Export Markdown' })).toBeFocused()
  const download = page.waitForEvent('download')
  await page.keyboard.press('Enter')
  const exported = readFileSync(await (await download).path(), 'utf8')
  expect(exported).not.toMatch(/Amina|Diallo|DIALLO|Thompson|Helene|Lefevre|Jean|Pierre/)
  expect(exported).toContain('the police will share the contacts')
  expect(exported).toContain('[participant]’s group: d’[participant]’s proposal')

  await text.fill(`${draft}\nMore text`)
  await expect(region).toBeHidden()
})
