import type { Page } from '@playwright/test'
import { test, expect, snap } from './support/fixtures'
import { ask, isolated } from './support/records'

const methodsLink = (page: Page) => page.getByRole('navigation').getByRole('link', { name: /^Methods/ })

test('a new data folder shows the methods library: filtered, read, and in Arabic', async ({ page, app }) => {
  await page.goto(app.url)
  await methodsLink(page).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Methods' })).toBeVisible()
  await expect(page.getByText(/^3\d methods$/)).toBeVisible()
  const list = page.getByRole('list', { name: 'Methods' })
  await expect(list.getByRole('link', { name: 'World café' })).toBeVisible()
  await snap(page, 'methods-list')

  await page.getByRole('combobox', { name: 'Category' }).click()
  await page.getByRole('option', { name: 'Debriefing' }).click()
  await expect(list.getByRole('link', { name: 'ORID debrief' })).toBeVisible()
  await expect(list.getByRole('link', { name: 'World café' })).toBeHidden()
  await page.getByRole('spinbutton', { name: 'Group size' }).fill('30')
  await expect(list.getByRole('link', { name: 'Facts, feelings, lessons' })).toBeHidden()
  await page.getByRole('searchbox', { name: 'Filter by words…' }).fill('blame')
  await expect(list.getByRole('listitem')).toHaveCount(1)
  await list.getByRole('link', { name: 'After-action review' }).click()

  await expect(page.getByRole('heading', { level: 1, name: 'After-action review' })).toBeVisible()
  for (const section of ['Purpose', 'Steps', 'Facilitation tips', 'Variations for mixed civil-military-police groups'])
    await expect(page.getByRole('heading', { level: 2, name: section })).toBeVisible()
  const steps = page.getByRole('region', { name: 'Steps' }).getByRole('listitem')
  await expect(steps).toHaveCount(5)
  await expect(steps.first()).toContainText('rank stays outside')
  await expect(page.getByText('4–40 people')).toBeVisible()
  await snap(page, 'method-page')

  await ask(page, 'settings:set', { language: 'ar' })
  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: 'مراجعة ما بعد العمل' })).toBeVisible()
  await expect(page.getByRole('heading', { level: 2, name: 'الخطوات' })).toBeVisible()
  // the method's own text is in Arabic too, not only the page's words
  await expect(page.getByRole('region', { name: 'الغرض' })).toContainText('نظرة قصيرة ومنظّمة إلى الوراء')
  const stepsAr = page.getByRole('region', { name: 'الخطوات' }).getByRole('listitem')
  await expect(stepsAr).toHaveCount(5)
  await expect(stepsAr.first()).toContainText('الرتب تبقى خارج القاعة')
  await expect(page.getByText('rank stays outside')).toBeHidden()
  await snap(page, 'method-page-ar')
  await page.getByRole('link', { name: 'الطرائق' }).first().click()
  await expect(page.getByRole('link', { name: 'حوض السمك' })).toBeVisible()
  await expect(page.getByRole('list', { name: 'الطرائق' }).locator('.method-purpose').first()).toContainText(
    /\p{Script=Arabic}/u,
  )
  await snap(page, 'methods-list-ar')
})

test('a search for a method by its common name lands on its page; so does the palette', async ({ page, app }) => {
  await page.goto(app.url)
  await page
    .getByRole('navigation')
    .getByRole('link', { name: /^Search/ })
    .click()
  await page.getByRole('searchbox', { name: 'Search the library' }).fill('fishbowl')
  const group = page.getByRole('region', { name: 'Facilitation methods' })
  await expect(group.getByRole('link', { name: 'Fishbowl' })).toBeVisible()
  await snap(page, 'methods-search')
  await group.getByRole('link', { name: 'Fishbowl' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Fishbowl' })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Purpose' })).toContainText('inner circle')

  await page.keyboard.press('Control+k')
  await page.getByRole('dialog', { name: 'Command palette' }).getByRole('combobox').pressSequentially('human barometer')
  await page.getByRole('option', { name: 'Spectrogram' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Spectrogram' })).toBeVisible()
})

test('a facilitator adds a method, writes its steps, deletes it and undoes the delete', async ({ page, app }) => {
  await page.goto(app.url)
  await methodsLink(page).click()
  await page.getByRole('textbox', { name: 'Name of a new method' }).fill('Village walk')
  await page.getByRole('button', { name: 'Add method' }).click()
  const dialog = page.getByRole('dialog', { name: 'Facilitation method' })
  await dialog
    .getByLabel('Steps (one per line)')
    .fill('Meet at the well\nWalk to the market in pairs\nShare one observation')
  await dialog.getByLabel('Purpose').fill('Lets participants see the town together before talking about it.')
  await dialog.getByRole('button', { name: 'Done' }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByRole('heading', { level: 1, name: 'Village walk' })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Steps' }).getByRole('listitem')).toHaveCount(3)

  await page.reload()
  await expect(page.getByRole('region', { name: 'Steps' }).getByRole('listitem').nth(1)).toHaveText(
    'Walk to the market in pairs',
  )
  await page.getByRole('button', { name: 'Delete' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Methods' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Village walk' })).toBeHidden()
  await page.getByRole('button', { name: 'Undo' }).click()
  await expect(page.getByRole('link', { name: 'Village walk' })).toBeVisible()
})

test('an agenda block linked to a method shows the link, in the agenda and in run mode, and it opens the method', async ({
  page,
  app,
}) => {
  await page.goto(app.url)
  await page.getByRole('link', { name: /^Workshops/ }).click()
  await page.getByRole('textbox', { name: 'Title of a new workshop' }).fill('Dialogue week, Mopti')
  await page.getByRole('button', { name: 'Create workshop' }).click()
  await page.getByRole('tab', { name: 'Agenda' }).click()
  await page.getByRole('button', { name: 'Add a day' }).click()
  await page.getByRole('textbox', { name: 'Title of block 1', exact: true }).fill('Who does what in a flood')
  await page.getByRole('combobox', { name: 'Method of block 1' }).click()
  await page.getByRole('option', { name: 'World café' }).click()
  const link = page.getByRole('link', { name: `Method: ${isolated('World café')}` })
  await expect(link).toBeVisible()
  await snap(page, 'block-with-method')

  await page.getByRole('tab', { name: 'Run' }).click()
  await page.getByRole('button', { name: 'Start next block' }).click()
  await expect(page.getByRole('heading', { level: 2, name: 'Who does what in a flood' })).toBeVisible()
  await page.getByRole('link', { name: `Method: ${isolated('World café')}` }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'World café' })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Steps' }).getByRole('listitem')).toHaveCount(5)
})
