/**
 * The desktop windows with DESIGN.md rule 8's defaults: isolated, sandboxed, no Node in
 * the page, navigation pinned to the app, permissions denied, only http(s) links handed
 * to the system browser. The guards go on every web contents the app creates (the
 * presenter window included), from the decisions in window-options.ts.
 */
import { BrowserWindow, shell, type Session, type WebContents } from 'electron'
import { APP_ORIGIN, isLocalRequest } from '@shared/url-policy'
import { decideNavigation, decideWindowOpen, windowOptions } from './window-options'

export function lockDownSession(session: Session): void {
  session.setPermissionRequestHandler((_wc, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
  session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isLocalRequest(details.url) }))
}

export function guardContents(contents: WebContents, preload: string): void {
  contents.setWindowOpenHandler(({ url }) => {
    const decision = decideWindowOpen(url, preload)
    if (decision.action === 'allow') return decision
    if (decision.external) void shell.openExternal(decision.external)
    return { action: 'deny' }
  })
  const onNavigate = (event: { preventDefault(): void }, url: string) => {
    const decision = decideNavigation(url)
    if (decision.allow) return
    event.preventDefault()
    if (decision.external) void shell.openExternal(decision.external)
  }
  contents.on('will-navigate', onNavigate)
  contents.on('will-redirect', onNavigate)
  contents.on('will-attach-webview', (event) => event.preventDefault())
}

export function createMainWindow(preloadPath: string): BrowserWindow {
  const win = new BrowserWindow(windowOptions('main', preloadPath))
  win.once('ready-to-show', () => win.show())
  void win.loadURL(`${APP_ORIGIN}/index.html`)
  return win
}
