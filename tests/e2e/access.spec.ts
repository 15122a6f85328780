/**
 * Issue #18 item 1 (part): a keyboard user is never dropped on the page body, the skip
 * link does not navigate, and the window's title says where the facilitator is.
 */
import type { Page } from '@playwright/test'
import { test, expect, snap } from './support/fixtures'
import { lowContrast } from './support/contrast'
import { ask } from './support/records'

const focusedName = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null
    return el ? `${el.tagName}:${el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 40)}` : ''
  })

test('the skip link moves the focus to the area heading without changing the area', async ({ page, app }) => {
  await page.goto(app.url)
  await page.keyboard.press('Alt+4')
  await expect(page.getByRole('heading', { level: 1, name: 'Glossary' })).toBeVisible()
  const at = page.url()
  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: 'Glossary' })).toBeVisible()
  await page.keyboard.press('Tab')
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: 'Glossary' })).toBeFocused()
  expect(page.url()).toBe(at)
})

test('the window title names the area and the record', async ({ page, app }) => {
  await page.goto(app.url)
  await expect(page).toHaveTitle('Library — Training Companion')
  await page.keyboard.press('Alt+6')
  await expect(page).toHaveTitle('Workshops — Training Companion')
  await page.getByRole('textbox', { name: 'Title of a new workshop' }).fill('Course in Gao')
  await page.getByRole('button', { name: 'Create workshop' }).click()
  await expect(page).toHaveTitle('Course in Gao — Workshops — Training Companion')
  await page.keyboard.press('Alt+8')
  await expect(page).toHaveTitle('Settings — Training Companion')
})

test('closing a dialog by Escape, Done, Cancel or Save gives the focus back to what opened it', async ({
  page,
  app,
}) => {
  await page.goto(app.url)
  await page.keyboard.press('Alt+4')
  const edit = page.getByRole('button', { name: 'Edit human security', exact: true })
  await edit.click()
  const dialog = page.getByRole('dialog', { name: 'Glossary term' })
  await expect(dialog).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(edit).toBeFocused()

  await edit.press('Enter')
  await dialog.getByRole('button', { name: 'Done' }).click()
  await expect(dialog).toBeHidden()
  await expect(edit).toBeFocused()

  const add = page.getByRole('button', { name: 'Add a term' })
  await add.click()
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(add).toBeFocused()
  await add.press('Enter')
  await dialog.getByLabel('Term', { exact: true }).fill('Liaison officer')
  await dialog.getByLabel('Definition', { exact: true }).fill('Carries word between two sectors.')
  await dialog.getByRole('button', { name: 'Save' }).click()
  await expect(dialog).toBeHidden()
  expect(await focusedName(page)).not.toBe('BODY:')
  await expect(add).toBeFocused()
})

test('every area and record page keeps text at 4.5:1 (3:1 large) in three languages and two themes', async ({
  page,
  app,
}) => {
  test.setTimeout(300_000)
  await page.goto(app.url)
  const workshop = await ask<{ id: string }>(page, 'workshops:create', { title: 'Contrast course' })
  const [scenario] = await ask<{ id: string }[]>(page, 'scenarios:list')
  const resource = (await ask<{ id: string; title: string }[]>(page, 'library:list')).find(
    (r) => r.title === "Facilitator's quick guide",
  )
  const pages = [
    ...['library', 'search', 'glossary', 'scenarios', 'workshops', 'timeline', 'settings'].map((a) => `#/${a}`),
    `#/workshops/${workshop.id}`,
    `#/scenarios/${scenario!.id}`,
    `#/reader/${resource!.id}`,
  ]
  const short: string[] = []
  for (const language of ['en', 'fr', 'ar'])
    for (const theme of ['light', 'dark']) {
      await ask(page, 'settings:set', { language, theme })
      await page.reload()
      for (const hash of pages) {
        await page.evaluate((h) => (window.location.hash = h), hash)
        await expect(page.locator('main h1').first()).toBeVisible()
        await page.waitForTimeout(200)
        for (const found of await lowContrast(page))
          short.push(
            `${language}/${theme} ${hash}: “${found.text}” ${found.ratio}:1 (${found.color} on ${found.background})`,
          )
      }
      if (language === 'ar') await snap(page, `access-contrast-ar-${theme}`)
    }
  expect(short).toEqual([])
})

test('creating a workshop or a scenario puts the focus on its heading, and a tab keeps it', async ({ page, app }) => {
  await page.goto(app.url)
  await page.keyboard.press('Alt+6')
  await page.getByRole('textbox', { name: 'Title of a new workshop' }).fill('Course in Mopti')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: 'Course in Mopti' })).toBeFocused()
  await page.getByRole('tab', { name: 'Agenda' }).click()
  await expect(page.getByRole('tab', { name: 'Agenda' })).toBeFocused()

  await page.keyboard.press('Alt+5')
  await page.getByRole('textbox', { name: 'Title of a new scenario' }).fill('Flood in the delta')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: 'Flood in the delta' })).toBeFocused()
})
