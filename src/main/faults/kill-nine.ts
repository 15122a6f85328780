/**
 * SIGKILL the real browser-mode server at random moments — during start-up, note
 * writes and PDF imports — on one data folder, again and again. After each kill
 * db.json must parse; after each restart every write the server acknowledged must
 * be there, and the restart must not report damage. Kill moments come from the
 * suite's seed; where each kill landed (start-up, an import in flight, only note
 * writes in flight) is counted, not assumed.
 */
import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { makeTextPdf } from '../testing/pdf-fixtures'
import { acknowledgedCount, emptyLedger, missingWrites, type Ledger } from './ledger'
import type { Random } from './seeded'
import { must, startServer, type Answer, type ServerProcess } from './server-process'

type Plan = 'start-up' | 'notes' | 'import'
export type Landing = 'start-up' | 'import in flight' | 'note write in flight' | 'idle'

export interface KillReport {
  kills: number
  landed: Record<Landing, number>
  acknowledged: number
  lost: string[]
  problems: string[]
}

interface Cycle {
  server: ServerProcess
  ledger: Ledger
  random: Random
  pdfDir: string
  killed: boolean
  inFlight: { imports: number; notes: number }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

async function tracked(c: Cycle, kind: 'imports' | 'notes', request: Promise<Answer>): Promise<Answer> {
  c.inFlight[kind] += 1
  try {
    const answer = await request
    if (!answer.ok) throw new Error(`refused: ${answer.error?.code} ${answer.error?.message}`)
    return answer
  } finally {
    c.inFlight[kind] -= 1
  }
}

async function writeNotes(c: Cycle) {
  while (!c.killed) {
    const ids = [...c.ledger.notes.keys()]
    if (!ids.length || c.random.next() < 0.08) {
      const title = `Kill test ${c.random.int(1, 1e6)}`
      const created = await tracked(c, 'notes', c.server.call('workshops:create', { title }))
      c.ledger.notes.set((created.value as { id: string }).id, new Map())
      continue
    }
    const id = c.random.pick(ids)
    const text = `note ${c.random.int(1, 1e9)} ${'x'.repeat(c.random.int(1, 400))}`
    const answer = await tracked(c, 'notes', c.server.call('workshops:addNote', { id, kind: 'observation', text }))
    c.ledger.notes.get(id)!.set((answer.value as { id: string }).id, text)
  }
}

async function importPdfs(c: Cycle) {
  while (!c.killed) {
    const name = `kill-${c.random.int(1, 1e9)}.pdf`
    const pages = Array.from({ length: c.random.int(1, 120) }, (_, i) => `${name} page ${i + 1}: coordination.`)
    const bytes = await readFile(await makeTextPdf(c.pdfDir, name, pages))
    const sha = createHash('sha256').update(bytes).digest('hex')
    const uploaded = await tracked(c, 'imports', c.server.upload(bytes))
    const { uploadId } = uploaded.value as { uploadId: string }
    const answer = await tracked(c, 'imports', c.server.call('library:import', { sources: [{ uploadId, name }] }))
    const outcome = (answer.value as { outcomes: { status: string; resourceId?: string }[] }).outcomes[0]
    if (outcome?.status !== 'imported') throw new Error(`import of ${name} answered ${JSON.stringify(outcome)}`)
    c.ledger.imports.set(outcome.resourceId!, sha)
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

/** Start, check, work, kill; answers where the kill landed and how long start-up took. */
async function cycle(
  plan: Plan,
  dataDir: string,
  base: Omit<Cycle, 'server' | 'killed' | 'inFlight'>,
  report: KillReport,
  startMs: number,
) {
  const began = Date.now()
  const server = startServer(dataDir)
  if (plan === 'start-up') {
    let ready = false
    void server.ready.then(() => (ready = true)).catch(() => undefined)
    await Promise.race([sleep(base.random.int(0, startMs)), server.exited])
    await server.kill9()
    return { landed: (ready ? 'idle' : 'start-up') as Landing, startMs: null }
  }
  await server.ready
  const started = Date.now() - began
  await checkAfterRestart(server, dataDir, base.ledger, report)
  const c: Cycle = { ...base, server, killed: false, inFlight: { imports: 0, notes: 0 } }
  const guard = (work: Promise<void>) =>
    work.catch((e: Error) => {
      if (!c.killed) report.problems.push(`${plan} work failed before the kill: ${e.message}`)
    })
  const work = Promise.all([guard(writeNotes(c)), guard(plan === 'notes' ? writeNotes(c) : importPdfs(c))])
  await sleep(plan === 'notes' ? base.random.int(20, 700) : base.random.int(50, 1800))
  c.killed = true
  const landed: Landing = c.inFlight.imports ? 'import in flight' : c.inFlight.notes ? 'note write in flight' : 'idle'
  await server.kill9()
  await work
  return { landed, startMs: started }
}

export async function killNine(dataDir: string, pdfDir: string, random: Random, kills: number, log = console.log) {
  const landed: Record<Landing, number> = { 'start-up': 0, 'import in flight': 0, 'note write in flight': 0, idle: 0 }
  const report: KillReport = { kills: 0, landed, acknowledged: 0, lost: [], problems: [] }
  const ledger = emptyLedger()
  const first = startServer(dataDir)
  await first.ready
  await first.stop()
  let startMs = 2000
  for (let k = 1; k <= kills && !report.lost.length && !report.problems.length; k++) {
    const plan = random.pick<Plan>(['start-up', 'notes', 'import', 'import'])
    const done = await cycle(plan, dataDir, { ledger, random, pdfDir }, report, startMs)
    startMs = done.startMs ?? startMs
    report.kills = k
    landed[done.landed] += 1
    await checkDbParses(dataDir, report, `kill ${k} (${done.landed})`)
    if (k % 10 === 0) log(`  kill ${k}/${kills}: ${acknowledgedCount(ledger)} acknowledged writes so far`)
  }
  const last = startServer(dataDir)
  await last.ready
  await checkAfterRestart(last, dataDir, ledger, report)
  await last.stop()
  report.acknowledged = acknowledgedCount(ledger)
  return report
}
