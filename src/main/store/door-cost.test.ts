/**
 * What the door and the durable write cost a note in run mode on a large library
 * (1,000 resources, 50 workshops, 10,000 notes). Prints the figures; asserts that the
 * check follows the size of the change, not of the library.
 */
import { describe, expect, it } from 'vitest'
import { join } from 'node:path'
import { Memory } from 'lowdb'
import { JSONFile } from 'lowdb/node'
import { withTempDir } from '../testing/temp-dir'
import { createStore } from './store'
import { openStore } from './open-store'
import { Data, emptyData } from './schema'
import { blankWorkshop } from '@shared/workshop'
import { emptyResourceDetails, type Resource } from '@shared/model'
import { addNote } from '../services/workshops/workshops'

const at = '2026-11-30T09:00:00.000Z'
const clock = { now: () => at }

function largeLibrary(): Data {
  const data = emptyData()
  for (let i = 0; i < 1000; i++)
    data.resources.push({
      ...emptyResourceDetails(),
      id: `r${i}`,
      createdAt: at,
      updatedAt: at,
      kind: 'handbook',
      title: `Handbook ${i}`,
      language: 'en',
      source: 'import',
      file: null,
    } as Resource)
  for (let w = 0; w < 50; w++)
    data.workshops.push({
      ...blankWorkshop(`Workshop ${w}`),
      id: `w${w}`,
      createdAt: at,
      updatedAt: at,
      notes: Array.from({ length: 200 }, (_, n) => ({
        id: `w${w}n${n}`,
        at,
        blockId: null,
        kind: 'observation' as const,
        text: `Observation ${n} in workshop ${w}: the group discussed coordination with the police.`,
      })),
      runningBlockId: null,
    })
  return Data.parse(data)
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!

async function timeNotes(store: ReturnType<typeof createStore>, count: number): Promise<number> {
  const times: number[] = []
  for (let i = 0; i < count; i++) {
    const start = performance.now()
    await addNote(store, clock, `w${i % 50}`, { kind: 'quote', text: `Note ${i}` })
    times.push(performance.now() - start)
  }
  return median(times)
}

describe('what the door costs', () => {
  it('a note on a large library: the check follows the change, not the library', async () => {
    const library = largeLibrary()
    const fullStart = performance.now()
    for (let i = 0; i < 5; i++) Data.parse(library)
    const fullCheck = (performance.now() - fullStart) / 5

    const inMemory = await timeNotes(createStore(new Memory<Data>(), largeLibrary()), 40)

    await withTempDir(async (dir) => {
      const opened = await openStore({ dbPath: join(dir, 'db.json'), backupsDir: join(dir, 'backups') })
      await opened.store.update((d) => Object.assign(d, largeLibrary()))
      const onDisk = await timeNotes(opened.store, 40)
      const plain = await timeNotes(createStore(new JSONFile<Data>(join(dir, 'plain.json')), largeLibrary()), 40)
      console.log(
        `door cost: full schema check of the library ${fullCheck.toFixed(1)} ms; ` +
          `a note (door + copy, in memory) ${inMemory.toFixed(2)} ms median; ` +
          `a note acknowledged on disk (door, db.json fsync + rename + folder fsync, journal fsync) ${onDisk.toFixed(1)} ms median; ` +
          `the same through lowdb's JSONFile (whole file re-stringified, no fsync) ${plain.toFixed(1)} ms median`,
      )
      expect(opened.store.read().workshops[0]!.notes).toHaveLength(201)
    })
    expect(inMemory).toBeLessThan(fullCheck / 2)
  }, 120_000)
})
