import { test, expect, snap } from './support/fixtures'

const areas = ['Library', 'Reader', 'Search', 'Glossary', 'Scenarios', 'Workshops', 'Timeline', 'Settings']

test('browser mode shows the shell with the seeded library', async ({ page, app }) => {
  await page.goto(app.url)
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible()
  await expect(page.getByRole('rowheader', { name: /Handbook on Human Security/ })).toBeVisible()
  await expect(page.getByText(/\d+ resources/)).toBeVisible()
  await expect(page.getByText('Browser mode').first()).toBeVisible()
  await snap(page, 'shell-library')
})

test('the app opens on its area straight away, with no "Opening…" line in between', async ({ page, app }) => {
  // every status line the page shows before its first heading, noted by the page itself
  await page.addInitScript(() => {
    const w = window as unknown as { seen: string[] }
    w.seen = []
    const observer = new MutationObserver(() => {
      for (const s of document.querySelectorAll('[role=status]')) if (s.textContent) w.seen.push(s.textContent)
      if (document.querySelector('h1')) observer.disconnect()
    })
    observer.observe(document, { childList: true, subtree: true, characterData: true })
  })
  for (const [address, heading] of [
    [app.url, 'Library'],
    [`${new URL(app.url).origin}/#/glossary`, 'Glossary'],
  ] as const) {
    await page.goto(address)
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible()
    expect(await page.evaluate(() => (window as unknown as { seen: string[] }).seen)).not.toContainEqual(
      expect.stringMatching(/^Opening/),
    )
  }
})

test('every area is reachable from the navigation', async ({ page, app }) => {
  await page.goto(app.url)
  const nav = page.getByRole('navigation', { name: 'Main navigation' })
  for (const area of areas) {
    await nav.getByRole('link', { name: new RegExp(`^${area}`) }).click()
    await expect(page.getByRole('heading', { level: 1, name: area })).toBeVisible()
    await expect(nav.getByRole('link', { name: new RegExp(`^${area}`) })).toHaveAttribute('aria-current', 'page')
  }
  await snap(page, 'shell-settings')
})

test('the shell works by keyboard: skip link, tab order, Alt+number shortcuts', async ({ page, app }) => {
  await page.goto(app.url)
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible()
  await page.keyboard.press('Alt+8')
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeFocused()
  await page.keyboard.press('Alt+3')
  await expect(page.getByRole('heading', { level: 1, name: 'Search' })).toBeVisible()
  // the address no longer carries the token, so going to #/library is a same-page jump: load it afresh
  await page.goto(app.origin + '/#/library')
  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible()
  await page.keyboard.press('Tab')
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused()
  await page.keyboard.press('Tab')
  const focused = page.locator(':focus')
  await expect(focused).toHaveText(/Library/)
  await page.keyboard.press('Tab')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: 'Reader' })).toBeVisible()
})

test('the interface speaks French, and Arabic right to left', async ({ page, app }) => {
  await page.goto(app.url)
  await page.keyboard.press('Alt+8')
  await page.getByRole('combobox', { name: 'Language' }).click()
  await page.getByRole('option', { name: 'Français' }).click()
  const nav = page.getByRole('navigation', { name: 'Navigation principale' })
  await expect(nav.getByRole('link', { name: /^Bibliothèque/ })).toBeVisible()
  await expect(page.getByRole('heading', { level: 1, name: 'Réglages' })).toBeVisible()
  await snap(page, 'shell-settings-french')
  await page.getByRole('combobox', { name: 'Langue' }).click()
  await page.getByRole('option', { name: 'العربية' }).click()
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
  await expect(
    page.getByRole('navigation', { name: 'التنقل الرئيسي' }).getByRole('link', { name: /^المكتبة/ }),
  ).toBeVisible()
  await page.keyboard.press('Alt+1')
  await expect(page.getByRole('heading', { level: 1, name: 'المكتبة' })).toBeVisible()
  await expect(page.locator('table').first()).toHaveCSS('direction', 'rtl')
  await snap(page, 'shell-library-arabic')
  await page.getByRole('link', { name: "Facilitator's quick guide" }).click()
  await expect(page.getByRole('region', { name: 'الصفحة 1', exact: true })).toBeVisible({ timeout: 30_000 })
  await page.keyboard.press('Alt+8')
  await page.getByRole('combobox', { name: 'اللغة' }).click()
  await page.getByRole('option', { name: 'English' }).click()
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr')
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible()
})

test('settings persist in the data folder across a reload', async ({ page, app }) => {
  await page.goto(app.url)
  await page.keyboard.press('Alt+8')
  await page.getByRole('combobox', { name: 'Appearance' }).click()
  await page.getByRole('option', { name: 'Dark' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Settings saved.' })).toBeVisible()
  await page.reload()
  await expect(page.getByRole('combobox', { name: 'Appearance' })).toHaveText('Dark')
  await expect(page.locator('.radix-themes.dark')).toHaveCount(1)
  await expect(page.getByTestId('data-folder-path')).toHaveText(app.dataDir)
  await snap(page, 'shell-settings-dark')
})

test('the app makes no network request of its own', async ({ page, app }) => {
  const foreign: string[] = []
  page.on('request', (request) => {
    const url = new URL(request.url())
    if (url.origin !== app.origin && !['data:', 'blob:'].includes(url.protocol)) foreign.push(request.url())
  })
  await page.goto(app.url)
  for (let i = 1; i <= 8; i++) await page.keyboard.press(`Alt+${i}`)
  await page.waitForLoadState('networkidle')
  expect(foreign).toEqual([])
})

test('a page that forgot the token is refused, in words a facilitator can act on', async ({ page, app }) => {
  const response = await page.goto(app.origin + '/')
  expect(response?.status()).toBe(403)
  await expect(page.getByText(/not connected to Training Companion/)).toBeVisible()
})
