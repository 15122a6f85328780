import { readFileSync } from 'node:fs'
import { test, expect, snap } from './support/fixtures'

test('the timeline: the 2014 calendar, filter by year and kind, add an event, export .ics', async ({ page, app }) => {
  await page.goto(app.url)
  await page.getByRole('link', { name: /^Timeline/ }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Timeline' })).toBeVisible()
  await page.getByRole('combobox', { name: 'Year' }).click()
  await page.getByRole('option', { name: '2014' }).click()
  const y2014 = page.getByRole('region', { name: '2014' })
  await expect(y2014.getByRole('listitem')).toHaveCount(8)
  await expect(y2014.getByText('Caux Forum for Human Security')).toBeVisible()
  await page.getByRole('combobox', { name: 'Kind' }).click()
  await page.getByRole('option', { name: 'Activity report' }).click()
  await expect(y2014.getByRole('listitem')).toHaveCount(2)
  await page.getByRole('combobox', { name: 'Kind' }).click()
  await page.getByRole('option', { name: 'All kinds' }).click()

  await page.getByRole('button', { name: 'Add an event' }).click()
  const dialog = page.getByRole('dialog', { name: 'Timeline event' })
  await dialog.getByLabel('Title').fill('Community policing dialogue')
  await dialog.getByLabel('First day').fill('2014-10-06')
  await dialog.getByLabel('Last day').fill('2014-10-05')
  await dialog.getByRole('button', { name: 'Save' }).click()
  await expect(dialog.getByRole('alert')).toContainText('The end date cannot be before the start date.')
  await dialog.getByLabel('Last day').fill('2014-10-07')
  await dialog.getByLabel('Place').fill('Mopti')
  await dialog.getByRole('button', { name: 'Save' }).click()
  await expect(dialog).toBeHidden()
  await expect(y2014.getByRole('listitem')).toHaveCount(9)
  await snap(page, 'timeline-2014')

  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export to calendar (.ics)' }).click()
  const file = await (await download).path()
  const ics = readFileSync(file, 'utf8')
  expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(9)
  expect(ics).toContain('SUMMARY:Community policing dialogue')
  expect(ics).toContain('DTSTART;VALUE=DATE:20141006')
})

test('an event the app refuses says why in the facilitator’s language', async ({ page, app }) => {
  await page.goto(app.url)
  await page.keyboard.press('Alt+8')
  await page.getByRole('combobox', { name: 'Language' }).click()
  await page.getByRole('option', { name: 'Français' }).click()
  await page.keyboard.press('Alt+7')
  await page.getByRole('button', { name: 'Ajouter un événement' }).click()
  const dialog = page.getByRole('dialog', { name: 'Événement de la chronologie' })
  await dialog.getByLabel('Titre').fill('Dialogue sur la police de proximité')
  await dialog.getByLabel('Premier jour').fill('2014-10-06')
  await dialog.getByLabel('Dernier jour').fill('2014-10-05')
  await dialog.getByRole('button', { name: 'Enregistrer' }).click()
  await expect(dialog.getByRole('alert')).toHaveText(
    'Ceci n’a pas été accepté : La date de fin ne peut pas précéder la date de début.',
  )
  await expect(dialog.getByLabel('Titre')).toHaveValue('Dialogue sur la police de proximité')
  await snap(page, 'timeline-refused-french')
})

test('the timeline as a month or year calendar: dates drawn as precisely as they are known, the view remembered', async ({
  page,
  app,
}) => {
  await page.goto(app.url)
  await page.keyboard.press('Alt+7')
  await page.getByRole('radio', { name: 'Month' }).click()
  const thisMonth = new Intl.DateTimeFormat('en', { month: 'long', year: 'numeric' }).format(new Date())
  await expect(page.getByRole('heading', { level: 2, name: thisMonth })).toBeVisible()

  await page.getByRole('radio', { name: 'Year' }).click()
  await page.getByRole('button', { name: '2017' }).click()
  await expect(page.getByRole('heading', { level: 2, name: '2017' })).toBeVisible()
  const september = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'September 2017' }) })
  await expect(september).toContainText('GPPAC regional workshop')
  for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Previous year' }).click()
  await expect(page.getByRole('heading', { level: 2, name: '2014' })).toBeVisible()
  const yearBand = page.locator('.calendar-band', { hasText: 'Known to the year only:' })
  await expect(yearBand.getByRole('listitem')).toHaveCount(2)
  const june = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'June 2014' }) })
  await expect(june.locator('.calendar-entries > li')).toHaveCount(3)

  await june.getByRole('button', { name: 'Show June 2014' }).click()
  await expect(page.getByRole('radio', { name: 'Month' })).toBeChecked()
  await expect(page.getByRole('heading', { level: 2, name: 'June 2014' })).toBeVisible()
  const day = (name: string) => page.getByRole('cell').filter({ hasText: name })
  await expect(day('Jun 30, 2014').getByRole('listitem')).toHaveCount(2)
  await expect(day('Jun 30, 2014')).toContainText('Executive summer school course on human security')
  await expect(day('Jun 30, 2014')).toContainText('Caux Forum for Human Security')
  await expect(day('Jun 26, 2014')).toContainText('Human Security @ 20')
  await expect(day('Jun 29, 2014').getByRole('listitem')).toHaveCount(0)
  await expect(
    page.locator('.calendar-band', { hasText: 'Known to the year only:' }).getByRole('listitem'),
  ).toHaveCount(2)
  await snap(page, 'timeline-month-june-2014')

  await day('Jun 26, 2014').getByRole('button', { name: 'Human Security @ 20' }).click()
  await expect(page.getByRole('dialog')).toBeVisible()
  await page.keyboard.press('Escape')
  await page.getByRole('button', { name: 'Next month' }).focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 2, name: 'July 2014' })).toBeVisible()
  await expect(day('Jul 31, 2014')).toContainText('Caux Forum for Human Security')

  await page.reload()
  await expect(page.getByRole('radio', { name: 'Month' })).toBeChecked()
})
