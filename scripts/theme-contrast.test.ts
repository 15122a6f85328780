/**
 * Every text colour pair the theme draws, computed from the CSS itself (Radix's values
 * with theme-contrast.css over them), in the light and the dark theme: solid buttons
 * and badges (the colour's contrast text on step 9), soft ones (step 11 on step 3, on
 * the page and on the sidebar) and coloured text on the page. WCAG 2.2 AA: 4.5:1.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const here = join(import.meta.dirname, '../src/renderer/src')
const radix = readFileSync(join(import.meta.dirname, '../node_modules/@radix-ui/themes/styles.css'), 'utf8')
const ours = readFileSync(join(here, 'theme-contrast.css'), 'utf8')

/** The colour scales the app loads (theme-colours.css, one file per scale); the last test keeps this list honest. */
const used = [...readFileSync(join(here, 'theme-colours.css'), 'utf8').matchAll(/tokens\/colors\/(\w+)\.css/g)].map(
  (m) => m[1]!,
)

type Rgba = [number, number, number, number]

function variables(css: string, selector: RegExp): Map<string, string> {
  const out = new Map<string, string>()
  for (const block of css.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    if (!selector.test(block[1]!.replace(/\s+/g, ' ').trim())) continue
    for (const [, name, value] of block[2]!.matchAll(/(--[\w-]+):\s*([^;]+);/g))
      if (!out.has(name!) || css === ours) out.set(name!, value!.trim())
  }
  return out
}

const themes = {
  light: /^:root, \.light, \.light-theme$/,
  dark: /^\.dark, \.dark-theme$/,
}

function palette(theme: keyof typeof themes) {
  const values = variables(radix, themes[theme])
  for (const [name, value] of variables(ours, themes[theme])) values.set(name, value)
  for (const [, name, value] of radix.matchAll(/(--[\w]+-contrast):\s*([^;]+);/g))
    if (!values.has(name!)) values.set(name!, value!.trim())
  return (name: string): Rgba => parse(values.get(name) ?? '')
}

function parse(value: string): Rgba {
  if (value === 'white') return [255, 255, 255, 1]
  const hex = /^#([0-9a-f]{6})([0-9a-f]{2})?$/i.exec(value)
  if (!hex) throw new Error(`not a colour: "${value}"`)
  const n = (i: number) => parseInt(hex[1]!.slice(i, i + 2), 16)
  return [n(0), n(2), n(4), hex[2] ? parseInt(hex[2], 16) / 255 : 1]
}

const over = (top: Rgba, bottom: Rgba): Rgba => [
  ...([0, 1, 2].map((i) => top[i]! * top[3] + bottom[i]! * (1 - top[3])) as [number, number, number]),
  1,
]

function luminance([r, g, b]: Rgba): number {
  const lin = (v: number) => (v / 255 <= 0.04045 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4)
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)
}

export function contrast(text: Rgba, background: Rgba): number {
  const [hi, lo] = [luminance(over(text, background)), luminance(background)].sort((a, b) => b - a)
  return (hi! + 0.05) / (lo! + 0.05)
}

describe('theme contrast', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`reaches 4.5:1 for every text colour pair in the ${theme} theme`, () => {
      const v = palette(theme)
      const page: Rgba = theme === 'light' ? [255, 255, 255, 1] : v('--slate-1')
      const sidebar = over(v('--slate-a2'), page)
      const short: string[] = []
      const check = (what: string, ratio: number) => ratio < 4.5 && short.push(`${what}: ${ratio.toFixed(2)}`)
      for (const c of used) {
        check(`${c} solid`, contrast(v(`--${c}-contrast`), v(`--${c}-9`)))
        check(`${c} solid, hovered`, contrast(v(`--${c}-contrast`), v(`--${c}-10`)))
        for (const [where, ground] of [
          ['page', page],
          ['sidebar', sidebar],
        ] as const) {
          check(`${c} soft on the ${where}`, contrast(v(`--${c}-a11`), over(v(`--${c}-a3`), ground)))
          check(`${c} text on the ${where}`, contrast(v(`--${c}-a11`), ground))
        }
      }
      const placeholders = [...ours.matchAll(/\[data-placeholder\][^{]*\{\s*color:\s*var\(--(gray|accent)(-a11)\)/g)]
      if (placeholders.length < 2) short.push("a Select's placeholder keeps Radix's faint colour")
      for (const [, colour, step] of placeholders) {
        const c = colour === 'accent' ? 'teal' : 'slate'
        check(`a Select's placeholder (${colour}${step}) on the page`, contrast(v(`--${c}${step}`), page))
        check(
          `a soft Select's placeholder (${colour}${step})`,
          contrast(v(`--${c}${step}`), over(v(`--${c}-a3`), page)),
        )
      }
      expect(short).toEqual([])
    })
  }

  it('loads every Radix colour the screens use (a scale not loaded leaves its colour undrawn)', () => {
    expect(used).toContain('teal')
    const names = new Set(['gray', 'gold', 'bronze', 'brown', 'yellow', 'amber', 'orange', 'tomato', 'red', 'ruby'])
    for (const c of ['crimson', 'pink', 'plum', 'purple', 'violet', 'iris', 'indigo', 'blue', 'cyan', 'teal', 'jade'])
      names.add(c)
    for (const c of ['green', 'grass', 'lime', 'mint', 'sky', 'slate', 'mauve', 'sage', 'olive', 'sand']) names.add(c)
    const found = new Set<string>()
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir)) {
        const path = join(dir, entry)
        if (statSync(path).isDirectory()) {
          walk(path)
          continue
        }
        const text = readFileSync(path, 'utf8')
        const named = /\.tsx?$/.test(path)
          ? text.matchAll(/(?:[Cc]olor=["{]|[:?] )'?"?(\w+)/g)
          : // the app's own stylesheets (the contrast overrides aside) drawing with a scale's steps
            path.endsWith('.css') && !path.endsWith('theme-contrast.css')
            ? text.matchAll(/var\(--(\w+)-a?\d+\)/g)
            : []
        for (const [, name] of named) if (names.has(name!)) found.add(name!)
      }
    }
    walk(here)
    expect([...found].filter((c) => !used.includes(c))).toEqual([])
  })
})
