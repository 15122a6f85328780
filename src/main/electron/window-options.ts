/**
 * Every desktop window — the main one and the presenter the facilitator opens for the
 * room — is built from one options function and answers window-open requests through
 * one decision, so no window is ever less locked down than another. Pure, so it is
 * tested without the Electron binary; window.ts applies it.
 */
import { decideUrl, isPresenterUrl } from '@shared/url-policy'

export type WindowKind = 'main' | 'presenter'

export const secureWebPreferences = (preload: string) =>
  ({
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    enableBlinkFeatures: '',
    disableBlinkFeatures: 'Auxclick',
    webviewTag: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: true,
  }) as const

export function windowOptions(kind: WindowKind, preload: string) {
  const size =
    kind === 'main' ? { width: 1280, height: 820, minWidth: 900, minHeight: 600 } : { width: 1024, height: 700 }
  return {
    ...size,
    show: false,
    title: kind === 'main' ? 'Training Companion' : 'Presenter',
    autoHideMenuBar: kind === 'presenter',
    webPreferences: secureWebPreferences(preload),
  }
}

export type OpenDecision =
  | { action: 'allow'; overrideBrowserWindowOptions: ReturnType<typeof windowOptions> }
  | { action: 'deny'; external?: string }

/** window.open from any app window: the presenter view opens as a locked-down window; http(s) goes to the browser. */
export function decideWindowOpen(url: string, preload: string): OpenDecision {
  if (isPresenterUrl(url)) return { action: 'allow', overrideBrowserWindowOptions: windowOptions('presenter', preload) }
  return decideUrl(url) === 'open-external' ? { action: 'deny', external: url } : { action: 'deny' }
}

export type NavigateDecision = { allow: true } | { allow: false; external?: string }

/** A page may only move within the app; an http(s) link leaves for the system browser. */
export function decideNavigation(url: string): NavigateDecision {
  const decision = decideUrl(url)
  if (decision === 'stay') return { allow: true }
  return decision === 'open-external' ? { allow: false, external: url } : { allow: false }
}
