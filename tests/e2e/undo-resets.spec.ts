/**
 * Issue #15, item 3: a reset or an overwrite is undone by the same Undo as a delete —
 * Restart of a scenario run (its notes included), and Compose over an edited draft,
 * whose earlier version stays to go back to after the toast has gone.
 */
import type { Page } from '@playwright/test'
import { test, expect, snap } from './support/fixtures'
import { ask, recordNamed } from './support/records'

const undoButton = (page: Page) => page.getByRole('status').getByRole('button', { name: 'Undo' })

test('Restart of a running scenario is undone: phase, releases and every note come back', async ({ page, app }) => {
  await page.goto(app.url)
  await page.keyboard.press('Alt+5')
  const title = 'Rising water in the Lower Sava valley'
  await page.getByRole('link', { name: title }).click()
  await page.getByRole('tab', { name: 'Run' }).click()
  await page.getByRole('button', { name: 'Start the exercise' }).click()
  const note = page.getByRole('textbox', { name: 'Note on this phase' })
  for (const text of ['The mayor’s team takes the lead at once', 'Police and volunteers argue over the boats']) {
    await note.fill(text)
    await note.press('Enter')
    await expect(page.getByRole('list', { name: 'Notes' })).toContainText(text)
  }
  await page.getByRole('button', { name: 'Release now' }).first().click()
  await expect(page.getByText(/released by hand/)).toBeVisible()
  await page.getByRole('button', { name: 'Next phase' }).click()
  await expect(page.getByRole('heading', { name: /^Phase 2 of/ })).toBeVisible()
  const { id } = (await recordNamed(page, 'scenarios:list', title))!
  const before = await ask<{ run: unknown }>(page, 'scenarios:get', { id })

  await page.getByRole('button', { name: 'Restart' }).click()
  await expect(page.getByRole('heading', { name: /^Phase 1 of/ })).toBeVisible()
  await expect(page.getByRole('list', { name: 'Notes' }).getByRole('listitem')).toHaveCount(0)
  await expect(page.getByRole('status').filter({ hasText: `Restarted “${title}”` })).toBeVisible()
  await snap(page, 'undo-toast-restart')
  await undoButton(page).click()
  await expect(page.getByRole('heading', { name: /^Phase 2 of/ })).toBeVisible()
  await expect(page.getByRole('list', { name: 'Notes' }).getByRole('listitem')).toHaveCount(2)
  await page.reload()
  await expect(page.getByRole('list', { name: 'Notes' })).toContainText('Police and volunteers argue over the boats')
  expect((await ask<{ run: unknown }>(page, 'scenarios:get', { id })).run).toEqual(before.run)
})

async function newWorkshop(page: Page, title: string) {
  await page.keyboard.press('Alt+6')
  await page.getByRole('textbox', { name: 'Title of a new workshop' }).fill(title)
  await page.getByRole('button', { name: 'Create workshop' }).click()
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()
}

test('Compose over an edited draft keeps the edited one: Undo, or go back to it later', async ({ page, app }) => {
  await page.goto(app.url)
  await newWorkshop(page, 'Report course')
  await page.getByRole('tab', { name: 'Report' }).click()
  const compose = page.getByRole('button', { name: 'Compose the draft from the workshop' })
  const draft = page.getByRole('textbox', { name: 'Report draft' })
  await compose.click()
  await expect(draft).toHaveValue(/^# /)
  const edited = '# Our report\n\nWritten by the facilitator, line by line.'
  await draft.fill(edited)
  await draft.blur()

  await compose.click()
  await expect(draft).toHaveValue(/Agenda/)
  await expect(page.getByRole('status').filter({ hasText: 'A new draft replaced yours' })).toBeVisible()
  await undoButton(page).click()
  await expect(draft).toHaveValue(edited)
  await page.reload()
  await expect(draft).toHaveValue(edited)

  // the toast has gone: the earlier draft is still there to go back to
  await compose.click()
  await expect(draft).toHaveValue(/Agenda/)
  await page.reload()
  const earlier = page.getByRole('region', { name: 'Earlier drafts' })
  await expect(earlier).toContainText('Written by the facilitator')
  await earlier
    .getByRole('listitem')
    .filter({ hasText: 'Written by the facilitator' })
    .getByRole('button', { name: /^Go back to the draft kept at/ })
    .click()
  await expect(draft).toHaveValue(edited)
  await page.reload()
  await expect(draft).toHaveValue(edited)
})
