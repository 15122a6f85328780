/**
 * What the first screen loads (issue #20): the built page's entry and the chunks it preloads,
 * read back through their source maps. The contract's schemas and zod are ~360 kB of code the
 * browser would evaluate before the library appears; they load when a refusal is explained.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const renderer = join(import.meta.dirname, '../out/renderer')
const html = readFileSync(join(renderer, 'index.html'), 'utf8')
/** the entry and its preloads: listed for the head script to ask for (defer-app-assets.mjs), or as tags in a page without it */
const listed = /<script type="application\/json" id="tc-app-assets">(.*?)<\/script>/.exec(html)
const firstScreen = listed
  ? (({ entry, modules }: { entry: string; modules: string[] }) => [entry, ...modules])(JSON.parse(listed[1]!)).map(
      (path) => path.replace(/^\.\//, ''),
    )
  : [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!)
/** the bundler's own helpers (a chunk of its runtime, under 1 kB) come from no source and have no map */
const bundlerRuntime = /^assets\/rolldown-runtime-[\w-]+\.js$/
const sourcesOf = (chunk: string): string[] =>
  bundlerRuntime.test(chunk) && !existsSync(join(renderer, `${chunk}.map`))
    ? []
    : (JSON.parse(readFileSync(join(renderer, `${chunk}.map`), 'utf8')) as { sources: string[] }).sources

describe('the first screen', () => {
  it('loads no schema: zod and the contract come only with an explained refusal', () => {
    expect(firstScreen.length).toBeGreaterThan(1)
    const sources = firstScreen.flatMap(sourcesOf)
    expect(sources.some((s) => s.includes('src/renderer/src/main.tsx'))).toBe(true)
    expect(sources.filter((s) => s.includes('node_modules/zod/'))).toEqual([])
    const schemaModule = /src\/shared\/(contract(\/[\w-]+)?|model|workshop|bundle|method|scenario)\.ts$/
    expect(sources.filter((s) => schemaModule.test(s))).toEqual([])
  })
})
