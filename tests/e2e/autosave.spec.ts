/**
 * Issue #15: what a facilitator types is saved as they type, whatever way they leave
 * (a reload, an area shortcut), says whether it is saved, survives a server that went
 * away for a while, and two pages on one workshop change fields, not whole records.
 */
import type { Locator, Page } from '@playwright/test'
import { test, expect, snap } from './support/fixtures'
import { freePort, startAppServer } from './support/app-server'
import { isolated } from './support/records'

async function createWorkshop(page: Page, title: string): Promise<string> {
  await page
    .getByRole('navigation')
    .getByRole('link', { name: /^Workshops/ })
    .click()
  await page.getByRole('textbox', { name: 'Title of a new workshop' }).fill(title)
  await page.getByRole('button', { name: 'Create workshop' }).click()
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()
  return /#\/workshops\/([^/]+)/.exec(page.url())![1]!
}

async function addBlocks(page: Page, count: number) {
  await page.getByRole('tab', { name: 'Agenda' }).click()
  await page.getByRole('button', { name: 'Add a day' }).click()
  for (let i = 1; i < count; i++) await page.getByRole('button', { name: 'Add a block to day 1' }).click()
  await expect(page.locator('.agenda-block')).toHaveCount(count)
}

const checklistNotes = (page: Page) =>
  page.locator('.rt-Card').filter({ hasText: 'A design group from the region' }).getByRole('textbox')

const kinds: { name: string; tab: string; field: (page: Page) => Locator }[] = [
  { name: 'a details field', tab: 'details', field: (p) => p.getByRole('textbox', { name: 'Venue', exact: true }) },
  { name: 'a context field', tab: 'details', field: (p) => p.getByRole('textbox', { name: 'Key challenges' }) },
  { name: 'a contextualisation note', tab: 'details', field: checklistNotes },
  {
    name: 'an agenda block title',
    tab: 'agenda',
    field: (p) => p.getByRole('textbox', { name: 'Title of block 1', exact: true }),
  },
  { name: 'the report draft', tab: 'report', field: (p) => p.getByRole('textbox', { name: 'Report draft' }) },
]

test('every kind of field keeps what was typed through a reload and an area shortcut', async ({ page, app }) => {
  test.setTimeout(180_000)
  await page.goto(app.url)
  const id = await createWorkshop(page, 'Typing survives')
  await addBlocks(page, 1)
  for (const leave of ['reload', 'Alt+1'] as const) {
    for (const kind of kinds) {
      const at = `${app.origin}/#/workshops/${id}/${kind.tab}`
      await page.goto(at)
      const text = `${kind.name}, left by ${leave}`
      const field = kind.field(page)
      await field.click()
      await field.fill('')
      await field.pressSequentially(text, { delay: 5 })
      await page.waitForTimeout(150)
      if (leave === 'reload') {
        await page.reload()
      } else {
        await page.keyboard.press('Alt+1')
        await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible()
        await page.waitForTimeout(1000)
        await page.goto(at)
        await page.reload()
      }
      await expect(kind.field(page), `${kind.name} after ${leave}`).toHaveValue(text)
    }
  }
})

test('a save that fails says "Not saved", keeps the text, and saves when the server is back', async ({ page, app }) => {
  test.setTimeout(120_000)
  await app.stop()
  const port = await freePort()
  let server = await startAppServer(app.dataDir, ['--port', String(port)])
  try {
    await page.goto(server.url)
    const id = await createWorkshop(page, 'Server goes away')
    const venue = page.getByRole('textbox', { name: 'Venue', exact: true })
    await venue.fill('Bamako')
    await expect(page.getByRole('status').filter({ hasText: 'Saved' }).first()).toBeVisible()
    await snap(page, 'autosave-saved')

    await server.stop()
    const challenges = page.getByRole('textbox', { name: 'Key challenges' })
    await challenges.fill('Checkpoints close at dusk')
    await expect(page.getByText(/^Not saved/)).toBeVisible()
    await expect(page.getByRole('button', { name: 'Retry' })).toBeVisible()
    await expect(challenges).toHaveValue('Checkpoints close at dusk')
    await snap(page, 'autosave-not-saved')

    server = await startAppServer(app.dataDir, ['--port', String(port)])
    const other = await page.context().newPage()
    await other.goto(server.url)
    await expect(page.getByText(/^Not saved/)).toHaveCount(0, { timeout: 30_000 })
    await other.goto(`${server.origin}/#/workshops/${id}/details`)
    await expect(other.getByRole('textbox', { name: 'Key challenges' })).toHaveValue('Checkpoints close at dusk')
    await expect(other.getByRole('textbox', { name: 'Venue', exact: true })).toHaveValue('Bamako')
  } finally {
    await server.stop()
  }
})

