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

/** The head script in a page whose build listed the app's code, still being parsed; answers what it appended to <head>, and the page's events. */
function pageWithCode(opts: { hidden?: boolean; hash?: string; drawn?: boolean; agent?: string } = {}) {
  const appended: string[] = []
  const parsed: (() => void)[] = []
  const frames: (() => void)[] = []
  const timers: { ms: number; run: () => void }[] = []
  const painted: (() => void)[] = []
  const marks: string[] = []
  const attributes: Record<string, string> = {}
  const list = {
    entry: './assets/index.js',
    modules: ['./assets/a.js', './assets/b.js'],
    stylesheet: './assets/index.css',
  }
  const document = {
    documentElement: {
      lang: 'en',
      setAttribute: (name: string, value: string) => (attributes[name] = value),
      hasAttribute: (name: string) => name in attributes,
    },
    readyState: 'loading',
    visibilityState: opts.hidden ? 'hidden' : 'visible',
    addEventListener: (type: string, listener: () => void) => type === 'DOMContentLoaded' && parsed.push(listener),
    getElementById: (id: string) => (id === 'tc-app-assets' ? { textContent: JSON.stringify(list) } : null),
    querySelector: (selector: string) =>
      selector === '#root > [data-first-screen]' && opts.drawn !== false ? {} : null,
    createElement: (tag: string) => {
      const set: string[] = []
      return { tag, set, setAttribute: (name: string, value: string) => set.push(`${name}=${value}`) }
    },
    head: {
      appendChild: (element: { tag: string; set: string[] }) =>
        appended.push(`${element.tag} ${element.set.join(' ')}`),
    },
  }
  class PerformanceObserver {
    constructor(private readonly report: () => void) {}
    observe(options: { type: string }) {
      if (options.type === 'paint') painted.push(() => this.report())
    }
    disconnect() {
      painted.length = 0
    }
  }
  const window = {
    location: { hash: opts.hash ?? '' },
    addEventListener() {},
    PerformanceObserver,
    performance: { mark: (name: string) => marks.push(name) },
    requestAnimationFrame: (frame: () => void) => frames.push(frame),
    setTimeout: (run: () => void, ms: number) => timers.push({ ms, run }),
  }
  runInNewContext(script, { window, document, navigator: { userAgent: opts.agent ?? agents.linux } })
  return {
    appended,
    marks,
    parsed: () => {
      document.readyState = 'interactive'
      parsed.splice(0).forEach((listener) => listener())
    },
    paint: () => [...painted].forEach((report) => report()),
    frame: () => frames.splice(0).forEach((frame) => frame()),
    after: (ms: number) => timers.filter((t) => t.ms === ms).forEach((t) => t.run()),
  }
}

describe('the app’s code, asked for once the drawn screen’s first frame is on screen', () => {
  const everything = [
    'link rel=preload as=style crossorigin= href=./assets/index.css id=tc-stylesheet',
    'link rel=modulepreload crossorigin= href=./assets/a.js',
    'link rel=modulepreload crossorigin= href=./assets/b.js',
    'script type=module crossorigin= src=./assets/index.js',
  ]

  it('asks for nothing until the frame is painted, then for the stylesheet, the modules and the entry, once', () => {
    const page = pageWithCode()
    page.parsed()
    page.frame()
    page.after(0)
    expect(page.appended).toEqual([])
    page.paint()
    expect(page.appended).toEqual(everything)
    expect(page.marks).toEqual(['tc-app-asked'])
    page.paint()
    page.after(1000)
    expect(page.appended).toEqual(everything)
  })

  it('never before the page is parsed: the app reads its settings and #root from it', () => {
    const page = pageWithCode()
    page.paint()
    page.after(1000)
    expect(page.appended).toEqual([])
    page.parsed()
    expect(page.appended).toEqual(everything)
  })

  it('asks after a second when no paint is reported', () => {
    const page = pageWithCode()
    page.parsed()
    page.after(1000)
    expect(page.appended).toEqual(everything)
  })

  it('in the desktop app, whose hidden window reports no paint, asks two frames after the page is parsed', () => {
    const page = pageWithCode({ agent: agents.electronLinux })
    page.parsed()
    page.frame()
    expect(page.appended).toEqual([])
    page.frame()
    page.after(0)
    expect(page.appended).toEqual(everything)
  })

  it('asks once the page is parsed when no drawn screen is shown: another area addressed, or none carried', () => {
    for (const page of [pageWithCode({ hash: '#/reader/x/3' }), pageWithCode({ drawn: false })]) {
      expect(page.appended).toEqual([])
      page.parsed()
      expect(page.appended).toEqual(everything)
    }
  })

  it('asks as soon as the page is parsed in a page nobody sees, which has no frame to wait for', () => {
    const page = pageWithCode({ hidden: true })
    expect(page.appended).toEqual([])
    page.parsed()
    expect(page.appended).toEqual(everything)
  })
})
