/**
 * The suite's figures in one line ("kills 50/50, acknowledged writes lost 0, …"),
 * written to test-results/faults.txt so `npm test` can print it beside its totals.
 * Each part fills its own figure; a part that did not finish says so.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { projectRoot } from '../testing/temp-dir'

export const figures = {
  seed: 0,
  kills: 'not run',
  lostAfterKills: 'not run',
  lostOnFullDisk: 'not run',
  damaged: 'not run',
  disk: 'not run',
  property: 'not run',
}

export function figuresLine(): string {
  const f = figures
  return (
    `fault suite (seed ${f.seed}): kills ${f.kills}, ` +
    `acknowledged writes lost ${f.lostAfterKills} after kills and ${f.lostOnFullDisk} on the full disk, ` +
    `damaged shapes ${f.damaged}, full disk: ${f.disk}, property runs ${f.property}`
  )
}

export function writeFigures(seconds: number): string {
  const line = `${figuresLine()} — ${seconds.toFixed(0)} s`
  const dir = join(projectRoot, 'test-results')
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, 'faults.txt'), line + '\n')
  return line
}
