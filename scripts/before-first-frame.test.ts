import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { runInNewContext } from 'node:vm'
import { describe, expect, it } from 'vitest'

const script = readFileSync(join(import.meta.dirname, '../src/renderer/public/before-first-frame.js'), 'utf8')

/** Runs the page's head script against an address and a browser, and answers the attributes it left on <html>. */
function run(hash: string, userAgent: string): Record<string, string> {
  const attributes: Record<string, string> = {}
  const documentElement = { setAttribute: (name: string, value: string) => (attributes[name] = value) }
  runInNewContext(script, { window: { location: { hash } }, document: { documentElement }, navigator: { userAgent } })
  return attributes
}

const agents = {
  linux: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36',
  electronLinux:
    'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) training-companion/0.1.0 Chrome/142.0.0.0 Electron/39.0.0 Safari/537.36',
  windows:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36',
  mac: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36',
  android:
    'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Mobile Safari/537.36',
}

describe('the page before its first frame', () => {
  it.each(['', '#', '#/', '#/library', '#/library/'])('keeps the library drawn ahead at "%s"', (hash) => {
    expect(run(hash, agents.windows)['data-first-screen']).toBeUndefined()
  })

  it.each(['#/reader/abc/12', '#/workshops', '#/settings', '#/present/x', '#/screen/y'])(
    'hides the library drawn ahead when the address is another area ("%s")',
    (hash) => {
      expect(run(hash, agents.windows)['data-first-screen']).toBe('off')
    },
  )

  it('names the system font first on Linux, in Chromium and in the desktop app', () => {
    expect(run('', agents.linux)['data-font-stack']).toBe('system')
    expect(run('', agents.electronLinux)['data-font-stack']).toBe('system')
  })

  it("keeps Radix Themes' own stack on Windows, macOS and Android, where it finds the system font at once", () => {
    for (const agent of [agents.windows, agents.mac, agents.android])
      expect(run('', agent)['data-font-stack']).toBeUndefined()
  })
})
