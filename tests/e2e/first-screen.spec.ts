/**
 * Issue #20 item 6: the first screen comes with the page — drawn ahead by the build for the
 * facilitator's settings (main/first-page.ts) — and the app's own render takes its place. What a
 * facilitator would notice: the screen in their language and appearance from the first frame,
 * never the library over another area, nothing clickable that does nothing, one screen after.
 */
import type { Page } from '@playwright/test'
import { appLive, test, expect, snap } from './support/fixtures'

interface Seen {
  /** each h1 as it entered the page: its text, whether it is the screen drawn ahead, whether it showed */
  headings: { text: string; drawnAhead: boolean; inert: boolean; shown: boolean }[]
  lang: string
  dir: string
}

/** Watches the page from its first byte: every h1 added, and the html's language when the body starts. */
async function watchFirstFrames(page: Page) {
  await page.addInitScript(() => {
    const seen: Seen = { headings: [], lang: '', dir: '' }
    // the parser adds a parent and then its children: one h1 can be inside several records
    const counted = new WeakSet<Element>()
    ;(window as unknown as { tcSeen: Seen }).tcSeen = seen
    new MutationObserver((records) => {
      if (document.body && !seen.lang) {
        seen.lang = document.documentElement.lang
        seen.dir = document.documentElement.dir
      }
      for (const record of records)
        for (const node of record.addedNodes) {
          if (!(node instanceof Element)) continue
          for (const h1 of [node, ...node.querySelectorAll('h1')].filter((n) => n.tagName === 'H1')) {
            if (counted.has(h1)) continue
            counted.add(h1)
            const ahead = h1.closest('[data-first-screen]')
            seen.headings.push({
              text: h1.textContent ?? '',
              drawnAhead: !!ahead,
              inert: !!ahead?.hasAttribute('inert') && ahead.getAttribute('aria-hidden') === 'true',
              shown: getComputedStyle(ahead ?? h1).display !== 'none',
            })
          }
        }
    }).observe(document, { childList: true, subtree: true })
  })
}

const seenOf = (page: Page) => page.evaluate(() => (window as unknown as { tcSeen: Seen }).tcSeen)

/** Chooses the interface's language in the settings; the page shows it once the main side has kept it. */
async function chooseLanguage(page: Page, box: string, option: string, lang: string) {
  await page.keyboard.press('Alt+8')
  await page.getByRole('combobox', { name: box }).click()
  await page.getByRole('option', { name: option }).click()
  await expect(page.locator('html')).toHaveAttribute('lang', lang)
}

test('the first screen comes with the page, inert and hidden from assistive technology, and the app takes its place with one screen', async ({
  page,
  app,
}) => {
  await watchFirstFrames(page)
  await page.goto(app.url)
  await appLive(page)
  const seen = await seenOf(page)
  expect(seen.headings[0]).toEqual({ text: 'Library', drawnAhead: true, inert: true, shown: true })
  expect(seen.headings.at(-1)).toMatchObject({ text: 'Library', drawnAhead: false })
  await expect(page.locator('[data-first-screen]')).toHaveCount(0)
  await expect(page.getByRole('navigation', { name: 'Main navigation' })).toHaveCount(1)
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1)
  await page.getByRole('link', { name: /^Glossary/ }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Glossary' })).toBeVisible()
})

test("the app's code is asked for once the drawn screen is painted, and an address in another area does not wait for it", async ({
  page,
  app,
}) => {
  /** when the head script asked for the app's code, the first paint, and the end of parsing, in the page's clock */
  const moments = () =>
    page.evaluate(() => ({
      asked: performance.getEntriesByName('tc-app-asked')[0]!.startTime,
      paint: performance.getEntriesByName('first-paint')[0]?.startTime ?? Infinity,
      parsed: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd,
      firstScript: Math.min(
        ...performance
          .getEntriesByType('resource')
          .filter((entry) => /\/assets\/[^/]+\.js$/.test(new URL(entry.name).pathname))
          .map((entry) => entry.startTime),
      ),
    }))
  await page.goto(app.url)
  const library = await moments()
  expect(library.asked).toBeGreaterThanOrEqual(library.paint)
  expect(library.firstScript).toBeGreaterThanOrEqual(library.asked)
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible()
  // another area addressed: the library drawn ahead is hidden, so the code is asked for as parsing ends
  await page.goto(`${app.origin}/#/glossary`)
  await page.reload()
  const glossary = await moments()
  expect(glossary.asked).toBeLessThanOrEqual(glossary.parsed)
  await expect(page.getByRole('heading', { level: 1, name: 'Glossary' })).toBeVisible()
})

test("in French and in Arabic the first frame is already in the facilitator's language and direction", async ({
  page,
  app,
}) => {
  await page.goto(app.url)
  await chooseLanguage(page, 'Language', 'Français', 'fr')
  await page.keyboard.press('Alt+1')
  await watchFirstFrames(page)
  await page.reload()
  await appLive(page)
  let seen = await seenOf(page)
  expect(seen.lang).toBe('fr')
  // under the "system" theme both appearances come drawn ahead, one of them shown; then the app's own
  expect(new Set(seen.headings.map((h) => h.text))).toEqual(new Set(['Bibliothèque']))
  expect(seen.headings.filter((h) => h.shown).map((h) => h.drawnAhead)).toEqual([true, false])

  await chooseLanguage(page, 'Langue', 'العربية', 'ar')
  await page.keyboard.press('Alt+1')
  await page.reload()
  await appLive(page)
  seen = await seenOf(page)
  expect([seen.lang, seen.dir]).toEqual(['ar', 'rtl'])
  expect(new Set(seen.headings.map((h) => h.text))).toEqual(new Set(['المكتبة']))
  expect(seen.headings.filter((h) => h.shown).map((h) => h.drawnAhead)).toEqual([true, false])
  await snap(page, 'first-screen-arabic')
})

