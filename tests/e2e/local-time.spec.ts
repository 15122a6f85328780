/**
 * Issue #18 item 3 in a real Chromium set to Nairobi (UTC+3, while the server process runs
 * in the machine's own zone): a block started in run mode shows the same start time in run
 * mode and in the exported Markdown report, durations read h:mm, and "Days start at" is
 * written in the same hour cycle as the block times.
 */
import { readFileSync } from 'node:fs'
import { test, expect, snap } from './support/fixtures'

test.use({ timezoneId: 'Africa/Nairobi', locale: 'en-US' })

test('run mode and the exported report show the same local start time', async ({ page, app }) => {
  test.setTimeout(120_000)
  await page.goto(app.url)
  await page.getByRole('link', { name: /^Workshops/ }).click()
  await page.getByRole('textbox', { name: 'Title of a new workshop' }).fill('Nairobi course')
  await page.getByRole('button', { name: 'Create workshop' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Nairobi course' })).toBeVisible()

  await page.getByRole('tab', { name: 'Agenda' }).click()
  const dayStart = page.getByRole('textbox', { name: 'Days start at' })
  await expect(dayStart).toHaveValue('9:00 AM')
  await page.getByRole('button', { name: 'Add a day' }).click()
  await page.getByRole('button', { name: 'Add a block to day 1' }).click()
  const title = page.getByRole('textbox', { name: 'Title of block 1', exact: true })
  await title.fill('Opening')
  await title.blur()
  await dayStart.fill('8:30')
  await dayStart.blur()
  await expect(page.locator('.agenda-block').getByText('8:30 AM')).toBeVisible()

  // the start time as Nairobi's wall clock writes it, at the moment the block starts
  const clock = () => page.evaluate(() => new Intl.DateTimeFormat('en', { timeStyle: 'short' }).format(Date.now()))
  await page.getByRole('tab', { name: 'Run' }).click()
  const before = await clock()
  await page.getByRole('button', { name: 'Start next block' }).click()
  await expect(page.getByRole('heading', { level: 2, name: 'Opening' })).toBeVisible()
  const after = await clock()
  await expect(page.getByText(/\d+:\d\d (behind|ahead of) the plan|on time/)).toBeVisible()
  await snap(page, 'local-time-run')
  await page.getByRole('button', { name: 'Stop' }).click()
  const runList = page.getByRole('region', { name: 'All blocks' })
  await expect(runList.getByText(/planned 0:45 · actual 0:0\d/)).toBeVisible()

  await page.getByRole('tab', { name: 'Report' }).click()
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export Markdown' }).click()
  const markdown = readFileSync(await (await download).path(), 'utf8')
  const row = markdown.split('\n').find((l) => l.includes('| Opening |'))!
  expect(row).toMatch(/^\| 8:30 AM \| Opening \| 0:45 \| /)
  const started = row.split(' | ')[3]!
  expect([before, after]).toContain(started)
  // and not the server's UTC
  const utc = await page.evaluate(() =>
    new Intl.DateTimeFormat('en', { timeStyle: 'short', timeZone: 'UTC' }).format(Date.now()),
  )
  expect(started).not.toBe(utc)
})
