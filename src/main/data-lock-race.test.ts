import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fork, spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { once } from 'node:events'

const contenderScript = join(import.meta.dirname, 'testing', 'lock-contender.ts')
const lockModule = join(import.meta.dirname, 'data-lock.ts')
const contenderCount = 20
const roundsEach = 10

type Outcome = { got: boolean; busyPid?: number; error?: string }

const ask = async <T>(child: ChildProcess, message: object): Promise<T> => {
  const answer = once(child, 'message')
  child.send(message)
  return (await answer)[0] as T
}

async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', ''])
  await once(child, 'exit')
  return child.pid!
}

type Case = { staleLock: boolean; hardLinks: boolean }

async function runRound(contenders: ChildProcess[], { staleLock, hardLinks }: Case): Promise<string | undefined> {
  const dir = mkdtempSync(join(tmpdir(), 'tc-lock-race-'))
  try {
    const lockPath = join(dir, 'training-companion.lock')
    if (staleLock) writeFileSync(lockPath, String(await deadPid()))
    const startAt = Date.now() + 300
    const outcomes = await Promise.all(
      contenders.map((c) => ask<Outcome>(c, { round: { lockModule, lockPath, startAt, hardLinks } })),
    )
    const winners = contenders.filter((_, i) => outcomes[i]!.got).map((c) => c.pid)
    const owner = existsSync(lockPath) ? readFileSync(lockPath, 'utf8') : 'no lock file'
    const strays = outcomes.filter((o) => !o.got && o.busyPid !== winners[0])
    await Promise.all(contenders.map((c) => ask(c, { letGo: true })))
    const left = readdirSync(dir)
    if (winners.length === 1 && owner === String(winners[0]) && strays.length === 0 && left.length === 0)
      return undefined
    return `${winners.length} owners, lock says ${owner}, ${strays.length} losers named another owner or failed (${strays
      .map((s) => s.error ?? s.busyPid)
      .slice(0, 2)
      .join('; ')})${left.length ? `, left after release: ${left.join(', ')}` : ''}`
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

describe('the data-folder lock under a race of separate processes', () => {
  const contenders: ChildProcess[] = []

  beforeAll(async () => {
    for (let i = 0; i < contenderCount; i++) {
      const child = fork(contenderScript, [], { execArgv: ['--no-warnings'], stdio: 'inherit' })
      contenders.push(child)
    }
    await Promise.all(contenders.map((c) => once(c, 'message')))
  }, 60_000)

  afterAll(() => {
    for (const child of contenders) child.kill()
  })

  const cases: Case[] = [
    { staleLock: false, hardLinks: true },
    { staleLock: true, hardLinks: true },
    { staleLock: true, hardLinks: false },
  ]
  for (const c of cases) {
    const how = `${c.staleLock ? 'with' : 'without'} a stale lock${c.hardLinks ? '' : ', on a file system without hard links'}`
    it(`leaves exactly one owner of ${contenderCount} simultaneous starts, ${how}`, async () => {
      const failures: string[] = []
      for (let round = 0; round < roundsEach; round++) {
        const failure = await runRound(contenders, c)
        if (failure) failures.push(`round ${round + 1}: ${failure}`)
      }
      expect(failures).toEqual([])
    }, 120_000)
  }
})