test('an address in another area never shows the library drawn ahead', async ({ page, app }) => {
  await page.goto(app.url)
  await watchFirstFrames(page)
  await page.goto(`${app.origin}/#/glossary`)
  await page.reload()
  await appLive(page)
  await expect(page.getByRole('heading', { level: 1, name: 'Glossary' })).toBeVisible()
  const seen = await seenOf(page)
  expect(seen.headings.filter((h) => h.shown).map((h) => h.text)).toEqual(['Glossary'])
  expect(seen.headings.some((h) => h.drawnAhead && h.text === 'Library')).toBe(true)
})

test('with the computer in dark mode the screen drawn ahead is the dark one', async ({ page, app }) => {
  await page.emulateMedia({ colorScheme: 'dark' })
  await watchFirstFrames(page)
  await page.goto(app.url)
  await appLive(page)
  const seen = await seenOf(page)
  expect(seen.headings.filter((h) => h.drawnAhead).map((h) => h.shown)).toEqual([false, true])
  await expect(page.locator('.radix-themes.dark')).toHaveCount(1)
})

test('the screen drawn ahead looks as with the whole stylesheet, in light and dark: the page carries every rule and colour it uses', async ({
  page,
  app,
}) => {
  // the app's code held back (never answered: a failed script would put the page's failure line up)
  const holdScripts = () => page.route('**/assets/*.js', () => undefined)
  await holdScripts()
  const looks = () =>
    page.evaluate(() =>
      [...document.querySelectorAll('[data-first-screen] *')]
        .filter((element) => element.checkVisibility())
        .map((element) => {
          const box = element.getBoundingClientRect()
          const style = getComputedStyle(element)
          const paint = [
            'color',
            'backgroundColor',
            'borderTopColor',
            'boxShadow',
            'fontFamily',
            'fontWeight',
            'visibility',
          ]
            .map((name) => style[name as 'color'])
            .join(' | ')
          return `${element.tagName}.${element.className} ${box.x},${box.y} ${box.width}×${box.height} ${paint}`
        }),
    )
  for (const language of ['en', 'en-dark', 'ar']) {
    await page.emulateMedia({ colorScheme: language === 'en-dark' ? 'dark' : 'light' })
    await page.goto(app.url, { waitUntil: 'commit' })
    if (language === 'ar') {
      await page.unroute('**/assets/*.js')
      await page.goto(app.url)
      await chooseLanguage(page, 'Language', 'العربية', 'ar')
      await page.keyboard.press('Alt+1')
      await holdScripts()
      await page.reload({ waitUntil: 'commit' })
    }
    // inert, the drawn screen is not in the accessibility tree: found by its markup
    await expect(page.locator('[data-first-screen] h1:visible')).toBeVisible()
    const carried = await looks()
    expect(carried.length).toBeGreaterThan(50)
    // the whole stylesheet's preload is asked for once the drawn screen's first frame is on screen
    await page.locator('#tc-stylesheet').waitFor({ state: 'attached' })
    await page.evaluate(() => {
      ;(document.getElementById('tc-stylesheet') as HTMLLinkElement).rel = 'stylesheet'
    })
    await page.waitForFunction(() => [...document.styleSheets].some((sheet) => sheet.href?.includes('/assets/index-')))
    expect(await looks()).toEqual(carried)
    await snap(page, `first-screen-drawn-${language}`)
  }
})

test("when the app's code cannot load, the drawn screen gives way to a line that says so", async ({ page, app }) => {
  await page.goto(app.url)
  await chooseLanguage(page, 'Language', 'Français', 'fr')
  await page.keyboard.press('Alt+1')
  await page.route('**/assets/*.js', (route) => route.abort())
  await page.reload()
  await expect(page.getByRole('alert')).toHaveText(/^Training Companion n’a pas pu démarrer\. Rechargez la page/)
  await expect(page.locator('[data-first-screen] h1:visible')).toHaveCount(0)
  await snap(page, 'first-screen-start-failed')
})

test('Alt+3 pressed on the drawn screen, before the app answers, still takes the facilitator to Search', async ({
  page,
  app,
}) => {
  await page.goto(app.url)
  let release = () => {}
  const held = new Promise<void>((resolve) => (release = resolve))
  // the app's code arrives late, as on a slow laptop: only the drawn screen is there
  await page.route('**/assets/*.js', async (route) => (await held, route.continue()))
  await page.reload({ waitUntil: 'domcontentloaded' })
  await expect(page.locator('[data-first-screen] h1:visible')).toHaveText('Library')
  await page.keyboard.press('Alt+3')
  await expect(page.locator('[data-first-screen] h1:visible')).toHaveCount(0)
  release()
  await appLive(page)
  await expect(page.getByRole('heading', { level: 1, name: 'Search' })).toBeVisible()
  expect(page.url()).toMatch(/#\/search$/)
})
