/**
 * Issue #15, items 3 and 4: every record deleted from its screen comes back whole
 * with the one Undo, even after the screen that deleted it is gone.
 */
import type { Page } from '@playwright/test'
import { test, expect, snap } from './support/fixtures'
import { ask, recordNamed } from './support/records'

const toast = (page: Page) => page.getByRole('status').filter({ hasText: /Deleted “/ })

async function undo(page: Page, label: string) {
  await expect(toast(page)).toContainText(`Deleted “${label}”.`)
  await toast(page).getByRole('button', { name: 'Undo' }).click()
  await expect(toast(page)).toHaveCount(0)
}

test('a glossary term, a timeline event and a library resource come back whole with Undo', async ({ page, app }) => {
  await page.goto(app.url)
  await page.keyboard.press('Alt+4')
  const term = await recordNamed(page, 'glossary:list', 'Oslo Guidelines')
  const terms = page.getByRole('list', { name: 'Terms' })
  await page.getByRole('button', { name: 'Delete Oslo Guidelines' }).click()
  await expect(terms.getByRole('heading', { name: 'Oslo Guidelines' })).toHaveCount(0)
  await snap(page, 'undo-toast')
  await undo(page, 'Oslo Guidelines')
  await expect(terms.getByRole('heading', { name: 'Oslo Guidelines' })).toBeVisible()
  expect(await recordNamed(page, 'glossary:list', 'Oslo Guidelines')).toEqual(term)

  await page.keyboard.press('Alt+7')
  const title = 'Caux Forum for Human Security'
  const event = await recordNamed(page, 'timeline:list', title, {})
  await page.getByRole('button', { name: `Delete ${title}` }).click()
  await expect(page.getByText(title, { exact: true })).toHaveCount(0)
  // the toast outlives the screen: undo from another area
  await page.keyboard.press('Alt+1')
  await undo(page, title)
  await page.keyboard.press('Alt+7')
  await expect(page.getByText(title, { exact: true })).toBeVisible()
  expect(await recordNamed(page, 'timeline:list', title, {})).toEqual(event)

  await page.keyboard.press('Alt+1')
  const handbook = 'Human Security Handbook'
  const resource = await recordNamed(page, 'library:list', handbook)
  await page.getByRole('button', { name: `Actions for ${handbook}` }).click()
  await page.getByRole('menuitem', { name: 'Delete' }).click()
  await expect(page.getByRole('rowheader', { name: handbook })).toHaveCount(0)
  await undo(page, handbook)
  await expect(page.getByRole('rowheader', { name: handbook })).toBeVisible()
  await page.reload()
  expect(await recordNamed(page, 'library:list', handbook)).toEqual(resource)
})

async function workshopWithNotes(page: Page, title: string) {
  await page.keyboard.press('Alt+6')
  await page.getByRole('textbox', { name: 'Title of a new workshop' }).fill(title)
  await page.getByRole('button', { name: 'Create workshop' }).click()
  await page.getByRole('tab', { name: 'Agenda' }).click()
  await page.getByRole('button', { name: 'Add a day' }).click()
  const block = page.getByRole('textbox', { name: 'Title of block 1', exact: true })
  await block.fill('Welcome circle')
  await block.blur()
  await expect(block).toHaveValue('Welcome circle')
  await page.getByRole('button', { name: 'Save as a reusable template of block 1' }).click()
  await page.getByRole('tab', { name: 'Run' }).click()
  await page.getByRole('button', { name: 'Start next block' }).click()
  const note = page.getByRole('textbox', { name: 'Note' })
  for (const text of ['Two police officers arrived late', 'Ask the host about the interpreters']) {
    await note.fill(text)
    await note.press('Enter')
    await expect(page.getByText(text)).toBeVisible()
  }
}

test('a workshop note, a block template and a whole workshop are deleted from the screens and undone', async ({
  page,
  app,
}) => {
  await page.goto(app.url)
  const title = 'Undo course, Mopti'
  await workshopWithNotes(page, title)
  const before = await recordNamed<{ id: string; notes: unknown[] }>(page, 'workshops:list', title)
  expect(before!.notes).toHaveLength(2)

  const blocks = page.getByRole('region', { name: 'All blocks' })
  await blocks.getByRole('button', { name: 'Delete the note “Two police officers arrived late”' }).click()
  await expect(blocks.getByText('Two police officers arrived late')).toHaveCount(0)
  await undo(page, 'Two police officers arrived late')
  await expect(blocks.getByText('Two police officers arrived late')).toBeVisible()
  expect((await ask<{ notes: unknown[] }>(page, 'workshops:get', { id: before!.id })).notes).toEqual(before!.notes)

  await page.keyboard.press('Alt+6')
  const templates = page.getByRole('region', { name: 'Block templates' })
  const template = await recordNamed(page, 'templates:list', 'Welcome circle')
  await templates.getByRole('button', { name: 'Delete Welcome circle' }).click()
  await expect(templates.getByText('Welcome circle')).toHaveCount(0)
  await undo(page, 'Welcome circle')
  await expect(templates.getByText('Welcome circle')).toBeVisible()
  expect(await recordNamed(page, 'templates:list', 'Welcome circle')).toEqual(template)

  await page.getByRole('button', { name: `Delete ${title}` }).click()
  await expect(page.getByRole('link', { name: title })).toHaveCount(0)
  await undo(page, title)
  await page.reload()
  await expect(page.getByRole('link', { name: title })).toBeVisible()
  expect(await ask(page, 'workshops:get', { id: before!.id })).toEqual(before)
})

