/**
 * Issue #17 items 3 and 4 in browser mode: the first run's snapshot is listed; a full
 * backup downloads; a resource deleted on purpose (and then its PDF removed from the
 * data folder, as an emptied trash would) comes back with its PDF from a snapshot and
 * from the full backup, each after a preview naming what differs; the same backup
 * rebuilds the library in a fresh data folder; the data folder is shown with how to
 * move it.
 */
import { createHash } from 'node:crypto'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { test, expect, snap, waitingForTheApp } from './support/fixtures'
import { ask } from './support/records'
import { removeDataDir, startAppServer } from './support/app-server'

type Resource = { id: string; title: string; file: { sha256: string } | null }

const openSettings = async (page: Page) => {
  await page.keyboard.press('Alt+8')
  await expect(page.getByRole('heading', { name: 'Backups' })).toBeVisible()
}

async function deleteResource(page: Page, title: string) {
  await page.keyboard.press('Alt+1')
  await page.getByRole('button', { name: `Actions for ${title}` }).click()
  await page.getByRole('menuitem', { name: 'Delete' }).click()
  await expect(page.getByRole('rowheader', { name: title })).toHaveCount(0)
}

async function confirmRestore(page: Page, title: string, shot: string) {
  const dialog = page.getByRole('dialog')
  const resources = dialog.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Resources' }) })
  await expect(resources).toContainText(title)
  await expect(resources.getByRole('cell').first()).toContainText('1')
  await expect(dialog).toContainText('kept as a snapshot first')
  await snap(page, shot)
  await dialog.getByRole('button', { name: 'Restore', exact: true }).click()
  await expect(dialog).toHaveCount(0)
  await expect(page.getByRole('status').filter({ hasText: 'Restored.' })).toBeVisible()
}

const pdfHash = async (page: Page, sha: string) => {
  const bytes = await page.evaluate(async (s) => {
    const r = await fetch(`/files/${s}`)
    return r.ok ? Array.from(new Uint8Array(await r.arrayBuffer())) : null
  }, sha)
  return bytes && createHash('sha256').update(Buffer.from(bytes)).digest('hex')
}

test('backups: first-run snapshot, download, restore after a deletion with a preview, rebuild elsewhere', async ({
  page,
  app,
}) => {
  test.setTimeout(180_000)
  const work = mkdtempSync(join(tmpdir(), 'tc-e2e-backup-'))
  await page.goto(app.url)
  const target = (await ask<Resource[]>(page, 'library:list')).find((r) => r.file)!
  await openSettings(page)
  const list = page.getByRole('list', { name: 'Snapshots, newest first' })
  await expect(list.getByRole('listitem')).toHaveCount(1)
  await expect(list).toContainText('first run')
  await expect(list).toContainText('Resources:')
  await expect(page.getByTestId('data-folder-path')).toHaveText(app.dataDir)
  await expect(page.getByText('npm run serve -- --move-data-to')).toBeVisible()
  await snap(page, 'backups-settings')

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Back up now' }).click(),
  ])
  const archive = join(work, download.suggestedFilename())
  await download.saveAs(archive)
  expect(download.suggestedFilename()).toMatch(/^training-companion-backup-.*\.tar\.gz$/)

  // a snapshot brings a deleted resource back
  await deleteResource(page, target.title)
  await openSettings(page)
  await list.getByRole('button', { name: /^Restore the snapshot of / }).click()
  await confirmRestore(page, target.title, 'backups-restore-preview')
  await expect(list.getByRole('listitem')).toHaveCount(2)
  await expect(list).toContainText('before a restore')
  expect((await ask<Resource[]>(page, 'library:list')).some((r) => r.id === target.id)).toBe(true)

  // deleted again, and its PDF gone from the data folder: the full backup brings both back
  await deleteResource(page, target.title)
  const pdfPath = join(app.dataDir, 'files', `${target.file!.sha256}.pdf`)
  rmSync(pdfPath)
  expect(await pdfHash(page, target.file!.sha256)).toBeNull()
  await openSettings(page)
  await page.getByTestId('backup-input').setInputFiles(archive)
  await confirmRestore(page, target.title, 'backups-restore-full-preview')
  expect(existsSync(pdfPath)).toBe(true)
  expect(await pdfHash(page, target.file!.sha256)).toBe(target.file!.sha256)
  await page.keyboard.press('Alt+1')
  await expect(page.getByRole('rowheader', { name: target.title })).toBeVisible()

  // another machine: a fresh data folder rebuilt from the same download
  const other = await startAppServer()
  const page2 = waitingForTheApp(await page.context().browser()!.newPage())
  try {
    await page2.goto(other.url)
    await openSettings(page2)
    await page2.getByTestId('backup-input').setInputFiles(archive)
    await expect(page2.getByRole('dialog')).toContainText('Made ')
    await page2.getByRole('dialog').getByRole('button', { name: 'Restore', exact: true }).click()
    await expect(page2.getByRole('status').filter({ hasText: 'Restored.' })).toBeVisible()
    const ids = async (p: Page, channel: string) => (await ask<{ id: string }[]>(p, channel)).map((r) => r.id).sort()
    expect(await ids(page2, 'library:list')).toEqual(await ids(page, 'library:list'))
    expect(await ids(page2, 'glossary:list')).toEqual(await ids(page, 'glossary:list'))
    expect(await pdfHash(page2, target.file!.sha256)).toBe(target.file!.sha256)
    const ours = readFileSync(join(other.dataDir, 'files', `${target.file!.sha256}.pdf`))
    expect(createHash('sha256').update(ours).digest('hex')).toBe(target.file!.sha256)
    await snap(page2, 'backups-rebuilt-elsewhere')
  } finally {
    await page2.close()
    await other.stop()
    removeDataDir(other.dataDir)
    rmSync(work, { recursive: true, force: true })
  }
})

test('backups and the data folder by keyboard, and in Arabic', async ({ page, app }) => {
  await page.goto(app.url)
  await openSettings(page)
  const restore = page.getByRole('button', { name: /^Restore the snapshot of / })
  await restore.focus()
  await page.keyboard.press('Enter')
  const dialog = page.getByRole('dialog')
  await expect(dialog).toContainText('It holds exactly what your library holds now.')
  await page.keyboard.press('Escape')
  await expect(dialog).toHaveCount(0)
  await page.getByRole('button', { name: 'Take a snapshot now' }).focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('list', { name: 'Snapshots, newest first' })).toContainText('taken by hand')
  await page.getByRole('heading', { name: 'Data folder', exact: true }).scrollIntoViewIfNeeded()
  await snap(page, 'data-folder-panel')

  await ask(page, 'settings:set', { language: 'ar' })
  await page.reload()
  await page.keyboard.press('Alt+8')
  await expect(page.getByRole('heading', { name: 'النسخ الاحتياطية' })).toBeVisible()
  await expect(page.getByRole('list', { name: 'اللقطات، الأحدث أولًا' })).toContainText('التشغيل الأول')
  await page.getByRole('heading', { name: 'النسخ الاحتياطية' }).scrollIntoViewIfNeeded()
  await snap(page, 'backups-arabic')
})
