/**
 * The desktop entry under Playwright's Electron launcher. It runs wherever the
 * Electron binary is installed; where it is not (offline installs, this build
 * machine) the test reports itself skipped with the reason.
 */
import { _electron as electron, expect, test } from '@playwright/test'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { projectRoot } from '../support/app-server'
import { electronBinary } from '../../../scripts/lib.mjs'

const binary = electronBinary() as string | null

test('the desktop app opens the shell securely', async () => {
  test.skip(
    !binary,
    'Electron binary not installed (node_modules/electron/path.txt missing): it cannot be downloaded here',
  )
  const dataDir = mkdtempSync(join(tmpdir(), 'tc-electron-'))
  const app = await electron.launch({ executablePath: binary!, args: [projectRoot, '--data', dataDir] })
  const window = await app.firstWindow()
  await expect(window.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible()
  expect(window.url()).toMatch(/^app:\/\/renderer\//)
  const prefs = await app.evaluate(({ BrowserWindow }) => {
    const wc = BrowserWindow.getAllWindows()[0]!.webContents
    return { url: wc.getURL(), nodeIntegration: typeof (globalThis as { require?: unknown }).require }
  })
  expect(prefs.url).toMatch(/^app:\/\/renderer\//)
  expect(await window.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined')
  expect(await window.evaluate(() => Object.keys((window as unknown as { tc: object }).tc).length)).toBeGreaterThan(3)
  await window.screenshot({ path: join(projectRoot, 'test-results', 'screenshots', 'electron-shell.png') })
  await app.close()
})
