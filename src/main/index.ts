/**
 * The Electron entry, kept thin: everything it does beyond wiring Electron's
 * objects lives in code that browser mode shares and tests exercise.
 */
import { app, dialog, ipcMain, protocol, session } from 'electron'
import { existsSync, readFileSync } from 'node:fs'
import { homedir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { firstPageParts } from './first-page'
import { APP_SCHEME, LIBRARY_SCHEME } from '@shared/url-policy'
import { EVENT_CHANNEL } from '@shared/contract'
import { startCore, type Core } from './core'
import { appDirOf, locationFile, resolveDataDir } from './paths'
import { dataDirArgs } from './services/data-folder/relaunch'
import { registerDropChannel, registerIpc } from './electron/ipc'
import { trackingPictures } from './services/reader/pictures-first'
import {
  appRequestPath,
  fileResponse,
  isPageRequest,
  libraryRequestPath,
  pageResponse,
  privilegedSchemes,
} from './electron/protocols'
import { createMainWindow, guardContents, lockDownSession } from './electron/window'

const here = dirname(fileURLToPath(import.meta.url))
const preloadPath = join(here, '..', 'preload', 'index.cjs')
protocol.registerSchemesAsPrivileged(privilegedSchemes)

// --data, TC_DATA_DIR, portable mode (README), a folder the data was moved to, or userData
const where = resolveDataDir({
  argv: process.argv,
  env: process.env,
  platform: process.platform,
  home: homedir(),
  appDir: appDirOf(process.platform, process.execPath, process.env),
  exists: existsSync,
  readText: (path) => (existsSync(path) ? readFileSync(path, 'utf8') : undefined),
})
const dataDir = where.mode === 'default' ? app.getPath('userData') : where.dir

const folderTitles = {
  backup: 'Choose where to put the backup',
  restore: 'Choose a backup folder to restore',
  move: 'Choose an empty folder for the data',
  team: 'Choose the team folder (kept in step by Syncthing, a network share or a cloud drive)',
} as const

async function pickFolder(purpose: keyof typeof folderTitles): Promise<string | undefined> {
  const result = await dialog.showOpenDialog({
    title: folderTitles[purpose],
    properties: ['openDirectory', 'createDirectory'],
  })
  return result.canceled ? undefined : result.filePaths[0]
}

/** After a move: start again on the new folder (app.exit skips will-quit, whose close would wait on the held store). */
function switchTo(newDir: string): void {
  setTimeout(() => {
    app.relaunch({ args: dataDirArgs(process.argv.slice(1), newDir, where.mode) })
    app.exit(0)
  }, 1500)
}

async function pickPdfFiles(): Promise<string[]> {
  const result = await dialog.showOpenDialog({
    title: 'Import PDFs',
    properties: ['openFile', 'multiSelections'],
    filters: [{ name: 'PDF documents', extensions: ['pdf'] }],
  })
  return result.canceled ? [] : result.filePaths
}

const bundleDialogs = {
  async open() {
    const zip = [{ name: 'Training Companion bundle', extensions: ['zip'] }]
    const result = await dialog.showOpenDialog({ title: 'Import a bundle', properties: ['openFile'], filters: zip })
    return result.canceled ? null : (result.filePaths[0] ?? null)
  },
  async save(suggestedName: string) {
    const zip = [{ name: 'Training Companion bundle', extensions: ['zip'] }]
    const result = await dialog.showSaveDialog({ title: 'Save the bundle', defaultPath: suggestedName, filters: zip })
    return result.canceled ? null : (result.filePath ?? null)
  },
}

async function start(): Promise<Core> {
  const resourcesDir = app.isPackaged ? join(process.resourcesPath, 'resources') : join(app.getAppPath(), 'resources')
  const core = await startCore({
    dataDir,
    resourcesDir,
    workerPath: join(here, 'extract-worker.js'),
    pictureWorkerPath: join(here, 'picture-worker.js'),
    host: 'desktop',
    version: app.getVersion(),
    pickFiles: pickPdfFiles,
    pickFolder,
    dataFolder: { mode: where.mode, locationFile: locationFile(process.platform, process.env, homedir()), switchTo },
    bundleDialogs,
  })
  const rendererDir = join(here, '..', 'renderer')
  const pageParts = firstPageParts(rendererDir)
  protocol.handle(APP_SCHEME, (req) =>
    isPageRequest(req.url)
      ? pageResponse(pageParts(), core.store.read().settings)
      : fileResponse(appRequestPath(rendererDir, req.url), req.headers.get('range')),
  )
  protocol.handle(LIBRARY_SCHEME, async (req) => {
    await core.picturesFirst.before()
    return fileResponse(libraryRequestPath(core.paths.files, req.url), req.headers.get('range'))
  })
  lockDownSession(session.defaultSession)
  registerIpc(ipcMain, trackingPictures(core.dispatch, core.picturesFirst))
  registerDropChannel(ipcMain, core.picked)
  const win = createMainWindow(preloadPath)
  core.events.subscribe((event) => {
    if (!win.isDestroyed()) win.webContents.send(EVENT_CHANNEL, event)
  })
  return core
}

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  // every web contents the app makes (main window, presenter window) gets the same guards
  app.on('web-contents-created', (_event, contents) => guardContents(contents, preloadPath))
  app
    .whenReady()
    .then(start)
    .then((core) => {
      app.on('window-all-closed', () => app.quit())
      // a save sent as the window closed is written before the process ends
      let closed = false
      app.on('will-quit', (event) => {
        if (closed) return
        event.preventDefault()
        void core.close().finally(() => {
          closed = true
          app.quit()
        })
      })
    })
    .catch((error: unknown) => {
      dialog.showErrorBox('Training Companion could not start', error instanceof Error ? error.message : String(error))
      app.exit(1)
    })
}
