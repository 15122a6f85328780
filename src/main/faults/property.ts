/**
 * Random sequences of edits through the dispatcher on a real data folder, with
 * restarts (close the core, start it again) wherever fast-check puts them and
 * always at the end. After each restart the library read back equals what the
 * channels showed before it, and agrees with the test's own account of every
 * acknowledged edit.
 */
import fc from 'fast-check'
import { expect } from 'vitest'
import { cp, rm } from 'node:fs/promises'
import { join } from 'node:path'
import type { Core } from '../core'
import { call, openCore } from './library-template'
import { accountOf, plain, readBack, type Account } from './read-back'
import { applyEdit, edit, type Edit } from './property-ops'

export interface PropertyReport {
  runs: number
  edits: number
  acknowledged: number
  refused: number
  restarts: number
}

async function restart(core: Core, dir: string, account: Account, report: PropertyReport): Promise<Core> {
  const before = await readBack(core)
  await core.close()
  const again = await openCore(dir)
  report.restarts += 1
  const after = await readBack(again)
  try {
    expect(after, 'the library read back after a restart').toEqual(before)
    expect(plain(accountOf(after)), 'the acknowledged edits after a restart').toEqual(plain(account))
  } catch (error) {
    await again.close()
    throw error
  }
  return again
}

async function oneRun(base: string, dir: string, edits: Edit[], report: PropertyReport) {
  await cp(base, dir, { recursive: true })
  let core: Core | null = await openCore(dir)
  try {
    const resources = (await call<{ id: string }[]>(core, 'library:list')).map((r) => r.id)
    const account = accountOf(await readBack(core))
    for (const e of [...edits, { t: 'restart' } as Edit]) {
      if (e.t === 'restart') {
        const open: Core = core
        core = null
        core = await restart(open, dir, account, report)
        continue
      }
      const outcome = await applyEdit(e)(core, account, resources)
      if (outcome === 'skipped') continue
      report.edits += 1
      if (outcome) report.acknowledged += 1
      else report.refused += 1
    }
  } finally {
    await core?.close()
    await rm(dir, { recursive: true, force: true })
  }
}

export async function propertyRuns(base: string, work: string, seed: number, numRuns: number) {
  const report: PropertyReport = { runs: 0, edits: 0, acknowledged: 0, refused: 0, restarts: 0 }
  const property = fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 40, size: 'max' }), async (edits) => {
    await oneRun(base, join(work, `property-${report.runs}`), edits, report)
    report.runs += 1
  })
  await fc.assert(property, { seed, numRuns, endOnFailure: true })
  return report
}
