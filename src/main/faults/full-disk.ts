/**
 * The real server on a disk that fills up. Writes refused for want of space must
 * answer a clear error, the server must keep running (a failed background save of
 * the search index included), no temp file may be left behind, and once space is
 * back writes work again and nothing acknowledged was lost — before and after a
 * restart.
 */
import { createHash } from 'node:crypto'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { makeTextPdf } from '../testing/pdf-fixtures'
import type { Disk } from './disk'
import { emptyLedger, missingWrites, acknowledgedCount, type Ledger } from './ledger'
import { must, startServer, type Answer, type ServerProcess } from './server-process'

export interface DiskReport {
  refused: number
  /** how the refusals were worded: code and message, with how often */
  said: Map<string, number>
  problems: string[]
  acknowledged: number
  lost: string[]
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
/** a refusal says the disk is full in words, not in a system error code */
const CLEAR = /the disk is full/i
const TECHNICAL = /\bE[A-Z]{3,}\b|errno/

interface Run {
  disk: Disk
  pdfDir: string
  ledger: Ledger
  report: DiskReport
  server: ServerProcess
  workshop: string
  n: number
  tmpSeen: Set<string>
}

function judge(run: Run, what: string, answer: Answer | Error): boolean {
  if (answer instanceof Error) {
    run.report.problems.push(`${what}: no answer (${answer.message})`)
    return false
  }
  if (!answer.ok) refusal(run, what, answer.error?.code ?? '?', answer.error?.message ?? '')
  return answer.ok
}

function refusal(run: Run, what: string, code: string, message: string) {
  run.report.refused += 1
  const said = `${code}: ${message.replace(/'[^']*'|\/\S+|\S+\.pdf/g, '…')}`
  run.report.said.set(said, (run.report.said.get(said) ?? 0) + 1)
  if (!CLEAR.test(message) || TECHNICAL.test(message))
    run.report.problems.push(`${what} was refused unclearly: ${code} "${message}"`)
}

const attempt = (request: Promise<Answer>) => request.catch((e: Error) => e)

async function addNote(run: Run, label: string) {
  const text = `${label} ${run.n++}`
  const answer = await attempt(run.server.call('workshops:addNote', { id: run.workshop, kind: 'decision', text }))
  if (judge(run, `a note (${label})`, answer))
    run.ledger.notes.get(run.workshop)!.set((answer as Answer & { value: { id: string } }).value.id, text)
}

async function saveTerm(run: Run, label: string) {
  const fields = {
    term: `${label} ${run.n++}`,
    definition: 'd',
    aliases: [],
    related: [],
    sourceId: null,
    translations: {},
  }
  judge(run, `a glossary term (${label})`, await attempt(run.server.call('glossary:create', { fields })))
}

async function importPdf(run: Run, label: string, pages = 20) {
  const name = `disk-${run.n++}.pdf`
  const text = Array.from({ length: pages }, (_, i) => `${name} page ${i + 1}`)
  const bytes = await readFile(await makeTextPdf(run.pdfDir, name, text))
  const uploaded = await attempt(run.server.upload(bytes))
  if (!judge(run, `an upload (${label})`, uploaded)) return
  const { uploadId } = (uploaded as Answer).value as { uploadId: string }
  const answer = await attempt(run.server.call('library:import', { sources: [{ uploadId, name }] }))
  if (!judge(run, `an import (${label})`, answer)) return
  const outcome = (
    (answer as Answer).value as { outcomes: { status: string; resourceId?: string; message?: string }[] }
  ).outcomes[0]!
  if (outcome.status === 'imported')
    run.ledger.imports.set(outcome.resourceId!, createHash('sha256').update(bytes).digest('hex'))
  else refusal(run, `an import (${label})`, `outcome ${outcome.status}`, outcome.message ?? '')
}

async function tmpLeftovers(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true })
  return entries.filter((name) => /\.tmp($|[.-])/.test(name))
}

/** After a quiet moment: the server still runs and no temp file is left. Restarts it if it died. */
async function settle(run: Run, label: string) {
  await sleep(2000)
  if (!run.server.alive()) {
    const said = run.server
      .output()
      .split('\n')
      .find((line) => /^\s*\[?\w*Error: /.test(line))
    run.report.problems.push(`the server died (${label}): ${said?.trim() ?? 'no message'}`)
    await run.disk.free()
    run.server = startServer(run.disk.dataDir, { nodeArgs: run.disk.nodeArgs, env: run.disk.env })
    await run.server.ready
  }
  const left = (await tmpLeftovers(run.disk.dataDir)).filter((name) => !run.tmpSeen.has(name))
  for (const name of left) run.tmpSeen.add(name)
  if (left.length) run.report.problems.push(`temp files left (${label}): ${left.join(', ')}`)
}

async function whileFull(run: Run, label: string) {
  await addNote(run, label)
  await saveTerm(run, label)
  await importPdf(run, label)
  await settle(run, label)
}

export async function fullDisk(disk: Disk, pdfDir: string): Promise<DiskReport> {
  const report: DiskReport = { refused: 0, said: new Map(), problems: [], acknowledged: 0, lost: [] }
  const server = startServer(disk.dataDir, { nodeArgs: disk.nodeArgs, env: disk.env })
  await server.ready
  const w = await must<{ id: string }>(server.call('workshops:create', { title: 'Full disk' }), 'workshops:create')
  const ledger = emptyLedger()
  ledger.notes.set(w.id, new Map())
  const run: Run = { disk, pdfDir, ledger, report, server, workshop: w.id, n: 1, tmpSeen: new Set() }
  await addNote(run, 'before')
  await importPdf(run, 'before')
  await importPdf(run, 'just before the disk fills')
  await disk.fill()
  await settle(run, 'the search index saved in the background onto a full disk')
  await disk.free()
  await disk.fill()
  await whileFull(run, 'disk full')
  if (disk.kind.startsWith('tmpfs')) {
    for (const leave of [4096, 32_768, 98_304, 409_600]) {
      await disk.free()
      await disk.fill(leave)
      await whileFull(run, `${leave} bytes free`)
    }
  }
  for (const delay of [50, 200, 600]) {
    await disk.free()
    const importing = importPdf(run, `disk filled ${delay} ms into an import`, 120)
    await sleep(delay)
    await disk.fill()
    await importing
    await settle(run, `disk filled ${delay} ms into an import`)
  }
  await disk.free()
  const refusedBefore = report.refused
  await addNote(run, 'after freeing space')
  await importPdf(run, 'after freeing space')
  if (report.refused > refusedBefore) report.problems.push('writes were still refused after space was freed')
  report.lost.push(...(await missingWrites(run.server.call, disk.dataDir, ledger)))
  await run.server.stop()
  const again = startServer(disk.dataDir, { nodeArgs: disk.nodeArgs, env: disk.env })
  await again.ready
  report.lost.push(...(await missingWrites(again.call, disk.dataDir, ledger)).map((m) => `after a restart: ${m}`))
  await again.stop()
  JSON.parse(await readFile(join(disk.dataDir, 'db.json'), 'utf8'))
  report.acknowledged = acknowledgedCount(ledger)
  return report
}
