import { test as base, type Page } from '@playwright/test'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { projectRoot, removeDataDir, startAppServer, type AppServer } from './app-server'

export const screenshotDir = join(projectRoot, 'test-results', 'screenshots')

export async function snap(page: Page, name: string): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true })
  await page.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage: false })
}

export const test = base.extend<{ app: AppServer; pageErrors: string[] }>({
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
