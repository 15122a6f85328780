/**
 * The desktop package leaves out the Noto Sans weights no printout uses: what
 * electron-builder.yml excludes must spare every font file fonts.ts reads.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { minimatch } from 'minimatch'
import { describe, expect, it } from 'vitest'
import { projectRoot } from '../../testing/temp-dir'

const folder = 'node_modules/@embedpdf/fonts-latin/fonts'
const exclusions = readFileSync(join(projectRoot, 'electron-builder.yml'), 'utf8')
  .split('\n')
  .map((line) => /^\s*-\s*'!(.+)'\s*$/.exec(line)?.[1])
  .filter((pattern): pattern is string => Boolean(pattern?.includes('fonts-latin')))
const used = [...readFileSync(join(import.meta.dirname, 'fonts.ts'), 'utf8').matchAll(/'(NotoSans-[\w-]+\.ttf)'/g)].map(
  (m) => m[1]!,
)
const packaged = readdirSync(join(projectRoot, folder)).filter(
  (file) => !exclusions.some((pattern) => minimatch(`${folder}/${file}`, pattern)),
)

describe('fonts in the desktop package', () => {
  it('keeps every Noto Sans file the printouts read', () => {
    expect(used.length).toBeGreaterThanOrEqual(2)
    expect(used.filter((file) => !packaged.includes(file))).toEqual([])
  })
  it('leaves the unused weights out', () => {
    expect(packaged.sort()).toEqual([...used].sort())
  })
})