test('two pages on one workshop edit different fields: both edits survive, and each page sees the other', async ({
  page,
  app,
}) => {
  await page.goto(app.url)
  const id = await createWorkshop(page, 'Two tabs')
  await addBlocks(page, 2)
  const other = await page.context().newPage()
  for (const p of [page, other]) await p.goto(`${app.origin}/#/workshops/${id}/details`)
  // the second page asks for the workshop after its load event: it must show it before the first page
  // changes it (on a loaded machine its answer came after, already carrying the change, and rightly no collision)
  for (const p of [page, other]) await expect(p.getByRole('textbox', { name: 'Venue', exact: true })).toHaveValue('')

  await page.getByRole('textbox', { name: 'Region' }).fill('Sahel')
  await other.getByRole('textbox', { name: 'Key challenges' }).fill('Floods every August')
  await page.goto(`${app.origin}/#/workshops/${id}/agenda`)
  await other.goto(`${app.origin}/#/workshops/${id}/agenda`)
  await page.getByRole('textbox', { name: 'Title of block 1', exact: true }).fill('Opening circle')
  await other.getByRole('textbox', { name: 'Title of block 2', exact: true }).fill('Stakeholder map')
  await expect(page.getByRole('textbox', { name: 'Title of block 2', exact: true })).toHaveValue('Stakeholder map')
  await expect(other.getByRole('textbox', { name: 'Title of block 1', exact: true })).toHaveValue('Opening circle')

  for (const p of [page, other]) {
    await p.goto(`${app.origin}/#/workshops/${id}/details`)
    await p.reload()
    await expect(p.getByRole('textbox', { name: 'Region' })).toHaveValue('Sahel')
    await expect(p.getByRole('textbox', { name: 'Key challenges' })).toHaveValue('Floods every August')
    await p.getByRole('tab', { name: 'Agenda' }).click()
    await expect(p.getByRole('textbox', { name: 'Title of block 1', exact: true })).toHaveValue('Opening circle')
    await expect(p.getByRole('textbox', { name: 'Title of block 2', exact: true })).toHaveValue('Stakeholder map')
  }
})

test('rapid clicks on "Add a block" keep every block', async ({ page, app }) => {
  await page.goto(app.url)
  await createWorkshop(page, 'Many blocks')
  await page.getByRole('tab', { name: 'Agenda' }).click()
  await page.getByRole('button', { name: 'Add a day' }).click()
  const add = page.getByRole('button', { name: 'Add a block to day 1' })
  // eight clicks before React draws again: each must add to the agenda as it is now, not as this page last saw it
  await add.evaluate((button: HTMLElement) => {
    for (let i = 0; i < 8; i++) button.click()
  })
  await expect(page.locator('.agenda-block')).toHaveCount(9)
  await page.reload()
  await expect(page.locator('.agenda-block')).toHaveCount(9)
})

