/**
 * Issue #21 items 1 and 3: the facilitator shares a workshop with participants; a phone
 * (a second browser context, 390×844, without the facilitator's cookie) opens the page on a
 * separate address — 127.0.0.2, offered in the network list because the server was started
 * with TC_SHARE_EXTRA_ADDRESSES=127.0.0.2 (tests only; Linux routes 127.0.0.0/8 to lo) — and
 * sees the block change when the facilitator starts the next one. Every route of the app's
 * own server is refused there. Screenshots of the phone in English and Arabic land in
 * test-results/screenshots/participant-share-*.png.
 */
import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { channels } from '../../src/shared/contract'
import { test, expect, snap, screenshotDir } from './support/fixtures'
import { removeDataDir, startAppServer, type AppServer } from './support/app-server'
import { ask } from './support/records'

const PHONE = { width: 390, height: 844 }

async function seriousViolations(page: Page, where: string): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze()
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${where} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)
}

async function workshopToShare(page: Page) {
  const w = await ask<{ id: string }>(page, 'workshops:create', { title: 'Coordination course, Mopti' })
  const [scenario] = await ask<{ id: string; phases: { injects: { id: string }[] }[] }[]>(page, 'scenarios:list')
  await ask(page, 'workshops:editList', {
    id: w.id,
    list: 'participants',
    ops: [
      {
        op: 'add',
        item: {
          id: 'p1',
          name: 'Amina Diallo',
          organisation: 'Org',
          sector: 'police',
          gender: 'female',
          consent: true,
        },
      },
    ],
  })
  const block = (id: string, title: string, kind = 'input', scenarioId: string | null = null) => ({
    ...{ id, day: 1, kind, title, minutes: 30, facilitators: [], links: [], actualStart: null, actualEnd: null },
    ...{ extendedBy: 0, scenarioId, pauses: [], methodId: null },
  })
  await ask(page, 'workshops:editList', {
    id: w.id,
    list: 'agenda',
    ops: [
      { op: 'add', item: block('b1', 'Welcome from Amina Diallo') },
      { op: 'add', item: block('b2', 'Flood response exercise', 'scenario', scenario!.id) },
      { op: 'add', item: block('b3', 'Lessons learned') },
    ],
  })
  await ask(page, 'workshops:run', { id: w.id, action: 'start', blockId: 'b1' })
  await ask(page, 'workshops:addNote', { id: w.id, kind: 'observation', text: 'SECRET-NOTE Amina was late' })
  await ask(page, 'scenarios:run', { id: scenario!.id, action: 'start' })
  const inject = scenario!.phases[0]!.injects[0]!
  await ask(page, 'scenarios:run', { id: scenario!.id, action: 'release', injectId: inject.id, by: 'hand' })
  return w.id
}

let server: AppServer

test.beforeEach(async () => {
  process.env.TC_SHARE_EXTRA_ADDRESSES = '127.0.0.2'
  try {
    server = await startAppServer()
  } finally {
    delete process.env.TC_SHARE_EXTRA_ADDRESSES
  }
})

test.afterEach(async () => {
  await server.stop()
  removeDataDir(server.dataDir)
})

