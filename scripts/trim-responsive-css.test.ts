import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import postcss from 'postcss'
import { describe, expect, it } from 'vitest'
import { responsiveProps, trimResponsiveCss } from './trim-responsive-css'

const trim = (css: string) => postcss([trimResponsiveCss()]).process(css, { from: undefined }).css

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(path) ? [path] : []
  })
}

/** `prop={{ … sm: … }}` in JSX */
const inJsx = /\b(\w+)=\{\{[^{}]*\b(?:initial|xs|sm|md|lg|xl):/g
/** `prop: { initial: …, md: … }` or `const x = { initial: …, lg: … }` (initial too: `md` alone is often Markdown) */
const heldAside = /(?:\b(\w+):\s*|=\s*)\{[^{}]*\binitial:\s*['"][^{}]*\b(?:xs|sm|md|lg|xl):\s*['"][^{}]*\}/g

describe('the stylesheet without unused breakpoint classes', () => {
  it('drops breakpoint variants no prop asks for and keeps the responsive columns', () => {
    const out = trim(`
      .rt-r-p-2 { padding: 8px }
      @media (min-width: 768px) {
        .sm\\:rt-r-p-2 { padding: 8px }
        .rt-BaseButton:where(.sm\\:rt-r-size-1) { height: 24px }
        .sm\\:rt-r-gtc-2 { grid-template-columns: repeat(2, 1fr) }
        .sm\\:rt-r-gtc { grid-template-columns: var(--grid-template-columns-sm) }
      }
      @media (min-width: 1024px) { .lg\\:rt-r-m-1 { margin: 4px } }
      @media (prefers-reduced-motion: reduce) { .rt-Spinner { animation: none } }`)
    expect(out).toContain('.rt-r-p-2 { padding: 8px }')
    expect(out).toContain('.sm\\:rt-r-gtc-2')
    expect(out).toContain('.sm\\:rt-r-gtc {')
    expect(out).toContain('.rt-Spinner { animation: none }')
    expect(out).not.toContain('sm\\:rt-r-p-2')
    expect(out).not.toContain('rt-r-size-1')
    expect(out).not.toContain('1024px')
  })

  it('keeps a rule if any selector in its list is still wanted', () => {
    expect(trim('.md\\:rt-r-p-1, .rt-Card { padding: 4px }')).toContain('.rt-Card')
  })

  it('knows every prop the app gives a responsive value ({ initial, sm, md, lg, xl })', () => {
    const used = new Map<string, string>()
    for (const file of sourceFiles(join(import.meta.dirname, '../src/renderer/src')))
      for (const pattern of [inJsx, heldAside])
        for (const [value, prop] of readFileSync(file, 'utf8').matchAll(pattern))
          used.set(prop ?? `(a value held in a variable: ${value.slice(0, 60)})`, file)
    expect(used.size).toBeGreaterThan(0)
    for (const [prop, file] of used) expect(responsiveProps, `${prop} in ${file}`).toHaveProperty(prop)
  })
})
