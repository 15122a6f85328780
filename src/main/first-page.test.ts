import { createHash } from 'node:crypto'
import { mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { defaultSettings, type Settings } from '@shared/model'
import { firstScreenKey, firstScreenVariants } from '@shared/first-screen'
import { CSP, HEAD_SCRIPT } from './csp'
import { composeFirstPage, firstPageParts, loadFirstPageParts, type FirstPageParts } from './first-page'

const indexHtml =
  '<!doctype html><html lang="en"><head><meta http-equiv="Content-Security-Policy" content="default-src \'self\'; script-src \'self\' \'wasm-unsafe-eval\'; worker-src \'self\'"><title>TC</title><script src="./before-first-frame.js"></script></head><body><div id="root"></div><script src="x.js"></script></body></html>'
const screens: Record<string, string> = {}
for (const host of ['browser', 'desktop'] as const)
  for (const v of firstScreenVariants(host)) screens[firstScreenKey(v)] = `<h1>${firstScreenKey(v)}</h1>`
const parts: FirstPageParts = { indexHtml, screens }
const settings = (change: Partial<Settings>): Settings => ({ ...defaultSettings, ...change })
const rootOf = (html: string) => /<div id="root">(.*)<\/div><script/.exec(html)![1]!
const bootOf = (html: string) =>
  JSON.parse(/<script type="application\/json" id="tc-boot">(.*?)<\/script>/.exec(html)![1]!) as { settings: Settings }

describe('the page as the hosts serve it', () => {
  it("is in the facilitator's language and direction, with their settings for the app's first render", () => {
    const page = composeFirstPage(parts, 'browser', settings({ language: 'ar', theme: 'dark', libraryView: 'grid' }))
    expect(page).toContain('<html lang="ar" dir="rtl">')
    expect(bootOf(page).settings).toMatchObject({ language: 'ar', theme: 'dark', libraryView: 'grid' })
    expect(composeFirstPage(parts, 'browser', settings({ language: 'fr' }))).toContain('<html lang="fr" dir="ltr">')
  })

  it('carries the screen drawn for those settings and that host, inert and marked disabled until the app replaces it', () => {
    const root = rootOf(composeFirstPage(parts, 'desktop', settings({ language: 'fr', theme: 'light' })))
    expect(root).toBe('<div data-first-screen="on" inert aria-hidden="true"><h1>desktop.fr.light.list</h1></div>')
  })

  it('carries both appearances under the "system" theme, for the stylesheet to show the computer’s', () => {
    const root = rootOf(composeFirstPage(parts, 'browser', settings({ theme: 'system', libraryView: 'grid' })))
    expect(root).toContain('<div data-first-screen="light" inert aria-hidden="true"><h1>browser.en.light.grid</h1>')
    expect(root).toContain('<div data-first-screen="dark" inert aria-hidden="true"><h1>browser.en.dark.grid</h1>')
  })

  it('leaves the root empty when the build drew no screen, or not that one', () => {
    expect(rootOf(composeFirstPage({ indexHtml, screens: null }, 'browser', defaultSettings))).toBe('')
    const { ['browser.en.dark.list']: _gone, ...fewer } = screens
    expect(rootOf(composeFirstPage({ indexHtml, screens: fewer }, 'browser', defaultSettings))).toBe('')
    expect(bootOf(composeFirstPage({ indexHtml, screens: null }, 'browser', defaultSettings)).settings.language).toBe(
      'en',
    )
  })

  it('keeps what it puts in the page from closing its elements or being read as a pattern', () => {
    const hostile = settings({ language: '"><script>alert(1)</script>' as Settings['language'] })
    const page = composeFirstPage(parts, 'browser', hostile)
    expect(page).toContain('<html lang="en" dir="ltr">')
    expect(page.match(/<script/g)).toHaveLength(3)
    expect(bootOf(page).settings.language).toBe('"><script>alert(1)</script>')
    const dollars = composeFirstPage(
      { indexHtml, screens: { ...screens, 'browser.en.light.list': '<p>$& $1 $$</p>' } },
      'browser',
      settings({ theme: 'light' }),
    )
    expect(rootOf(dollars)).toContain('<p>$& $1 $$</p>')
  })

  it('reads the built page and its drawn screens, and says when the renderer is not built', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tc-first-page-'))
    expect(loadFirstPageParts(dir)).toBeNull()
    writeFileSync(join(dir, 'index.html'), indexHtml)
    expect(loadFirstPageParts(dir)).toEqual({ indexHtml, screens: null })
    writeFileSync(join(dir, 'first-screen.json'), '{ not json')
    expect(loadFirstPageParts(dir)?.screens).toBeNull()
    writeFileSync(join(dir, 'first-screen.json'), JSON.stringify(screens))
    expect(loadFirstPageParts(dir)?.screens).toEqual(screens)
  })

  it('keeps the built parts until the build changes them', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tc-first-page-'))
    const parts = firstPageParts(dir)
    expect(parts()).toBeNull()
    writeFileSync(join(dir, 'index.html'), indexHtml)
    const first = parts()
    expect(first?.indexHtml).toBe(indexHtml)
    expect(parts()).toBe(first)
    writeFileSync(join(dir, 'first-screen.json'), JSON.stringify(screens))
    utimesSync(join(dir, 'first-screen.json'), new Date(), new Date(Date.now() + 5000))
    expect(parts()?.screens).toEqual(screens)
    writeFileSync(join(dir, 'index.html'), indexHtml.replace('TC', 'Rebuilt'))
    utimesSync(join(dir, 'index.html'), new Date(), new Date(Date.now() + 10_000))
    expect(parts()?.indexHtml).toContain('Rebuilt')
  })

  it('puts the head script inside the page, allowed by its hash in the header and in the page’s own policy', () => {
    const page = composeFirstPage(parts, 'browser', defaultSettings)
    expect(page).not.toContain('src="./before-first-frame.js"')
    const inline = /<script>([\s\S]*?)<\/script>/.exec(page)![1]!
    expect(inline).toBe(HEAD_SCRIPT)
    const hash = `'sha256-${createHash('sha256').update(inline).digest('base64')}'`
    expect(CSP).toContain(hash)
    expect(page).toContain(`script-src 'self' 'wasm-unsafe-eval' ${hash}; worker-src`)
  })

  it('fits the real index.html: its language, root, script tag and policy are where it expects them', () => {
    const real = readFileSync(join(import.meta.dirname, '../renderer/index.html'), 'utf8')
    const page = composeFirstPage({ indexHtml: real, screens }, 'browser', settings({ language: 'ar', theme: 'dark' }))
    expect(page).toContain('<html lang="ar" dir="rtl">')
    expect(page).toContain(
      '<div id="root"><div data-first-screen="on" inert aria-hidden="true"><h1>browser.ar.dark.list</h1>',
    )
    expect(page).toContain(`<script>${HEAD_SCRIPT}</script>`)
    expect(page).toContain(CSP.split('; ')[1])
    expect(page).toContain('<script type="application/json" id="tc-boot">')
  })

  it('keeps the head script a file when the page’s own policy cannot be given its hash', () => {
    const noPolicy = indexHtml.replace(/<meta[^>]*>/, '')
    const page = composeFirstPage({ indexHtml: noPolicy, screens }, 'browser', defaultSettings)
    expect(page).toContain('<script src="./before-first-frame.js"></script>')
  })

  it('hashes the head script as a browser will read it', () => {
    expect(HEAD_SCRIPT).not.toMatch(/\r|<\/script|<!--/)
  })
})