test('a phone on another address follows the workshop; nothing of the app is reachable there', async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000)
  await page.goto(server.url)
  const id = await workshopToShare(page)
  const library = await ask<{ id: string; title: string; file: { sha256: string } | null }[]>(page, 'library:list')
  const pdfs = library.filter((r) => r.file)
  const handout = pdfs.find((r) => r.title === "Facilitator's quick guide")!
  const other = pdfs.find((r) => r.id !== handout.id)!

  await page.evaluate((wid) => (window.location.hash = `#/workshops/${wid}/run`), id)
  const panel = page.getByRole('region', { name: 'Share with participants' })
  await expect(panel.getByText('Only this computer', { exact: false })).toHaveCount(0)
  await panel.getByRole('combobox', { name: 'Network' }).click()
  await page.getByRole('option', { name: /127\.0\.0\.2/ }).click()
  await expect(panel.getByText('Only this computer can open the page on this address.')).toBeVisible()
  await panel.getByRole('textbox', { name: "Filter the library's PDFs" }).fill('quick guide')
  await panel.getByRole('checkbox', { name: "Facilitator's quick guide" }).click()
  await panel.getByRole('button', { name: 'Start sharing' }).click()
  const code = (await panel.getByTestId('share-code').textContent())!
  const base = (await panel.getByTestId('share-url').textContent())!
  expect(code).toMatch(/^[A-HJKMNP-Z2-9]{6}$/)
  expect(base).toMatch(/^http:\/\/127\.0\.0\.2:\d+\/$/)
  await expect(panel.getByRole('img', { name: `QR code of ${base}?code=${code}` })).toBeVisible()
  const indicator = page.getByRole('navigation').getByRole('status').filter({ hasText: 'Sharing with participants' })
  await expect(indicator).toContainText(code)
  await snap(page, 'participant-share-facilitator-en')
  expect(await seriousViolations(page, 'run tab, sharing')).toEqual([])

  const phone = await browser.newContext({ viewport: PHONE, hasTouch: true, isMobile: true })
  const p = await phone.newPage()
  const wrong = await p.goto(`${base}?code=${code === 'AAAAAA' ? 'BBBBBB' : 'AAAAAA'}`)
  expect(wrong!.status()).toBe(403)
  await expect(p.getByRole('alert')).toHaveText('That code is not right. Check it and try again.')
  await snap(p, 'participant-share-join-en')
  await p.getByRole('textbox', { name: 'Code' }).fill(code.toLowerCase())
  await p.getByRole('button', { name: 'Join' }).click()
  await expect(p).toHaveURL(base)
  await expect(p.locator('#now-title')).toHaveText('Welcome from [participant]')
  await expect(p.locator('#next-title')).toHaveText('Flood response exercise')
  await expect(p.getByRole('timer', { name: 'Time left' })).toHaveText(/^(29|30):\d\d$/)
  await expect(p.getByRole('link', { name: "Download: Facilitator's quick guide" })).toBeVisible()
  expect((await p.context().cookies()).map((c) => c.name)).toEqual([expect.stringMatching(/^tc_share_\d+$/)])

  // the facilitator starts the next block: the phone shows it within a second
  await page.getByRole('button', { name: 'Start next block' }).click()
  await expect(p.locator('#now-title')).toHaveText('Flood response exercise', { timeout: 1000 })
  await expect(p.locator('#injects li')).toHaveCount(1, { timeout: 1000 })
  await expect(p.locator('#status')).toHaveText('Live')
  await snap(p, 'participant-share-en')
  await p.screenshot({ path: `${screenshotDir}/participant-share-en-full.png`, fullPage: true })
  expect(await seriousViolations(p, 'participant page')).toEqual([])
  const body = (await p.locator('body').textContent())!
  for (const secret of ['Amina', 'Diallo', 'SECRET-NOTE']) expect(body).not.toContain(secret)

  // nothing of the app's own server is reachable through the share, with the share's cookie
  const refused: string[] = []
  const origin = new URL(base).origin
  const tokenQuery = new URL(server.url).search
  const paths = [
    ...channels.map((c) => `/api/${encodeURIComponent(c)}`),
    `/files/${handout.file!.sha256}`,
    `/files/${other.file!.sha256}.pdf`,
    ...['/upload', '/backup', '/events', `/bundle/${'a'.repeat(32)}`, '/index.html', '/pdfjs/'],
    `/handouts/${other.id}`,
  ]
  // each as the app's server takes it (the API by POST, the rest by GET); a 429 from the
  // share's rate limit is waited out and asked again, so each route's own answer is seen
  let limited = 0
  const patiently = async (method: 'get' | 'post', url: string) => {
    let answer = await p.request[method](url)
    while (answer.status() === 429) {
      limited++
      await p.waitForTimeout(Number(answer.headers()['retry-after'] ?? 1) * 1000)
      answer = await p.request[method](url)
    }
    return answer
  }
  for (const path of paths) {
    const method = path.startsWith('/api/') ? 'post' : 'get'
    const answer = await patiently(method, origin + path)
    if (![403, 404].includes(answer.status())) refused.push(`${method} ${path}: ${answer.status()}`)
  }
  expect(refused).toEqual([])
  expect(limited).toBeGreaterThan(0)
  // the bucket may still be empty after that loop (the page's own live requests share it)
  const withToken = await patiently('get', `${origin}/${tokenQuery}`)
  expect(await withToken.text()).not.toContain('/assets/')
  const pdf = await patiently('get', `${origin}/handouts/${handout.id}`)
  expect(pdf.status()).toBe(200)
  expect(pdf.headers()['content-type']).toBe('application/pdf')
  // and the phone cannot use the app's server either: it has no token
  expect((await p.request.post(`${server.origin}/api/workshops:list`)).status()).toBe(403)

  // the facilitator's language reaches the phone as it changes
  await ask(page, 'settings:set', { language: 'ar' })
  await expect(p.locator('html')).toHaveAttribute('dir', 'rtl', { timeout: 1000 })
  await expect(p.locator('#now-label')).toHaveText('الآن')
  await snap(p, 'participant-share-ar')
  await p.screenshot({ path: `${screenshotDir}/participant-share-ar-full.png`, fullPage: true })
  expect(await seriousViolations(p, 'participant page, ar')).toEqual([])
  await p.goto(`${base}?code=AAAAAB`)
  await snap(p, 'participant-share-join-ar')
  await p.goto(base)
  await page.reload()
  await expect(page.getByRole('region', { name: 'المشاركة مع المشاركين' })).toBeVisible()
  await snap(page, 'participant-share-facilitator-ar')
  expect(await seriousViolations(page, 'run tab, sharing, ar')).toEqual([])

  // Stop in the sidebar: the share's address answers no more
  await ask(page, 'settings:set', { language: 'en' })
  // the phone has the English words before the share stops (it keeps the last ones it was sent)
  await expect(p.locator('html')).toHaveAttribute('dir', 'ltr')
  await expect(p.locator('#now-label')).toHaveText('Now')
  await page.reload()
  await page.getByRole('navigation').getByRole('button', { name: 'Stop sharing' }).click()
  await expect(indicator).toHaveCount(0)
  await expect(p.locator('#status')).toHaveText('Reconnecting…')
  await expect(p.request.get(`${origin}/now.json`)).rejects.toThrow()
  await phone.close()
})

