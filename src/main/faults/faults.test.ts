/**
 * The fault suite (issue #14, item 8): nothing acknowledged is lost when the
 * process is killed, when db.json is damaged, when the disk is full, or across
 * restarts at any point of a random sequence of edits. Prints its seed first and
 * its figures last (test-results/faults.txt, which `npm test` repeats).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { figures, writeFigures } from './figures'
import { killNine } from './kill-nine'
import { makeTemplate, type Template } from './library-template'
import { shapes, tryShape } from './damaged-shapes'
import { makeDisk } from './disk'
import { fullDisk } from './full-disk'
import { propertyRuns } from './property'
import { killAll } from './server-process'
import { seededRandom, suiteSeed } from './seeded'

const seed = suiteSeed()
const began = Date.now()
const KILLS = Number(process.env.TC_FAULT_KILLS ?? 50)
const RUNS = Number(process.env.TC_FAULT_RUNS ?? 30)
let work = ''
let template: Promise<Template> | undefined
const library = () => (template ??= makeTemplate(join(work, 'template')))

const stopped = (part: 'kills' | 'disk' | 'property') => (error: Error) => {
  figures[part] = `stopped (${error.message.split('\n')[0]})`
  throw error
}

beforeAll(async () => {
  figures.seed = seed
  console.log(`fault suite seed ${seed} (replay: TC_FAULT_SEED=${seed} npm run test:faults)`)
  work = await mkdtemp(join(tmpdir(), 'tc-faults-'))
})

afterAll(async () => {
  await killAll()
  console.log(writeFigures((Date.now() - began) / 1000))
  await rm(work, { recursive: true, force: true })
})

describe('kill -9 of the browser-mode server', () => {
  it(`loses nothing acknowledged over ${KILLS} kills`, { timeout: 600_000 }, async () => {
    const dataDir = join(work, 'kill-data')
    await mkdir(join(work, 'kill-pdfs'), { recursive: true })
    const report = await killNine(dataDir, join(work, 'kill-pdfs'), seededRandom(seed), KILLS).catch(stopped('kills'))
    const survived = report.lost.length || report.problems.length ? report.kills - 1 : report.kills
    figures.lostAfterKills = `${report.lost.length} of ${report.acknowledged}`
    const landed = Object.entries(report.landed).map(([where, n]) => `${n} ${where}`)
    console.log(`kills landed: ${landed.join(', ')}; ${report.acknowledged} writes acknowledged`)
    figures.kills = `${survived}/${KILLS} (${landed.join(', ')})`
    expect(report.lost, `seed ${seed}`).toEqual([])
    expect(report.problems, `seed ${seed}`).toEqual([])
    expect(report.kills).toBe(KILLS)
  })
})

describe('a damaged db.json beside a good backup', () => {
  const outcomes = new Map<string, string[]>()
  const random = seededRandom(seed + 1)
  afterAll(() => {
    const recovered = [...outcomes.values()].filter((p) => !p.length).length
    figures.damaged = `${recovered}/${shapes.length} recovered with a notice or refused clearly`
    for (const [name, problems] of outcomes)
      if (problems.length) console.log(`damaged shape "${name}": ${problems.join('; ')}`)
  })
  for (const [i, shape] of shapes.entries()) {
    const recovers = 'starts with a notice and keeps every good record'
    const refuses = 'is refused clearly and left as it is'
    const should = shape.orRecover ? `${refuses}, or ${recovers}` : shape.refuse ? refuses : recovers
    it(`${shape.name}: ${should}`, { timeout: 180_000 }, async () => {
      const problems = await tryShape(await library(), join(work, `shape-${i}`), shape, random)
      outcomes.set(shape.name, problems)
      expect(problems).toEqual([])
    })
  }
})

describe('a full disk', () => {
  it(
    'refuses writes clearly, keeps running, leaves no temp file, and loses nothing',
    { timeout: 300_000 },
    async () => {
      const disk = await makeDisk(work)
      await mkdir(join(work, 'disk-pdfs'), { recursive: true })
      try {
        console.log(`full disk: ${disk.kind}`)
        const report = await fullDisk(disk, join(work, 'disk-pdfs')).catch(stopped('disk'))
        const ok = !report.problems.length && !report.lost.length
        figures.lostOnFullDisk = `${report.lost.length} of ${report.acknowledged}`
        figures.disk = `${disk.kind}, ${report.refused} writes refused, ${ok ? 'no problem' : `${report.problems.length + report.lost.length} problems`}`
        for (const [said, n] of report.said) console.log(`full disk: refused ${n}× with "${said}"`)
        for (const problem of report.problems) console.log(`full disk: ${problem}`)
        expect(report.lost).toEqual([])
        expect(report.problems).toEqual([])
      } finally {
        await disk.close()
      }
    },
  )
})

describe('random edits with restarts at random points (fast-check)', () => {
  it(`read back after every restart equals what was acknowledged (${RUNS} runs)`, { timeout: 600_000 }, async () => {
    const base = (await library()).dir
    const report = await propertyRuns(base, work, seed, RUNS).catch(stopped('property'))
    figures.property = `${report.runs}/${RUNS} (${report.edits} edits, ${report.refused} refused, ${report.restarts} restarts)`
    console.log(`property: ${JSON.stringify(report)}`)
  })
})
