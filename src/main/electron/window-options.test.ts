import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { projectRoot } from '../testing/temp-dir'
import { decideNavigation, decideWindowOpen, windowOptions } from './window-options'

const preload = '/app/out/preload/index.cjs'

describe('every desktop window is locked down the same way', () => {
  for (const kind of ['main', 'presenter'] as const)
    it(`the ${kind} window: isolated, sandboxed, no Node, no webview, the app's preload`, () => {
      const { webPreferences } = windowOptions(kind, preload)
      expect(webPreferences).toMatchObject({
        preload,
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        webviewTag: false,
        navigateOnDragDrop: false,
      })
    })

  it('window.open: the presenter view opens locked down; http(s) goes to the system browser; the rest is refused', () => {
    const presenter = decideWindowOpen('app://renderer/index.html#/present/s1', preload)
    expect(presenter).toEqual({ action: 'allow', overrideBrowserWindowOptions: windowOptions('presenter', preload) })
    expect(decideWindowOpen('https://www.un.org/humansecurity', preload)).toEqual({
      action: 'deny',
      external: 'https://www.un.org/humansecurity',
    })
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'app://renderer/index.html#/library', 'ms-msdt:x'])
      expect(decideWindowOpen(url, preload)).toEqual({ action: 'deny' })
  })

  it('navigation stays in the app; links leave for the browser; file:, javascript: and custom schemes go nowhere', () => {
    expect(decideNavigation('app://renderer/index.html#/reader/r1')).toEqual({ allow: true })
    expect(decideNavigation('http://example.org/')).toEqual({ allow: false, external: 'http://example.org/' })
    for (const url of ['file:///C:/Windows/win.ini', 'javascript:void 0', 'library://files/x', 'smb://host/share'])
      expect(decideNavigation(url)).toEqual({ allow: false })
  })
})

describe('packaging', () => {
  it("flips Electron's fuses in the packaged binary", () => {
    const yml = readFileSync(join(projectRoot, 'electron-builder.yml'), 'utf8')
    const block = /^electronFuses:\n((?: {2}\w+: \w+\n?)+)/m.exec(yml)?.[1] ?? ''
    const fuses = Object.fromEntries(
      block
        .trim()
        .split('\n')
        .map((line) => line.trim().split(/:\s*/)),
    )
    expect(fuses).toEqual({
      runAsNode: 'false',
      enableCookieEncryption: 'true',
      enableNodeOptionsEnvironmentVariable: 'false',
      enableNodeCliInspectArguments: 'false',
      enableEmbeddedAsarIntegrityValidation: 'true',
      onlyLoadAppFromAsar: 'true',
      loadBrowserProcessSpecificV8Snapshot: 'false',
      grantFileProtocolExtraPrivileges: 'false',
    })
    expect(yml).toMatch(/^asar: true$/m)
  })
})