test('the workshop page opens the share in a dialog that passes axe', async ({ page }) => {
  await page.goto(server.url)
  const id = await workshopToShare(page)
  await page.evaluate((wid) => (window.location.hash = `#/workshops/${wid}/details`), id)
  await page.getByRole('button', { name: 'Share with participants' }).click()
  const dialog = page.getByRole('dialog', { name: 'Share with participants' })
  await expect(dialog.getByRole('button', { name: 'Start sharing' })).toBeVisible()
  expect(await seriousViolations(page, 'share dialog')).toEqual([])
  // never the machine's own network in a test: loopback only
  await dialog.getByRole('combobox', { name: 'Network' }).click()
  await page.getByRole('option', { name: /127\.0\.0\.2/ }).click()
  await dialog.getByRole('button', { name: 'Start sharing' }).click()
  await expect(dialog.getByTestId('share-code')).toBeVisible()
  expect(await seriousViolations(page, 'share dialog, sharing')).toEqual([])
  await page.keyboard.press('Escape')
  await expect(page.getByRole('button', { name: 'Share with participants' })).toBeFocused()
  await expect(page.getByText('Sharing with participants').first()).toBeVisible()
})

test('a phone the share turned away once (429 on its live stream) follows the workshop again by itself', async ({
  page,
  browser,
}) => {
  await page.goto(server.url)
  const id = await workshopToShare(page)
  await page.evaluate((wid) => (window.location.hash = `#/workshops/${wid}/run`), id)
  const panel = page.getByRole('region', { name: 'Share with participants' })
  await panel.getByRole('combobox', { name: 'Network' }).click()
  await page.getByRole('option', { name: /127\.0\.0\.2/ }).click()
  await panel.getByRole('button', { name: 'Start sharing' }).click()
  const code = (await panel.getByTestId('share-code').textContent())!
  const base = (await panel.getByTestId('share-url').textContent())!

  const phone = await browser.newContext({ viewport: PHONE, hasTouch: true, isMobile: true })
  const p = await phone.newPage()
  let refused = 0
  await p.route('**/live', async (route) => {
    if (refused++ > 0) return route.continue()
    await route.fulfill({ status: 429, headers: { 'Retry-After': '1' }, body: 'Too many requests' })
  })
  await p.goto(`${base}?code=${code}`)
  await expect(p.locator('#now-title')).toHaveText('Welcome from [participant]')
  await expect.poll(() => refused).toBeGreaterThan(1)
  await page.getByRole('button', { name: 'Start next block' }).click()
  await expect(p.locator('#now-title')).toHaveText('Flood response exercise', { timeout: 2000 })
  await expect(p.locator('#status')).toHaveText('Live')
  await phone.close()
})
