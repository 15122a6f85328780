/**
 * Issue #19 items 5–6: a workshop planned over two dated days, run with a scenario block,
 * paused and resumed, and shown to the room on the participant screen (screenshots at
 * 1920×1080, light and dark, English and Arabic, in test-results/screenshots/).
 */
import type { Locator, Page } from '@playwright/test'
import { test, expect, snap } from './support/fixtures'
import { ask } from './support/records'
import { fillBlock } from './support/agenda'

async function newWorkshop(page: Page, title: string): Promise<string> {
  const w = await ask<{ id: string }>(page, 'workshops:create', { title })
  await page.evaluate((id) => (window.location.hash = `#/workshops/${id}/agenda`), w.id)
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()
  return w.id
}

async function typeIn(field: Locator, text: string) {
  await field.fill(text)
  await field.blur()
}

/** The timer's text now and after `ms`. */
async function timerOver(timer: Locator, page: Page, ms: number): Promise<[string, string]> {
  const before = await timer.textContent()
  await page.waitForTimeout(ms)
  return [before!, (await timer.textContent())!]
}

test('two dated days, a scenario block run, paused and resumed, on the participant screen', async ({ page, app }) => {
  test.setTimeout(180_000)
  await page.goto(app.url)
  const [scenario] = await ask<{ id: string; title: string }[]>(page, 'scenarios:list')
  const id = await newWorkshop(page, 'Civil-military coordination, Mopti')

  await page.getByRole('button', { name: 'Add a day' }).click()
  await page.getByRole('button', { name: 'Add a block to day 1' }).click()
  await page.getByRole('button', { name: 'Add a break' }).click()
  await fillBlock(page, 1, 'Welcome and expectations', 30)
  await fillBlock(page, 2, 'Flood response exercise', 60)
  await page.getByRole('combobox', { name: 'Kind of block 2' }).click()
  await page.getByRole('option', { name: 'Scenario' }).click()
  await page.getByRole('combobox', { name: 'Scenario of block 2' }).click()
  await page.getByRole('option', { name: scenario!.title }).click()
  await expect(page.getByRole('combobox', { name: 'Scenario of block 2' })).toHaveText(scenario!.title)
  // a break has no facilitator
  await expect(page.getByRole('combobox', { name: 'Kind of block 3' })).toHaveText('Break')
  await expect(page.getByRole('textbox', { name: 'Facilitator of block 3' })).toHaveCount(0)
  await expect(page.getByRole('textbox', { name: 'Facilitator of block 1' })).toBeVisible()
  await page.getByRole('button', { name: 'Add a day' }).click()
  await fillBlock(page, 4, 'Stakeholder mapping', 45)

  await typeIn(page.getByRole('textbox', { name: 'Date of Day 1' }), '2026-03-02')
  await expect(page.getByRole('heading', { level: 2, name: 'Day 1 — Monday, March 2, 2026' })).toBeVisible()
  // day 2 follows day 1 until it is given its own date and start
  await expect(page.getByRole('heading', { level: 2, name: 'Day 2 — Tuesday, March 3, 2026' })).toBeVisible()
  await typeIn(page.getByRole('textbox', { name: 'Date of Day 2' }), '2026-03-05')
  await typeIn(page.getByRole('textbox', { name: 'Start time of Day 2' }), '1:30 pm')
  const day2 = page.getByRole('region', { name: 'Day 2' })
  await expect(day2.getByRole('heading', { level: 2, name: 'Day 2 — Thursday, March 5, 2026' })).toBeVisible()
  await expect(day2.getByText(/^1:30\sPM$/)).toBeVisible()
  await expect(page.getByRole('textbox', { name: 'Start time of Day 2' })).toHaveValue(/^1:30\s?pm$/i)
  await snap(page, 'room-agenda-dated')

  await page.getByRole('tab', { name: 'Run' }).click()
  await page.getByRole('button', { name: 'Start next block' }).click()
  await expect(page.getByRole('heading', { level: 2, name: 'Welcome and expectations' })).toBeVisible()

  const [screen] = await Promise.all([
    page.context().waitForEvent('page'),
    page.getByRole('link', { name: 'Open the participant screen' }).click(),
  ])
  await screen.setViewportSize({ width: 1920, height: 1080 })
  await expect(screen.getByRole('heading', { level: 2, name: 'Welcome and expectations' })).toBeVisible()
  await expect(screen.getByRole('region', { name: 'Next' })).toContainText('Flood response exercise')
  await expect(screen.getByText('Day 1 — Monday, March 2, 2026')).toBeVisible()

  // the facilitator moves on: the room sees it
  await page.getByRole('button', { name: 'Start next block' }).click()
  await expect(page.getByRole('heading', { level: 2, name: 'Flood response exercise' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Open the linked scenario in run mode' })).toBeVisible()
  await expect(screen.getByRole('heading', { level: 2, name: 'Flood response exercise' })).toBeVisible()
  await expect(screen.getByRole('region', { name: 'Next' })).toContainText('Break')

  // pause: both clocks stand still, here and on the screen
  const timer = page.getByRole('timer', { name: 'Time left in this block' })
  const screenTimer = screen.getByRole('timer', { name: 'Time left' })
  await expect(timer).toHaveText(/^(59:5\d|1:00:00|60:00)$/)
  await page.getByRole('button', { name: 'Pause' }).click()
  await expect(page.getByRole('button', { name: 'Resume' })).toBeVisible()
  await expect(screen.getByText('paused', { exact: true })).toBeVisible()
  const dayClock = page.getByTestId('day-clock')
  const [dayBefore] = [await dayClock.textContent()]
  const [a, b] = await timerOver(timer, page, 2500)
  expect(b).toBe(a)
  expect(await screenTimer.textContent()).toBe(a)
  expect(await dayClock.textContent()).toBe(dayBefore)
  await page.reload()
  await expect(page.getByRole('button', { name: 'Resume' })).toBeVisible()
  await expect(timer).toHaveText(a)

  await page.getByRole('button', { name: 'Resume' }).click()
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible()
  const [c, d] = await timerOver(timer, page, 2500)
  expect(c).not.toBe(d)
  await expect(screen.getByText('left', { exact: true })).toBeVisible()
  await expect(screenTimer).not.toHaveText(a)

  // the text size is the facilitator's to set, and remembered
  await screen.getByRole('button', { name: 'Larger text' }).click()
  await expect(screen.getByText('125%')).toBeVisible()
  await screen.keyboard.press('-')
  await expect(screen.getByText('100%')).toBeVisible()
  await screen.getByRole('button', { name: 'Larger text' }).focus()
  await screen.keyboard.press('Enter')
  await screen.reload()
  await expect(screen.getByText('125%')).toBeVisible()
  await screen.getByRole('button', { name: 'Smaller text' }).click()
  await expect(screen.getByText('100%')).toBeVisible()

  await page.getByRole('button', { name: 'Pause' }).click()
  for (const [language, theme] of [
    ['en', 'light'],
    ['en', 'dark'],
    ['ar', 'light'],
    ['ar', 'dark'],
  ] as const) {
    await ask(screen, 'settings:set', { language, theme })
    await screen.reload()
    await expect(screen.locator('main h1')).toBeVisible()
    await expect(screen.getByRole('timer')).toBeVisible()
    await screen.waitForTimeout(300)
    await snap(screen, `participant-screen-${language}-${theme}`)
  }
  await ask(screen, 'settings:set', { language: 'en', theme: 'light' })
  const report = await ask<{ workshop: { report: { draft: string } } }>(page, 'workshops:composeReport', {
    id,
    withNames: false,
  })
  expect(report.workshop.report.draft).toContain('### Day 2 — Thursday, March 5, 2026')
})

test('a reading past the last page is refused in the field; a record without its PDF takes no page', async ({
  page,
  app,
}) => {
  await page.goto(app.url)
  const library = await ask<{ title: string; file: unknown }[]>(page, 'library:list')
  const recordOnly = library.find((r) => r.file === null)!
  await newWorkshop(page, 'Readings')
  await page.getByRole('button', { name: 'Add a day' }).click()
  await page.getByRole('combobox', { name: 'Add a reading to block 1' }).click()
  await page.getByRole('option', { name: "Facilitator's quick guide" }).click()
  const pageBox = page.getByRole('spinbutton', { name: 'Page' })
  await pageBox.fill('99')
  await expect(page.getByRole('alert')).toHaveText("“Facilitator's quick guide” has 6 pages: page 99 is not in it.")
  await expect(pageBox).toHaveAttribute('aria-invalid', 'true')
  await expect(page.getByRole('button', { name: 'Link', exact: true })).toBeDisabled()
  await pageBox.fill('6')
  await page.getByRole('button', { name: 'Link', exact: true }).click()
  await expect(page.getByText("Facilitator's quick guide p. 6")).toBeVisible()

  await page.getByRole('combobox', { name: 'Add a reading to block 1' }).click()
  await page.getByRole('option', { name: recordOnly.title }).click()
  await expect(page.getByText('Record only: no page to open')).toBeVisible()
  await page.getByRole('button', { name: 'Link', exact: true }).click()
  await expect(page.getByRole('button', { name: 'Remove this reading' })).toHaveCount(2)
  await expect(page.locator('.agenda-block')).toContainText(recordOnly.title)
})
