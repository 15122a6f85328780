/**
 * The access token stays with its server: it leaves the address bar after the first
 * load, two copies on two ports work side by side in one browser, and a server on
 * another loopback port never receives it from the app's pages. It outlives the browser
 * (closing the last tab quits it) for as long as its server runs.
 */
import { createServer, type IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from '@playwright/test'
import { test, expect, waitingForTheApp } from './support/fixtures'
import { removeDataDir, startAppServer } from './support/app-server'
import { chromiumLaunchOptions } from './support/chromium'

test('two copies on two ports in one browser, the token out of the address bar, nothing sent elsewhere', async ({
  page,
  context,
  app,
}) => {
  test.setTimeout(240_000)
  const spied: { url: string; cookie: string }[] = []
  const spy = createServer((req: IncomingMessage, res) => {
    spied.push({ url: req.url ?? '', cookie: req.headers.cookie ?? '' })
    res.end('spy')
  })
  await new Promise<void>((resolve) => spy.listen(0, '127.0.0.1', resolve))
  const spyPort = (spy.address() as AddressInfo).port
  const other = await startAppServer()
  try {
    await page.goto(app.url)
    await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible()
    expect(page.url()).not.toContain('token')

    const second = await context.newPage()
    await second.goto(other.url)
    await expect(second.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible()
    expect(second.url()).not.toContain('token')

    for (const tab of [page, second]) {
      await tab
        .getByRole('navigation')
        .getByRole('link', { name: /^Glossary/ })
        .click()
      await expect(tab.getByRole('heading', { level: 1, name: 'Glossary' })).toBeVisible()
      await tab.reload()
      await expect(tab.getByRole('heading', { level: 1, name: 'Glossary' })).toBeVisible()
    }
    const names = (await context.cookies()).map((c) => c.name).sort()
    expect(names).toEqual([`tc_token_${new URL(app.url).port}`, `tc_token_${new URL(other.url).port}`].sort())

    // A page of the app that tries to reach another loopback port is stopped by its own policy.
    await page.evaluate(async (port) => {
      await fetch(`http://127.0.0.1:${port}/steal`, { credentials: 'include' }).catch(() => undefined)
      const img = new Image()
      img.src = `http://127.0.0.1:${port}/pixel`
    }, spyPort)
    await page.waitForTimeout(500)
    expect(spied).toEqual([])
  } finally {
    await other.stop()
    removeDataDir(other.dataDir)
    spy.close()
  }
})

test('the browser closed and opened again still reaches the app at its plain address, while the server runs', async ({
  app,
}) => {
  const profile = mkdtempSync(join(tmpdir(), 'tc-profile-'))
  try {
    const first = await chromium.launchPersistentContext(profile, chromiumLaunchOptions())
    const page = waitingForTheApp(first.pages()[0] ?? (await first.newPage()))
    await page.goto(app.url)
    await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible()
    await first.close()

    const again = await chromium.launchPersistentContext(profile, chromiumLaunchOptions())
    const reopened = waitingForTheApp(again.pages()[0] ?? (await again.newPage()))
    await reopened.goto(app.origin + '/')
    await expect(reopened.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible()
    await again.close()
  } finally {
    rmSync(profile, { recursive: true, force: true })
  }
})
