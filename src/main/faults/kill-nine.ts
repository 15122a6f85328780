/**
 * SIGKILL the real browser-mode server at random moments — during start-up, note
 * writes and PDF imports — on one data folder, again and again. After each kill
 * db.json must parse; after each restart every write the server acknowledged must
 * be there, and the restart must not report damage. Kill moments come from the
 * suite's seed.
 */
import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { makeTextPdf } from '../testing/pdf-fixtures'
import { acknowledgedCount, emptyLedger, missingWrites, type Ledger } from './ledger'
import type { Random } from './seeded'
import { must, startServer, type ServerProcess } from './server-process'

export type KillMoment = 'start-up' | 'notes' | 'import'

export interface KillReport {
  kills: number
  byMoment: Record<KillMoment, number>
  acknowledged: number
  lost: string[]
  problems: string[]
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

async function writeNotes(server: ServerProcess, ledger: Ledger, random: Random, stop: () => boolean) {
  while (!stop()) {
    const ids = [...ledger.notes.keys()]
    if (!ids.length || random.next() < 0.08) {
      const created = await server.call('workshops:create', { title: `Kill test ${random.int(1, 1e6)}` })
      if (created.ok) ledger.notes.set((created.value as { id: string }).id, new Map())
      continue
    }
    const id = random.pick(ids)
    const text = `note ${random.int(1, 1e9)} ${'x'.repeat(random.int(1, 400))}`
    const answer = await server.call('workshops:addNote', { id, kind: 'observation', text })
    if (answer.ok) ledger.notes.get(id)!.set((answer.value as { id: string }).id, text)
  }
}

async function importPdfs(server: ServerProcess, ledger: Ledger, random: Random, dir: string, stop: () => boolean) {
  let n = 0
  while (!stop()) {
    const name = `kill-${random.int(1, 1e9)}-${n++}.pdf`
    const pages = Array.from({ length: random.int(1, 120) }, (_, i) => `${name} page ${i + 1}: coordination.`)
    const bytes = await readFile(await makeTextPdf(dir, name, pages))
    const sha = createHash('sha256').update(bytes).digest('hex')
    const uploadId = (await must<{ uploadId: string }>(server.upload(bytes), 'upload')).uploadId
    const answer = await server.call('library:import', { sources: [{ uploadId, name }] })
    const outcome = answer.ok
      ? (answer.value as { outcomes: { status: string; resourceId?: string }[] }).outcomes[0]
      : null
    if (outcome?.status === 'imported') ledger.imports.set(outcome.resourceId!, sha)
    else if (answer.ok) throw new Error(`import of ${name} answered ${JSON.stringify(answer.value)}`)
  }
}

async function checkAfterRestart(server: ServerProcess, dataDir: string, ledger: Ledger, report: KillReport) {
  report.lost.push(...(await missingWrites(server.call, dataDir, ledger)))
  const info = await must<{ notices: { text: string }[] }>(server.call('app:info'), 'app:info')
  for (const notice of info.notices) report.problems.push(`a restart after a kill reported: ${notice.text}`)
}

async function checkDbParses(dataDir: string, report: KillReport, label: string) {
  const text = await readFile(join(dataDir, 'db.json'), 'utf8').catch((e: Error) => `unreadable: ${e.message}`)
  try {
    JSON.parse(text)
  } catch {
    report.problems.push(`${label}: db.json does not parse (${text.slice(0, 80)}…)`)
  }
}

/** One cycle: start, (check), work, kill. Returns how long start-up took, when it finished. */
async function cycle(moment: KillMoment, ctx: KillContext, startMs: number): Promise<number | null> {
  const { dataDir, ledger, random, report } = ctx
  const began = Date.now()
  const server = startServer(dataDir)
  if (moment === 'start-up') {
    await Promise.race([sleep(random.int(0, startMs)), server.exited])
    await server.kill9()
    return null
  }
  await server.ready
  const started = Date.now() - began
  await checkAfterRestart(server, dataDir, ledger, report)
  let killed = false
  const stop = () => killed
  const guard = (work: Promise<void>) =>
    work.catch((e: Error) => {
      if (!killed) report.problems.push(`${moment} work failed before the kill: ${e.message}`)
    })
  const second =
    moment === 'notes' ? writeNotes(server, ledger, random, stop) : importPdfs(server, ledger, random, ctx.pdfDir, stop)
  const work = Promise.all([guard(writeNotes(server, ledger, random, stop)), guard(second)])
  await sleep(moment === 'notes' ? random.int(20, 900) : random.int(50, 2500))
  killed = true
  await server.kill9()
  await work
  return started
}

interface KillContext {
  dataDir: string
  pdfDir: string
  ledger: Ledger
  random: Random
  report: KillReport
}

export async function killNine(dataDir: string, pdfDir: string, random: Random, kills: number, log = console.log) {
  const report: KillReport = {
    kills: 0,
    byMoment: { 'start-up': 0, notes: 0, import: 0 },
    acknowledged: 0,
    lost: [],
    problems: [],
  }
  const ctx: KillContext = { dataDir, pdfDir, ledger: emptyLedger(), random, report }
  const first = startServer(dataDir)
  await first.ready
  await first.stop()
  let startMs = 2000
  for (let k = 1; k <= kills && !report.lost.length && !report.problems.length; k++) {
    const moment = random.pick<KillMoment>(['start-up', 'notes', 'import', 'import'])
    startMs = (await cycle(moment, ctx, startMs)) ?? startMs
    report.kills = k
    report.byMoment[moment] += 1
    await checkDbParses(dataDir, report, `kill ${k} (${moment})`)
    if (k % 10 === 0) log(`  kill ${k}/${kills}: ${acknowledgedCount(ctx.ledger)} acknowledged writes so far`)
  }
  const last = startServer(dataDir)
  await last.ready
  await checkAfterRestart(last, dataDir, ctx.ledger, report)
  await last.stop()
  report.acknowledged = acknowledgedCount(ctx.ledger)
  return report
}