test('a scenario and a reader note are deleted and undone, by keyboard too', async ({ page, app }) => {
  await page.goto(app.url)
  await page.keyboard.press('Alt+5')
  const title = 'Rising water in the Lower Sava valley'
  const scenario = await recordNamed(page, 'scenarios:list', title)
  const remove = page.getByRole('button', { name: `Delete ${title}` })
  await remove.focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('link', { name: title })).toHaveCount(0)
  await expect(toast(page)).toContainText(`Deleted “${title}”.`)
  // the button that was pressed is gone: the keyboard lands on Undo
  await expect(toast(page).getByRole('button', { name: 'Undo' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('link', { name: title })).toBeVisible()
  expect(await recordNamed(page, 'scenarios:list', title)).toEqual(scenario)

  await page.keyboard.press('Alt+1')
  await page.getByRole('link', { name: "Facilitator's quick guide" }).click()
  await expect(page.locator('.page[data-page-number="1"] .canvasWrapper canvas').first()).toBeVisible({
    timeout: 30_000,
  })
  await page.getByRole('button', { name: 'Note on this page' }).click()
  const editor = page.getByRole('textbox', { name: 'Note' })
  await editor.fill('Read this aloud before the scenario')
  await editor.blur()
  const resourceId = (await recordNamed(page, 'library:list', "Facilitator's quick guide"))!.id
  // the note is saved as typed: its text lands a moment after the blur (a fresh-clone run read it before)
  const notes = () => ask<{ body: string }[]>(page, 'annotations:list', { resourceId })
  await expect.poll(async () => (await notes())[0]?.body).toBe('Read this aloud before the scenario')
  const [note] = await notes()
  await page.getByRole('button', { name: 'Delete', exact: true }).click()
  await expect(page.locator('.annotation-item')).toHaveCount(0)
  await toast(page).getByRole('button', { name: 'Undo' }).click()
  await expect(page.locator('.annotation-item').getByText('Read this aloud before the scenario')).toBeVisible()
  expect(await ask(page, 'annotations:list', { resourceId })).toEqual([note])
})

test('an agenda block and a scenario inject removed from their editors come back in place with Undo', async ({
  page,
  app,
}) => {
  await page.goto(app.url)
  await page.keyboard.press('Alt+6')
  await page.getByRole('textbox', { name: 'Title of a new workshop' }).fill('Items course')
  await page.getByRole('button', { name: 'Create workshop' }).click()
  await page.getByRole('tab', { name: 'Agenda' }).click()
  await page.getByRole('button', { name: 'Add a day' }).click()
  for (let n = 2; n <= 3; n++) await page.getByRole('button', { name: 'Add a block to day 1' }).click()
  for (const [n, title] of [
    [1, 'Welcome circle'],
    [2, 'Mapping the actors'],
    [3, 'Closing round'],
  ] as const) {
    const field = page.getByRole('textbox', { name: `Title of block ${n}`, exact: true })
    await field.fill(title)
    await field.blur()
  }
  // every title stored, not only the first block's "Saved"
  const stored = () => recordNamed<{ id: string; agenda: { title: string }[] }>(page, 'workshops:list', 'Items course')
  await expect
    .poll(async () => (await stored())?.agenda.map((b) => b.title))
    .toEqual(['Welcome circle', 'Mapping the actors', 'Closing round'])
  const before = await stored()
  await page.getByRole('button', { name: 'Remove of block 2' }).click()
  await expect(page.getByRole('textbox', { name: 'Title of block 3', exact: true })).toHaveCount(0)
  await undo(page, 'Mapping the actors')
  await expect(page.getByRole('textbox', { name: 'Title of block 2', exact: true })).toHaveValue('Mapping the actors')
  expect((await ask<{ agenda: unknown[] }>(page, 'workshops:get', { id: before!.id })).agenda).toEqual(before!.agenda)

  await page.keyboard.press('Alt+5')
  const title = 'Rising water in the Lower Sava valley'
  type Phases = { id: string; phases: { injects: { content: string }[] }[] }
  const scenario = await recordNamed<Phases>(page, 'scenarios:list', title)
  const content = scenario!.phases[0]!.injects[0]!.content
  await page.getByRole('link', { name: title }).click()
  await page.getByRole('tab', { name: 'Edit' }).click()
  await expect(page.getByText(content, { exact: true })).toHaveCount(1)
  await page.getByRole('button', { name: 'Remove Inject 1.1', exact: true }).click()
  await expect(page.getByText(content, { exact: true })).toHaveCount(0)
  await toast(page).getByRole('button', { name: 'Undo' }).click()
  await expect(page.getByText(content, { exact: true })).toHaveCount(1)
  expect((await ask<Phases>(page, 'scenarios:get', { id: scenario!.id })).phases).toEqual(scenario!.phases)
})