test('the same field changed in two pages at once: the later one is shown with the other, and the facilitator chooses', async ({
  page,
  app,
}) => {
  await page.goto(app.url)
  const id = await createWorkshop(page, 'Collision')
  const other = await page.context().newPage()
  // The second page has not yet heard of the first page's change when its facilitator types
  // (its event stream is held back), as when both type at the same moment.
  await other.route('**/events', (route) => route.abort())
  for (const p of [page, other]) await p.goto(`${app.origin}/#/workshops/${id}/details`)
  // the second page asks for the workshop after its load event: it must show it before the first page
  // changes it (on a loaded machine its answer came after, already carrying the change, and rightly no collision)
  for (const p of [page, other]) await expect(p.getByRole('textbox', { name: 'Venue', exact: true })).toHaveValue('')

  await page.getByRole('textbox', { name: 'Venue', exact: true }).fill('Bamako, Hotel Salam')
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible()
  await other.getByRole('textbox', { name: 'Venue', exact: true }).fill('Mopti, Maison des jeunes')
  const collision = other.getByRole('group', { name: 'Venue: changed elsewhere while you typed' })
  await expect(collision).toBeVisible()
  await expect(collision).toContainText('Bamako, Hotel Salam')
  await expect(collision).toContainText('Mopti, Maison des jeunes')
  await expect(other.getByRole('textbox', { name: 'Venue', exact: true })).toHaveValue('Mopti, Maison des jeunes')
  await snap(other, 'autosave-collision')

  await collision.getByRole('button', { name: 'Keep yours' }).click()
  await expect(collision).toBeHidden()
  await expect(page.getByRole('textbox', { name: 'Venue', exact: true })).toHaveValue('Mopti, Maison des jeunes')
  await page.reload()
  await expect(page.getByRole('textbox', { name: 'Venue', exact: true })).toHaveValue('Mopti, Maison des jeunes')
})

test('the scenario editor saves as the facilitator types: no Save button to forget', async ({ page, app }) => {
  await page.goto(app.url)
  await page.keyboard.press('Alt+5')
  await page.getByRole('textbox', { name: 'Title of a new scenario' }).fill('Ferry crossing')
  await page.getByRole('button', { name: 'Author a new scenario' }).click()
  await expect(page.getByRole('tab', { name: 'Edit', selected: true })).toBeVisible()
  const at = page.url()
  const brief = page.getByRole('textbox', { name: 'Role 1: Public brief', exact: true })
  await brief.pressSequentially('You run the only ferry.', { delay: 5 })
  await page.keyboard.press('Alt+1')
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible()
  await page.goto(at)
  await expect(brief).toHaveValue('You run the only ferry.')
  await page.getByRole('spinbutton', { name: 'Phase 1: Real minutes', exact: true }).fill('')
  const refused = page.getByText(/^Not saved — enter a whole number of at least 1/)
  await expect(refused).toBeVisible()
  await refused.scrollIntoViewIfNeeded()
  await snap(page, 'autosave-scenario-refused')
  await page.getByRole('spinbutton', { name: 'Phase 1: Real minutes', exact: true }).fill('20')
  await page.reload()
  await expect(brief).toHaveValue('You run the only ferry.')
  await expect(page.getByRole('spinbutton', { name: 'Phase 1: Real minutes', exact: true })).toHaveValue('20')
})

test('editing a glossary term or a timeline event saves as the facilitator types, and says what it refuses', async ({
  page,
  app,
}) => {
  await page.goto(app.url)
  await page.keyboard.press('Alt+4')
  await page.getByRole('button', { name: 'Edit design group' }).click()
  const term = page.getByRole('dialog', { name: 'Glossary term' })
  await term.getByLabel('French term').fill('groupe de conception')
  await page.reload()
  await expect(page.getByText(`In French: ${isolated('groupe de conception')}`)).toBeVisible()

  await page.keyboard.press('Alt+7')
  await page.getByRole('combobox', { name: 'Year' }).click()
  await page.getByRole('option', { name: '2014' }).click()
  await page.getByRole('button', { name: /^Edit Caux Forum for Human Security/ }).click()
  const event = page.getByRole('dialog', { name: 'Timeline event' })
  await event.getByLabel('Place').fill('Caux, Switzerland')
  await event.getByLabel('Last day').fill('2014-01-01')
  await expect(event.getByText('Not saved — The end date cannot be before the start date.')).toBeVisible()
  await expect(event.getByLabel('Last day')).toHaveValue('2014-01-01')
  await snap(page, 'autosave-event-refused')
  await page.keyboard.press('Escape')
  await expect(page.getByRole('region', { name: '2014' }).getByText(/Caux, Switzerland/)).toBeVisible()
})
