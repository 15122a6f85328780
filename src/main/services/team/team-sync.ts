/**
 * One sync with the team folder: publish what changed here, then read each colleague's
 * log from where the last sync stopped and take it in. The folder may be missing (a
 * share not mounted, a drive not synced yet): then nothing is read or written there, the
 * local library is untouched, and the next sync catches up — the state of what was
 * published is only advanced after the log line is on disk. A log that shrank was
 * replaced (a colleague's reinstall, a restore) and is read again from the start; a log
 * that vanished is simply not read, and what it brought stays.
 */
import { mkdir, readdir, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { LOG_NAME, type LogLine, type TeamConfig, type TeamSyncResult } from '@shared/team'
import type { Clock } from '../clock'
import type { ImportDeps } from '../library/import'
import { appendLines, readLines } from './team-log'
import { changedLines, hashOf, keyOf, publishFiles, sharedRecords } from './publish'
import { takeIn } from './take-in'
import { readState, writeState, type TeamState } from './team-state'
import { withOurTranslations } from '../bundle/kept-translations'

export interface SyncDeps extends ImportDeps {
  clock: Clock
  installationId: string
}

const isFolder = (path: string) =>
  stat(path).then(
    (s) => s.isDirectory(),
    () => false,
  )

export const emptyResult = (at: string): TeamSyncResult => ({
  at,
  unavailable: false,
  published: 0,
  filesWritten: 0,
  logsRead: 0,
  added: 0,
  updated: 0,
  keptBoth: 0,
  waiting: 0,
  skipped: [],
})

async function publish(
  deps: SyncDeps,
  config: TeamConfig & { folder: string },
  state: TeamState,
  result: TeamSyncResult,
) {
  const records = sharedRecords(deps.store.read(), config.share)
  result.filesWritten += await publishFiles(deps.paths, config.folder, records)
  const { lines, hashes } = changedLines(records, state, deps.installationId, deps.clock.now())
  await mkdir(join(config.folder, 'logs'), { recursive: true })
  await appendLines(join(config.folder, 'logs', `${deps.installationId}.jsonl`), lines)
  for (const [key, hash] of hashes) state.seen[key] = hash
  state.lamport += lines.length
  result.published = lines.length
}

/** A record now held exactly as a colleague wrote it is not published back to them. */
function noteHeld(deps: SyncDeps, lines: readonly LogLine[], state: TeamState) {
  const data = deps.store.read()
  const byId = new Map<string, Map<string, { id: string }>>()
  const lookup = (kind: LogLine['kind']) =>
    byId.get(kind) ?? byId.set(kind, new Map(data[kind].map((r) => [r.id, r]))).get(kind)!
  for (const line of lines) {
    const ours = lookup(line.kind).get(line.id)
    const published = ours && line.kind === 'scenarios' ? { ...ours, run: null } : ours
    // held as written, our translations kept where theirs came without (bundle/kept-translations.ts)
    if (published && hashOf(published) === hashOf(withOurTranslations<unknown>(line.kind, published, line.record)))
      state.seen[keyOf(line.kind, line.id)] = hashOf(line.record)
  }
}

async function readOne(deps: SyncDeps, folder: string, owner: string, state: TeamState, result: Synced) {
  const path = join(folder, 'logs', `${owner}.jsonl`)
  const size = await stat(path).then(
    (s) => s.size,
    () => null,
  )
  if (size === null) return
  let place = state.logs[owner] ?? { offset: 0, lineCount: 0 }
  if (size < place.offset) place = { offset: 0, lineCount: 0 }
  const read = await readLines(path, owner, place)
  const lines: LogLine[] = [...(state.waiting[owner] ?? []), ...read.lines]
  result.skipped.push(...read.skipped)
  result.logsRead++
  if (lines.length) {
    const taken = await takeIn({ ...deps, folder }, `${owner}.jsonl`, lines)
    noteHeld(deps, lines, state)
    for (const line of lines) state.lamport = Math.max(state.lamport, line.ts.l)
    state.waiting[owner] = taken.waiting
    if (!taken.waiting.length) delete state.waiting[owner]
    result.added += taken.added
    result.updated += taken.updated
    result.keptBoth += taken.keptBoth
    result.resourceIds.push(...taken.resourceIds)
    result.skipped.push(...taken.problems)
  }
  state.logs[owner] = { offset: read.offset, lineCount: read.lineCount }
}

export type Synced = TeamSyncResult & { resourceIds: string[] }

export async function syncTeam(deps: SyncDeps, config: TeamConfig): Promise<Synced> {
  const result = { ...emptyResult(deps.clock.now()), resourceIds: [] as string[] }
  const folder = config.folder
  if (!folder || !(await isFolder(folder))) return { ...result, unavailable: true }
  const state = await readState(deps.paths, folder)
  await publish(deps, { ...config, folder }, state, result)
  await writeState(deps.paths, state)
  const names = await readdir(join(folder, 'logs')).catch(() => [] as string[])
  const owners = names.flatMap((n) => LOG_NAME.exec(n)?.[1] ?? []).filter((o) => o !== deps.installationId)
  for (const owner of owners.sort()) {
    await readOne(deps, folder, owner, state, result)
    await writeState(deps.paths, state)
  }
  // a copy kept from a conflict is ours now: it goes out in this same sync
  if (result.keptBoth) {
    const before = result.published
    await publish(deps, { ...config, folder }, state, result)
    result.published += before
    await writeState(deps.paths, state)
  }
  result.waiting = Object.values(state.waiting).reduce((n, w) => n + w.length, 0)
  return result
}
