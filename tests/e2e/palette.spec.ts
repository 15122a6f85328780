import { test, expect, snap } from './support/fixtures'
import { ask } from './support/records'

// each test walks through several screens; a busy machine needs more than the default 90 s
test.slow()

test('Ctrl+K opens the palette anywhere; it finds records without accents, Enter opens them, Escape gives the focus back', async ({
  page,
  app,
}) => {
  await page.goto(app.url)
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible()
  await ask(page, 'workshops:create', { title: 'Réunion de coordination à Bamako' })
  const importButton = page.getByRole('button', { name: 'Import PDFs…' })
  await importButton.focus()
  await page.keyboard.press('Control+k')
  const palette = page.getByRole('dialog', { name: 'Command palette' })
  const box = palette.getByRole('combobox')
  await expect(box).toBeFocused()
  await snap(page, 'palette-open')
  await page.keyboard.press('Escape')
  await expect(palette).toBeHidden()
  await expect(importButton).toBeFocused()

  await page.keyboard.press('Control+k')
  await box.pressSequentially('reunion')
  const found = palette.getByRole('option', { name: 'Réunion de coordination à Bamako', exact: true })
  await expect(found).toHaveAttribute('aria-selected', 'true')
  await snap(page, 'palette-reunion')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: 'Réunion de coordination à Bamako' })).toBeVisible()

  await page.keyboard.press('Control+k')
  await box.pressSequentially('quik gide')
  await expect(palette.getByRole('option').first()).toHaveAccessibleName(/Facilitator's quick guide/)
  await page.keyboard.press('Enter')
  await expect(page.getByRole('textbox', { name: 'Page number' })).toBeVisible({ timeout: 30_000 })

  await page.keyboard.press('Control+k')
  await box.pressSequentially('glossary')
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('ArrowUp')
  await expect(palette.getByRole('option', { name: /^Glossary/ })).toHaveAttribute('aria-selected', 'true')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: 'Glossary' })).toBeVisible()
})

test('palette actions: a new workshop is created and opened; the shortcuts sheet opens from the palette and by "?"', async ({
  page,
  app,
}) => {
  await page.goto(app.url)
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible()
  await page.keyboard.press('Control+k')
  const palette = page.getByRole('dialog', { name: 'Command palette' })
  await palette.getByRole('combobox').pressSequentially('new wrkshp')
  await expect(palette.getByRole('option').first()).toHaveAccessibleName(/New workshop/)
  await page.keyboard.press('Enter')
  const create = page.getByRole('dialog', { name: 'New workshop' })
  await expect(create.getByRole('textbox', { name: 'Title of a new workshop' })).toBeFocused()
  await page.keyboard.type('Made from the palette')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: 'Made from the palette' })).toBeVisible()
  await expect(page.getByRole('tab', { name: 'Details', selected: true })).toBeVisible()

  await page.keyboard.press('Control+k')
  await palette.getByRole('combobox').pressSequentially('shortcuts')
  await page.keyboard.press('Enter')
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
  await expect(sheet).toBeVisible()
  await expect(sheet.getByText('Open the command palette')).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(sheet).toBeHidden()

  await page.getByRole('heading', { level: 1 }).focus()
  await page.keyboard.press('?')
  await expect(sheet).toBeVisible()
  await expect(sheet.getByText('Go to an area')).toBeVisible()
  await snap(page, 'shortcuts-sheet')
  await page.keyboard.press('Escape')
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused()

  // in a text field "?" is a character, and Ctrl+K still opens the palette, which offers a full-text search
  const title = page.getByRole('textbox', { name: 'Title', exact: true })
  await title.focus()
  await page.keyboard.press('End')
  await page.keyboard.press('?')
  await expect(sheet).toBeHidden()
  await expect(title).toHaveValue('Made from the palette?')
  await page.keyboard.press('Control+k')
  await palette.getByRole('combobox').pressSequentially('"parking lot"')
  await palette.getByRole('option', { name: /Search the library for “"parking lot"”/ }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Search' })).toBeVisible()
  await expect(page.getByRole('searchbox', { name: 'Search the library' })).toHaveValue('"parking lot"')
  await expect(page.getByRole('region', { name: 'Pages' }).getByRole('listitem')).toHaveCount(1)
})

