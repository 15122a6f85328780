/**
 * A library file that holds one record the app cannot read: everything else opens, the
 * facilitator is told, and Settings shows what was set aside and why.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { test, expect, snap } from './support/fixtures'
import { startAppServer } from './support/app-server'
import type { Page } from '@playwright/test'

const nav = (page: Page, name: RegExp) => page.getByRole('navigation').getByRole('link', { name })

test('a record that does not fit is set aside on its own, told, and shown in Settings', async ({ page, app }) => {
  await page.goto(app.url)
  await nav(page, /^Workshops/).click()
  for (const title of ['Kept workshop', 'Damaged workshop']) {
    await page.getByRole('textbox', { name: 'Title of a new workshop' }).fill(title)
    await page.getByRole('button', { name: 'Create workshop' }).click()
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()
    await nav(page, /^Workshops/).click()
  }
  await app.stop()

  const dbPath = join(app.dataDir, 'db.json')
  const db = JSON.parse(readFileSync(dbPath, 'utf8'))
  const damaged = db.workshops.find((w: { title: string }) => w.title === 'Damaged workshop')
  damaged.dayStart = 'nine o’clock'
  writeFileSync(dbPath, JSON.stringify(db))

  const again = await startAppServer(app.dataDir)
  try {
    await page.goto(again.url)
    await expect(
      page.getByRole('alert').filter({ hasText: /Records that did not fit your library were set aside \(1\)/ }),
    ).toBeVisible()
    await nav(page, /^Workshops/).click()
    await expect(page.getByText('Kept workshop')).toBeVisible()
    await expect(page.getByText('Damaged workshop')).toHaveCount(0)

    await nav(page, /^Settings/).click()
    const panel = page.getByRole('heading', { name: '1 record set aside' })
    await expect(panel).toBeVisible()
    await expect(page.getByText('Damaged workshop', { exact: true })).toBeVisible()
    await expect(page.getByText(/Why: dayStart/)).toBeVisible()
    await page.getByText('Show its content').click()
    await expect(page.getByText(/nine o’clock/)).toBeVisible()
    await snap(page, 'integrity-set-aside')
  } finally {
    await again.stop()
  }
})
