/**
 * Issue #18 item 1 (part): a keyboard user is never dropped on the page body, the skip
 * link does not navigate, and the window's title says where the facilitator is.
 */
import { test, expect } from './support/fixtures'

const focusedName = (page: import('@playwright/test').Page) =>
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
