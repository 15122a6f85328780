import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import postcss, { type Rule } from 'postcss'
import { describe, expect, it } from 'vitest'
import { trimFirstScreenCss } from './trim-first-screen-css.mjs'

const declared = (css: string) => new Set([...css.matchAll(/(--[\w-]+)\s*:/g)].map((m) => m[1]!))
const referenced = (css: string) => new Set([...css.matchAll(/var\(\s*(--[\w-]+)/g)].map((m) => m[1]!))
const page = (body: string) => `<!doctype html><html data-font-stack="system"><body>${body}</body></html>`

describe('the first screen’s rules without what the drawn screens never use', () => {
  const tokens =
    ':root{--teal-9:#0a8;--red-9:#e00;--accent-9:var(--teal-9);--space-3:12px;--unused:1px}' +
    '@media (color-gamut:p3){:root{--red-9:color(display-p3 1 0 0)}}' +
    '.dark{--red-9:#f44}'

  it('keeps the tokens a kept rule reaches, through var() inside var(), and drops the rest with the blocks left empty', () => {
    const css = `${tokens}.rt-Button{background:var(--accent-9);padding:var(--space-3)}`
    const trimmed = trimFirstScreenCss(css, page('<button class="rt-Button">Import</button>'))
    expect(declared(trimmed)).toEqual(new Set(['--teal-9', '--accent-9', '--space-3']))
    expect(trimmed).not.toContain('@media')
    expect(trimmed).not.toContain('.dark')
    expect(trimmed).toContain('.rt-Button{background:var(--accent-9);padding:var(--space-3)}')
  })

  it('keeps a token the drawn markup names in an inline style, in every block that declares it', () => {
    const trimmed = trimFirstScreenCss(tokens, page('<div class="dark" style="color:var(--red-9)"></div>'))
    expect(trimmed).toContain('--red-9:#e00')
    expect(trimmed).toContain('@media (color-gamut:p3){:root{--red-9:color(display-p3 1 0 0)}}')
    expect(trimmed).toContain('.dark{--red-9:#f44}')
  })

  it('drops a rule whose :where() names a variant no drawn element has, and keeps what only hover, focus or a pseudo-element separates', () => {
    const css =
      '.rt-Button:where(.rt-variant-ghost){color:red}' +
      '.rt-Button:where(.rt-variant-solid){color:blue}' +
      '.radix-themes:where([data-gray-color=mauve]){--gray-1:#fdfcfd}' +
      '.rt-Button:where(.rt-variant-solid):where(:hover,:focus-visible){color:navy}' +
      '.rt-Button:not(:hover)::after{content:""}' +
      '.rt-Link:hover{color:teal}' +
      '.rt-Card:dir(rtl){margin:0}'
    const trimmed = trimFirstScreenCss(
      css,
      page(
        '<div class="radix-themes" data-gray-color="slate"><button class="rt-Button rt-variant-solid"></button></div>',
      ),
    )
    expect(trimmed).not.toContain('rt-variant-ghost')
    expect(trimmed).not.toContain('mauve')
    expect(trimmed).not.toContain('rt-Link')
    expect(trimmed).toContain('.rt-Button:where(.rt-variant-solid){color:blue}')
    expect(trimmed).toContain('.rt-Button:where(.rt-variant-solid):where(:hover,:focus-visible){color:navy}')
    expect(trimmed).toContain('.rt-Button:not(:hover)::after')
    // what this matcher cannot evaluate stays
    expect(trimmed).toContain('.rt-Card:dir(rtl)')
  })

  it('never drops a token that a kept rule names and a kept rule declares (Radix Themes’ whole stylesheet)', () => {
    const require = createRequire(import.meta.url)
    const radix = readFileSync(require.resolve('@radix-ui/themes/styles.css'), 'utf8')
    const trimmed = trimFirstScreenCss(
      radix,
      page(
        '<div class="radix-themes light" data-accent-color="teal" data-gray-color="slate"><p class="rt-Text">Library</p></div>',
      ),
    )
    const declaringSelectors = (css: string) => {
      const by = new Map<string, Set<string>>()
      postcss.parse(css).walkDecls((decl) => {
        if (decl.prop.startsWith('--') && decl.parent?.type === 'rule')
          by.set(decl.prop, (by.get(decl.prop) ?? new Set()).add((decl.parent as Rule).selector))
      })
      return by
    }
    const keptSelectors = new Set<string>()
    postcss.parse(trimmed).walkRules((rule) => void keptSelectors.add(rule.selector))
    const before = declaringSelectors(radix)
    const after = declaringSelectors(trimmed)
    let checked = 0
    for (const name of referenced(trimmed)) {
      const keptDeclarers = [...(before.get(name) ?? [])].filter((selector) => keptSelectors.has(selector))
      for (const selector of keptDeclarers) expect(after.get(name), `${name} in ${selector}`).toContain(selector)
      checked += keptDeclarers.length
    }
    expect(checked).toBeGreaterThan(100)
    expect(trimmed.length).toBeLessThan(radix.length / 4)
  })

  it('leaves the built page with a few hundred tokens, those the library’s look is made of among them', () => {
    const built = readFileSync(join(import.meta.dirname, '../out/renderer/index.html'), 'utf8')
    const rules = [...built.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('')
    expect([...rules.matchAll(/(--[\w-]+)\s*:/g)].length).toBeLessThan(800)
    expect(rules).not.toContain('data-gray-color=mauve')
    expect(rules.length).toBeLessThan(40_000)
    const kept = declared(rules)
    for (const token of [
      '--accent-9',
      '--gray-12',
      '--color-background',
      '--default-font-family',
      '--space-3',
      '--radius-2',
    ])
      expect(kept, token).toContain(token)
  })
})
