/**
 * db.json damaged in the ways files really get damaged (cut short, emptied,
 * overwritten, replaced by another shape, one bad record among good ones), beside
 * the app's own backup. What should happen: the app starts, says so in a notice,
 * keeps the damaged bytes somewhere, and every good record is there — restored
 * from the backup when the file is unreadable as a whole, loaded from the file
 * when only a record is bad. A file from a newer app is refused with a clear
 * message and left as it is (starting would replace a newer app's data with an
 * older backup); a folder where db.json should be may be refused the same way or
 * set aside like a damaged file — nothing in it is a library.
 */
import { mkdir, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Random } from './seeded'
import type { Core } from '../core'
import { copyTemplate, missingRecords, openCore, type Template } from './library-template'

export interface Shape {
  name: string
  /** what db.json becomes, from the template's own db.json */
  make(good: Record<string, unknown>, text: string, random: Random): string | 'directory'
  /** start and recover, or refuse with a message matching this */
  refuse?: RegExp
  /** refusing is right, and so is recovering (notice, good records, the damaged thing kept) */
  orRecover?: boolean
  /** whose records must be there afterwards: the backup's, or all the good ones of the file */
  expect?: 'backup' | 'file'
  /** a string that must still be found on disk (the set-aside record); default: the damaged bytes */
  marker?: string
}

const BAD_RESOURCE = 'bad-resource-7f3a'
const BAD_NOTE = 'bad-note-5c1e'

export const shapes: Shape[] = [
  { name: 'truncated', make: (_, text) => text.slice(0, Math.floor(text.length / 2)) },
  { name: 'empty', make: () => '' },
  {
    name: 'garbage bytes',
    make: (_, __, random) => String.fromCharCode(...Array.from({ length: 2048 }, () => random.int(1, 0xfff))),
  },
  { name: 'null', make: () => 'null' },
  { name: '[]', make: () => '[]' },
  { name: '{}', make: () => '{}' },
  { name: 'unknown keys only', make: () => JSON.stringify({ colour: 'blue', items: [1, 2, 3] }) },
  { name: '{"resources":[]}', make: () => '{"resources":[]}' },
  {
    name: 'one resource with a bad field among good ones',
    expect: 'file',
    marker: BAD_RESOURCE,
    make: (good) => {
      const resources = good.resources as Record<string, unknown>[]
      const bad = { ...resources[0], id: BAD_RESOURCE, title: 12345, file: null }
      return JSON.stringify({ ...good, resources: [...resources.slice(0, 1), bad, ...resources.slice(1)] })
    },
  },
  {
    name: 'one bad workshop note in a valid file',
    expect: 'file',
    marker: BAD_NOTE,
    make: (good) => {
      const [first, ...rest] = good.workshops as { notes: unknown[] }[]
      const note = { id: BAD_NOTE, at: '2026-03-02T10:00:00.000Z', blockId: null, kind: 'shout', text: 7 }
      return JSON.stringify({ ...good, workshops: [{ ...first, notes: [...first!.notes, note] }, ...rest] })
    },
  },
  {
    name: 'a schema version from the future',
    refuse: /newer|version/i,
    make: (good) => JSON.stringify({ ...good, schemaVersion: 99 }),
  },
  {
    name: 'db.json is a directory',
    refuse: /db\.json[\s\S]*(directory|folder)|(directory|folder)[\s\S]*db\.json/i,
    orRecover: true,
    marker: 'not a library',
    make: () => 'directory',
  },
]

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true })
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name))
}

async function keptOnDisk(dir: string, shape: Shape, written: string): Promise<boolean> {
  if (!shape.marker && written === '') return true
  for (const file of await filesUnder(dir)) {
    const body = await readFile(file, 'utf8').catch(() => '')
    if (shape.marker ? body.includes(shape.marker) : body === written) return true
  }
  return false
}

async function writeShape(dir: string, shape: Shape, random: Random): Promise<string> {
  const db = join(dir, 'db.json')
  const text = await readFile(db, 'utf8')
  const made = shape.make(JSON.parse(text) as Record<string, unknown>, text, random)
  if (made === 'directory') {
    await rm(db)
    await mkdir(db)
    await writeFile(join(db, 'inside.txt'), 'not a library')
    return made
  }
  await writeFile(db, made)
  return made
}

async function refusal(dir: string, shape: Shape, written: string, template: Template): Promise<string[]> {
  const problems: string[] = []
  const started = await openCore(dir).catch((error: Error) => error)
  if (!(started instanceof Error) && shape.orRecover) return recovered(started, dir, shape, written, template)
  if (!(started instanceof Error)) {
    problems.push(`started (notices: ${started.notices.map((n) => n.text).join(' | ') || 'none'}) instead of refusing`)
    await started.close()
  } else if (!shape.refuse!.test(started.message))
    problems.push(`refused with an unclear message: "${started.message}"`)
  const db = join(dir, 'db.json')
  const left =
    written === 'directory'
      ? (await stat(db).catch(() => null))?.isDirectory()
        ? 'directory'
        : 'gone'
      : await readFile(db, 'utf8').catch(() => 'gone')
  if (left !== written) problems.push('db.json was not left as it was')
  return problems
}

async function recovered(core: Core, dir: string, shape: Shape, written: string, template: Template) {
  const problems: string[] = []
  const expected = shape.expect === 'file' ? template.all : template.early
  try {
    if (!core.notices.length) problems.push('no notice')
    const missing = await missingRecords(core, expected)
    if (missing.length) problems.push(`good data missing: ${missing.join(', ')}`)
  } finally {
    await core.close()
  }
  if (!(await keptOnDisk(dir, shape, written)))
    problems.push(shape.marker ? `"${shape.marker}" was not kept aside` : 'the damaged file was not kept')
  const again = await openCore(dir).catch((error: Error) => error)
  if (again instanceof Error) return [...problems, `did not start a second time: ${again.message}`]
  const missingAgain = await missingRecords(again, expected)
  await again.close()
  if (missingAgain.length) problems.push(`missing at the second start: ${missingAgain.join(', ')}`)
  return problems
}

async function recovery(dir: string, shape: Shape, written: string, template: Template): Promise<string[]> {
  const core = await openCore(dir).catch((error: Error) => error)
  if (core instanceof Error) return [`did not start: ${core.message}`]
  return recovered(core, dir, shape, written, template)
}

/** What went wrong with one shape; empty when the app behaved as it should. */
export async function tryShape(template: Template, dir: string, shape: Shape, random: Random): Promise<string[]> {
  await copyTemplate(template, dir)
  const written = await writeShape(dir, shape, random)
  return shape.refuse ? refusal(dir, shape, written, template) : recovery(dir, shape, written, template)
}
