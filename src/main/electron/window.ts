/**
 * The desktop window with DESIGN.md rule 8's defaults: isolated, sandboxed, no
 * Node in the page, no new windows, navigation pinned to the app, permissions
 * denied, and only http(s) links handed to the system browser.
 */
import { BrowserWindow, shell, type Session } from 'electron'
import { APP_ORIGIN, decideUrl, isLocalRequest, isPresenterUrl } from '@shared/url-policy'

export function lockDownSession(session: Session): void {
  session.setPermissionRequestHandler((_wc, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
  session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isLocalRequest(details.url) }))
}

const secureWebPreferences = (preload: string) => ({
  preload,
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  spellcheck: true,
})

export function createMainWindow(preloadPath: string): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Training Companion',
    webPreferences: secureWebPreferences(preloadPath),
  })
  win.webContents.setWindowOpenHandler(({ url }) => {
    if (isPresenterUrl(url))
      return {
        action: 'allow',
        overrideBrowserWindowOptions: { title: 'Presenter', webPreferences: secureWebPreferences(preloadPath) },
      }
    if (decideUrl(url) === 'open-external') void shell.openExternal(url)
    return { action: 'deny' }
  })
  win.webContents.on('will-navigate', (event, url) => {
    const decision = decideUrl(url)
    if (decision === 'stay') return
    event.preventDefault()
    if (decision === 'open-external') void shell.openExternal(url)
  })
  win.webContents.on('will-attach-webview', (event) => event.preventDefault())
  win.once('ready-to-show', () => win.show())
  void win.loadURL(`${APP_ORIGIN}/index.html`)
  return win
}
