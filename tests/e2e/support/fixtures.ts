import { test as base, type Page } from '@playwright/test'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { projectRoot, removeDataDir, startAppServer, type AppServer } from './app-server'

export const screenshotDir = join(projectRoot, 'test-results', 'screenshots')

export async function snap(page: Page, name: string): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true })
  await page.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage: false })
}

/**
 * The app's code is asked for once the first screen drawn ahead is painted (before-first-frame.js),
 * which is after the page's load event: a navigation to the app is done, as a facilitator meets it,
 * when the app's own render has replaced that screen (main.tsx's mark) or the page has said it could
 * not start. Other pages (a participant's share page) and navigations that ask for less than the
 * load event are left as Playwright has them.
 */
/** The app's own render has replaced the screen drawn ahead (main.tsx's mark): it answers from then on. */
export const appLive = (page: Page) => page.waitForFunction(() => performance.getEntriesByName('tc-live').length > 0)

const ANSWER_WITHIN_MS = 30_000

async function untilAppAnswers(page: Page, waitUntil: string | undefined) {
  if (waitUntil !== undefined && waitUntil !== 'load') return
  await page
    .waitForFunction(
      () =>
        !document.getElementById('tc-app-assets') ||
        performance.getEntriesByName('tc-live').length > 0 ||
        document.getElementById('tc-start-failed') !== null,
      undefined,
      { timeout: ANSWER_WITHIN_MS },
    )
    .catch(() => {
      throw new Error(`the app did not answer within ${ANSWER_WITHIN_MS / 1000} s of opening ${page.url()}`)
    })
}

const answering = new WeakSet<Page>()

/** The page's goto and reload wait until the app answers (above); every page of a test's context gets it, others ask for it. */
export function waitingForTheApp(page: Page): Page {
  if (answering.has(page)) return page
  answering.add(page)
  const goto = page.goto.bind(page)
  const reload = page.reload.bind(page)
  page.goto = async (url, options) => {
    const response = await goto(url, options)
    await untilAppAnswers(page, options?.waitUntil)
    return response
  }
  page.reload = async (options) => {
    const response = await reload(options)
    await untilAppAnswers(page, options?.waitUntil)
    return response
  }
  return page
}

export const test = base.extend<{ app: AppServer; pageErrors: string[] }>({
  context: async ({ context }, use) => {
    context.on('page', waitingForTheApp)
    await use(context)
  },
  page: async ({ page }, use) => {
    await use(waitingForTheApp(page))
  },
  pageErrors: [
    async ({ page }, use) => {
      const errors: string[] = []
      page.on('pageerror', (error) => {
        errors.push(error.stack ?? error.message)
        console.log(`[page error] ${error.stack ?? error.message}`)
      })
      await use(errors)
    },
    { auto: true },
  ],
  // eslint-disable-next-line no-empty-pattern
  app: async ({}, use) => {
    const server = await startAppServer()
    await use(server)
    await server.stop()
    removeDataDir(server.dataDir)
  },
})

export { expect } from '@playwright/test'
