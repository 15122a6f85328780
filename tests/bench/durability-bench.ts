/**
 * What fsync-before-acknowledge costs (issue #20 item 8). The store has no switch for
 * it, and the shipped app gets none: here, in the bench process only, FileHandle's sync
 * and datasync are made no-ops for the "off" runs, so the same code path is timed with
 * and without the disk flushes. Runs alternate on and off, to share the machine's moods.
 */
import { open } from 'node:fs/promises'
import { join } from 'node:path'
import { rm } from 'node:fs/promises'
import { createExtractionPool } from '../../src/main/services/pdf/extraction-pool'
import { importPdfs } from '../../src/main/services/library/import'
import { addNote, createWorkshop } from '../../src/main/services/workshops/workshops'
import { emptyLibrary, importDeps } from './import-run'
import { median, timed } from './stats'

type Syncing = { sync(): Promise<void>; datasync(): Promise<void> }

async function fileHandlePrototype(path: string): Promise<Syncing> {
  const handle = await open(path, 'r')
  const proto = Object.getPrototypeOf(handle) as Syncing
  await handle.close()
  return proto
}

async function withFsync<T>(on: boolean, proto: Syncing, work: () => Promise<T>): Promise<T> {
  const { sync, datasync } = proto
  if (!on) proto.sync = proto.datasync = async () => undefined
  try {
    return await work()
  } finally {
    Object.assign(proto, { sync, datasync })
  }
}

const clock = { now: () => new Date().toISOString() }

/** Median acknowledged time of a run-mode note, on a library with a workshop of 200 notes already. */
async function noteMs(on: boolean, proto: Syncing): Promise<number> {
  const lib = await emptyLibrary()
  const workshop = await createWorkshop(lib.store, clock, 'Bench workshop')
  for (let i = 0; i < 200; i++) await addNote(lib.store, clock, workshop.id, { kind: 'observation', text: `Note ${i}` })
  const times: number[] = []
  await withFsync(on, proto, async () => {
    for (let i = 0; i < 40; i++)
      times.push((await timed(() => addNote(lib.store, clock, workshop.id, { kind: 'quote', text: `Quote ${i}` }))).ms)
  })
  await lib.search.close()
  await rm(lib.dir, { recursive: true, force: true })
  return median(times)
}

async function importMs(on: boolean, proto: Syncing, files: string[], workerPath: string): Promise<number> {
  const lib = await emptyLibrary()
  const pool = createExtractionPool({ workerPath })
  const { ms } = await withFsync(on, proto, () =>
    timed(() =>
      importPdfs(
        importDeps(lib, pool),
        files.map((path) => ({ path })),
        'bench',
      ),
    ),
  )
  await pool.close()
  await lib.search.close()
  await rm(lib.dir, { recursive: true, force: true })
  return ms
}

export async function benchDurability(files: string[], workerPath: string, runs: number) {
  const proto = await fileHandlePrototype(files[0]!)
  const note = { on: [] as number[], off: [] as number[] }
  const imp = { on: [] as number[], off: [] as number[] }
  for (let i = 0; i < runs; i++) {
    for (const on of i % 2 ? [false, true] : [true, false]) {
      note[on ? 'on' : 'off'].push(await noteMs(on, proto))
      imp[on ? 'on' : 'off'].push(await importMs(on, proto, files, workerPath))
    }
    console.log(
      `  fsync run ${i + 1}: note ${note.on.at(-1)!.toFixed(1)} ms on / ${note.off.at(-1)!.toFixed(1)} ms off; ` +
        `import of ${files.length} files ${(imp.on.at(-1)! / 1000).toFixed(1)} s on / ${(imp.off.at(-1)! / 1000).toFixed(1)} s off`,
    )
  }
  return {
    noteOn: median(note.on),
    noteOff: median(note.off),
    importOn: median(imp.on),
    importOff: median(imp.off),
    files: files.length,
    dir: join(files[0]!, '..'),
  }
}