test("palette actions run through the screens' own paths: import picker, report, new term, new scenario", async ({
  page,
  app,
}) => {
  await page.goto(app.url)
  await ask(page, 'workshops:create', { title: 'Older workshop' })
  await ask(page, 'workshops:create', { title: 'Latest workshop' })
  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible()
  const palette = page.getByRole('dialog', { name: 'Command palette' })
  const run = async (typed: string, option: RegExp) => {
    await page.keyboard.press('Control+k')
    await palette.getByRole('combobox').pressSequentially(typed)
    await expect(palette.getByRole('option').first()).toHaveAccessibleName(option)
    await page.keyboard.press('Enter')
    await expect(palette).toBeHidden()
  }

  const chooser = page.waitForEvent('filechooser')
  await run('import', /^Import PDFs/)
  expect((await chooser).isMultiple()).toBe(true)

  await run('export report', /Export the report of “Latest workshop”/)
  await expect(page.getByRole('heading', { level: 1, name: 'Latest workshop' })).toBeFocused()
  await expect(page.getByRole('tab', { name: 'Report', selected: true })).toBeVisible()

  await run('new term', /^New glossary term/)
  const term = page.getByRole('dialog', { name: 'Glossary term' })
  await term.getByRole('textbox', { name: 'Term', exact: true }).fill('Zone de désescalade')
  await term.getByRole('textbox', { name: 'Definition', exact: true }).fill('A place agreed for lowering tension.')
  await term.getByRole('button', { name: 'Save' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Glossary' })).toBeVisible()
  await expect(page.getByRole('heading', { level: 2, name: 'Zone de désescalade' })).toBeVisible()

  await run('new scen', /^New scenario/)
  await expect(page.getByRole('textbox', { name: 'Title of a new scenario' })).toBeFocused()
  await page.keyboard.type('Palette scenario')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: 'Palette scenario' })).toBeVisible()
  await expect(page.getByRole('tab', { name: 'Edit', selected: true })).toBeVisible()

  await run('desescalade', /^Zone de désescalade/)
  await expect(page.locator('[data-focus]')).toContainText('Zone de désescalade')
})

test('search results are reached by the arrow keys and Enter opens the reader on the page', async ({ page, app }) => {
  await page.goto(app.url + '#/search')
  const box = page.getByRole('searchbox', { name: 'Search the library' })
  await expect(box).toBeFocused()
  await box.fill('"parking lot"')
  await expect(page.getByRole('status').filter({ hasText: '1 page' })).toBeVisible()
  const hits = page.getByRole('region', { name: 'Search results' }).getByRole('link')
  await page.keyboard.press('ArrowDown')
  await expect(hits.first()).toBeFocused()
  await page.keyboard.press('ArrowUp')
  await expect(box).toBeFocused()
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('End')
  await expect(hits.last()).toBeFocused()
  await expect(hits.last()).toHaveAttribute('href', /\/3\//)
  await page.keyboard.press('Escape')
  await expect(box).toBeFocused()
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('End')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('textbox', { name: 'Page number' })).toHaveValue('3', { timeout: 30_000 })
})

test('the palette in Arabic, right to left', async ({ page, app }) => {
  await page.goto(app.url)
  await ask(page, 'settings:set', { language: 'ar' })
  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: 'المكتبة' })).toBeVisible()
  await page.keyboard.press('Control+k')
  const palette = page.getByRole('dialog', { name: 'لوحة الأوامر' })
  await expect(palette).toHaveCSS('direction', 'rtl')
  await palette.getByRole('combobox').pressSequentially('الاعدادات')
  await expect(palette.getByRole('option').first()).toHaveAccessibleName(/الإعدادات/)
  await snap(page, 'palette-arabic')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: 'الإعدادات' })).toBeVisible()
  await page.keyboard.press('?')
  const sheet = page.getByRole('dialog', { name: 'اختصارات لوحة المفاتيح' })
  await expect(sheet.getByText('فتح لوحة الأوامر')).toBeVisible()
  await page.waitForTimeout(300)
  await expect(sheet).toBeVisible()
  await snap(page, 'shortcuts-sheet-arabic')
})
