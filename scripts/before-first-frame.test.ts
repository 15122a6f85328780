import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { runInNewContext } from 'node:vm'
import { describe, expect, it } from 'vitest'
import { areas, parseHash } from '../src/renderer/src/shell/routes'

const script = readFileSync(join(import.meta.dirname, '../src/renderer/public/before-first-frame.js'), 'utf8')

/** Runs the page's head script against an address and a browser; answers the attributes it left on <html>, and its error listener. */
function run(hash: string, userAgent: string) {
  const attributes: Record<string, string> = {}
  const documentElement = { lang: 'fr', setAttribute: (name: string, value: string) => (attributes[name] = value) }
  let onError: ((event: { target: unknown }) => void) | undefined
  const inserted: { id: string; textContent: string }[] = []
  const document = {
    documentElement,
    querySelector: () => ({}),
    getElementById: () => null,
    createElement: () => ({ id: '', textContent: '', setAttribute() {} }),
    body: { firstChild: null, insertBefore: (line: { id: string; textContent: string }) => inserted.push(line) },
  }
  const window = {
    location: { hash },
    addEventListener: (type: string, listener: typeof onError) => type === 'error' && (onError = listener),
  }
  runInNewContext(script, { window, document, navigator: { userAgent } })
  return { attributes, fail: (target: unknown) => onError!({ target: target ?? window }), inserted }
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
  const hashes = ['', '#', '#/', '#main', '#/library', '#/library/', '#//glossary', '#/foo', '#/reader/abc/12']
  const everyArea = [...areas.map((a) => `#/${a.id}`), '#/present/x', '#/screen/y', ...hashes]
  it.each(everyArea)('hides the library drawn ahead exactly when the app opens another area ("%s")', (hash) => {
    const hidden = run(hash, agents.windows).attributes['data-first-screen-off'] !== undefined
    expect(hidden).toBe(parseHash(hash).area !== 'library')
  })

  it('gives the drawn screen up for a line in the page’s language when the app’s code fails', () => {
    const page = run('', agents.windows)
    page.fail({ tagName: 'IMG' })
    expect(page.inserted).toEqual([])
    page.fail({ tagName: 'SCRIPT' })
    expect(page.attributes['data-first-screen-off']).toBe('')
    expect(page.inserted[0]!.textContent).toMatch(/^Training Companion n’a pas pu démarrer/)
  })

  it('names the system font first on Linux, in Chromium and in the desktop app', () => {
    expect(run('', agents.linux).attributes['data-font-stack']).toBe('system')
    expect(run('', agents.electronLinux).attributes['data-font-stack']).toBe('system')
  })

  it("keeps Radix Themes' own stack on Windows, macOS and Android, where it finds the system font at once", () => {
    for (const agent of [agents.windows, agents.mac, agents.android])
      expect(run('', agent).attributes['data-font-stack']).toBeUndefined()
  })
})
