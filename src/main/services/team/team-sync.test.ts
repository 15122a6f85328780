/**
 * Two data folders, one team folder: each installation changes its library while the
 * folder is out of reach, then both sync and end with equal libraries; a record edited
 * on both sides is kept twice on both; a colleague's log that is torn, hostile or gone
 * changes nothing it should not; PDFs from the folder are checked like any import.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { appendFile, mkdir, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { randomBytes } from 'node:crypto'
import type { Core } from '../../core'
import type { GlossaryTerm } from '@shared/glossary'
import { addThings, ask, joinTeam, openCore, sharedPdfs, sharedView, syncNow } from './team-testing'

let dir: string
let team: string
let a: Core
let b: Core

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tc-team-'))
  team = join(dir, 'team')
  ;[a, b] = await Promise.all([openCore(join(dir, 'a')), openCore(join(dir, 'b'))])
}, 120_000)

afterAll(async () => {
  await Promise.all([a?.close(), b?.close()])
  await rm(dir, { recursive: true, force: true })
})

const logOf = (core: Core) => join(team, 'logs', `${core.team.status().installationId}.jsonl`)
const converge = async () => {
  for (const core of [a, b, a, b]) await syncNow(core)
}

describe('a team folder between two installations', () => {
  it(
    'merges changes made on both sides while offline, both ways, into equal libraries',
    { timeout: 120_000 },
    async () => {
      await joinTeam(a, team)
      await joinTeam(b, team)
      expect((await syncNow(a)).unavailable).toBe(true)
      await addThings(a, dir, 'Alpha')
      await addThings(b, dir, 'Bravo')
      expect(sharedView(a)).not.toBe(sharedView(b))

      await mkdir(team)
      const first = await syncNow(a)
      expect(first).toMatchObject({ unavailable: false, filesWritten: 1, logsRead: 0 })
      expect(first.published).toBeGreaterThanOrEqual(3)
      const second = await syncNow(b)
      expect(second).toMatchObject({ logsRead: 1, added: 3, keptBoth: 0, skipped: [] })
      await converge()
      expect(sharedView(b)).toBe(sharedView(a))
      expect(await sharedPdfs(b)).toEqual(await sharedPdfs(a))
      expect(b.store.read().methods.some((m) => m.name === 'Alpha carousel')).toBe(true)
      expect(await readdir(join(team, 'files'))).toHaveLength(2)

      const before = await readFile(logOf(a), 'utf8')
      const again = await syncNow(a)
      expect(again).toMatchObject({ published: 0, added: 0, updated: 0, keptBoth: 0 })
      expect(await readFile(logOf(a), 'utf8')).toBe(before)
    },
  )

  it('keeps both versions of a term edited on both sides, visible on both', { timeout: 60_000 }, async () => {
    const term = a.store.read().glossary.find((t) => t.term === 'Alpha term')!
    const edit = (core: Core, value: string) =>
      ask(core, 'glossary:edit', { id: term.id, edit: { field: 'definition', value, base: term.definition } })
    await edit(a, 'Alpha says this.')
    await new Promise((r) => setTimeout(r, 5))
    await edit(b, 'Bravo says that.')
    await converge()
    expect(JSON.parse(sharedView(b)).glossary).toEqual(JSON.parse(sharedView(a)).glossary)
    expect(sharedView(b)).toBe(sharedView(a))
    for (const core of [a, b]) {
      const kept = core.store.read().glossary.filter((t: GlossaryTerm) => t.id.startsWith(term.id))
      expect(kept.map((t) => t.definition).sort()).toEqual(['Alpha says this.', 'Bravo says that.'])
      expect(kept.some((t) => t.term.endsWith('(from team folder)'))).toBe(true)
    }
  })

  it('never writes into another installation’s log', { timeout: 60_000 }, async () => {
    const bLog = await readFile(logOf(b), 'utf8')
    await addThings(a, dir, 'Charlie')
    await syncNow(a)
    expect(await readFile(logOf(b), 'utf8')).toBe(bLog)
  })

  it(
    'reads a torn last line only once it is whole, and skips hostile lines naming them',
    { timeout: 60_000 },
    async () => {
      const other = randomBytes(16).toString('hex')
      const log = join(team, 'logs', `${other}.jsonl`)
      const line = (id: string, term: string, from = other) =>
        JSON.stringify({
          v: 1,
          kind: 'glossary',
          id,
          ts: { l: 1, at: '2026-12-01T10:00:00.000Z' },
          from,
          record: {
            id,
            term,
            definition: 'From a colleague.',
            aliases: [],
            related: [],
            sourceId: null,
            translations: {},
            createdAt: '2026-12-01T10:00:00.000Z',
            updatedAt: '2026-12-01T10:00:00.000Z',
          },
        })
      const whole = line('delta-1', 'Delta term')
      await writeFile(log, `${line('delta-0', 'Echo term')}\n${whole.slice(0, 40)}`)
      const torn = await syncNow(a)
      expect(torn.skipped).toEqual([])
      const terms = () => a.store.read().glossary.map((t) => t.term)
      expect(terms()).toContain('Echo term')
      expect(terms()).not.toContain('Delta term')

      await appendFile(log, whole.slice(40) + '\n')
      await appendFile(log, '{"v":1,"kind":\n')
      await appendFile(
        log,
        JSON.stringify({ v: 1, kind: 'glossary', id: 'x', ts: { l: 2, at: '' }, from: other, record: { id: 'x' } }) +
          '\n',
      )
      await appendFile(log, line('foxtrot', 'Foxtrot term', 'f'.repeat(32)) + '\n')
      await appendFile(log, 'x'.repeat(9 * 1024 * 1024) + '\n')
      await appendFile(log, line('golf', 'Golf term') + '\n')
      const db = await readFile(a.paths.db, 'utf8')
      const hostile = await syncNow(a)
      expect(hostile.skipped.map((s) => [s.line, s.reason])).toEqual([
        [3, 'bad-json'],
        [4, 'bad-line'],
        [5, 'not-theirs'],
        [6, 'too-long'],
      ])
      expect(terms()).toEqual(expect.arrayContaining(['Delta term', 'Golf term']))
      expect(terms()).not.toContain('Foxtrot term')
      expect(db).not.toBe(await readFile(a.paths.db, 'utf8'))
      expect((await syncNow(a)).skipped).toEqual([])
    },
  )

  it(
    'refuses a PDF that does not match its hash or is not a PDF, and takes the rest',
    { timeout: 60_000 },
    async () => {
      const other = randomBytes(16).toString('hex')
      const sha = 'ab'.repeat(32)
      await writeFile(join(team, 'files', `${sha}.pdf`), '%PDF-1.7 not really')
      const resource = b.store.read().resources.find((r) => r.title.includes('Bravo'))!
      const forged = { ...resource, id: 'forged', title: 'Forged', file: { ...resource.file!, sha256: sha } }
      const linkOnly = { ...resource, id: 'link-only', title: 'Published online only', file: null }
      const lines = [forged, linkOnly].map((record, l) =>
        JSON.stringify({ v: 1, kind: 'resources', id: record.id, ts: { l, at: '' }, from: other, record }),
      )
      await writeFile(join(team, 'logs', `${other}.jsonl`), lines.join('\n') + '\n')
      const result = await syncNow(b)
      expect(result.skipped.filter((s) => s.log === `${other}.jsonl`).map((s) => s.reason)).toEqual(['bad-pdf'])
      expect(b.store.read().resources.some((r) => r.id === 'forged')).toBe(false)
      expect(b.store.read().resources.some((r) => r.id === 'link-only')).toBe(true)
      await readdir(b.paths.files).then((names) => expect(names).not.toContain(`${sha}.pdf`))
    },
  )

  it('works while the folder is gone and catches up when it is back', { timeout: 60_000 }, async () => {
    await converge()
    const away = join(dir, 'team-away')
    await rename(team, away)
    const result = await syncNow(b)
    expect(result.unavailable).toBe(true)
    await addThings(b, dir, 'Hotel')
    await rename(away, team)
    await converge()
    expect(sharedView(a)).toBe(sharedView(b))
    expect(a.store.read().glossary.some((t) => t.term === 'Hotel term')).toBe(true)
  })

  it(
    'reads a log again from the start when it was replaced, and a vanished log takes nothing away',
    { timeout: 60_000 },
    async () => {
      const view = sharedView(a)
      await rm(logOf(b))
      await syncNow(a)
      expect(sharedView(a)).toBe(view)
      await addThings(b, dir, 'India')
      await syncNow(b)
      await syncNow(a)
      expect(a.store.read().glossary.some((t) => t.term === 'India term')).toBe(true)
      await converge()
      expect(sharedView(a)).toBe(sharedView(b))
    },
  )
})
