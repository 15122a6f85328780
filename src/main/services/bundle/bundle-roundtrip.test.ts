/**
 * A bundle from one data folder into a fresh one, through the channels: every record and
 * every file equal; the same bundle again changes nothing; private things stay home
 * unless chosen; a newer record updates (ours to the trash); a record edited on both
 * sides is kept twice, and a third import still changes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Annotation, Resource } from '@shared/model'
import type { GlossaryTerm } from '@shared/glossary'
import type { Workshop } from '@shared/workshop'
import {
  shareEverything,
  type BundleApplied,
  type BundlePreview,
  type BundleSelection,
  type BundleWritten,
} from '@shared/bundle'
import { startCore, type Core } from '../../core'
import { resourcesDir, workerPath } from '../../testing/temp-dir'
import { makeTextPdf } from '../../testing/pdf-fixtures'
import { fillWorkshop } from '../../testing/fill-workshop'

let dir: string
let from: Core
let into: Core
const open = (name: string) =>
  startCore({ dataDir: join(dir, name), resourcesDir, workerPath, host: 'browser', version: 'test' })

async function ask<T>(core: Core, channel: string, input?: unknown): Promise<T> {
  const answer = await core.dispatch(channel, input)
  if (!answer.ok) throw new Error(answer.error.message)
  return answer.value as T
}

const everything = shareEverything

async function exportFrom(core: Core, selection: BundleSelection): Promise<string> {
  const written = await ask<BundleWritten>(core, 'bundle:export', { selection, jobId: 'feedc0de00000001' })
  return core.bundles.takeDownload(written.downloadId!)!.path
}

async function importInto(core: Core, zip: string, choices = {}) {
  const preview = await ask<BundlePreview>(core, 'bundle:preview', {
    source: { pickedId: core.picked.remember(zip).id, name: 'shared.zip' },
    jobId: 'feedc0de00000002',
  })
  const applied = await ask<BundleApplied>(core, 'bundle:apply', { previewId: preview.previewId, choices })
  return { preview, applied }
}

let workshop: Workshop
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tc-bundle-trip-'))
  from = await open('from')
  into = await open('into')
  const pdfs = await Promise.all(
    [1, 2].map((n) => makeTextPdf(dir, `manual-${n}.pdf`, [`Manual ${n} page one`, `Manual ${n} page two`])),
  )
  const sources = pdfs.map((p) => ({ pickedId: from.picked.remember(p).id }))
  const { outcomes } = await ask<{ outcomes: { resourceId: string }[] }>(from, 'library:import', { sources })
  const resourceId = outcomes[0]!.resourceId
  for (const visibility of ['shareable', 'facilitator'])
    await ask(from, 'annotations:create', {
      resourceId,
      page: 1,
      kind: 'note',
      rects: [],
      quote: '',
      body: `a ${visibility} note`,
      color: 'yellow',
      visibility,
    })
  await ask(from, 'glossary:create', {
    fields: {
      term: 'Bundle',
      definition: 'What a facilitator hands a colleague.',
      aliases: [],
      related: [],
      sourceId: null,
      translations: {},
    },
  })
  workshop = await ask<Workshop>(from, 'workshops:create', { title: 'Coordination course' })
  const send = (channel: string, input: unknown) => ask(from, channel, input)
  await fillWorkshop(send, workshop.id, {
    participants: [
      { id: 'p1', name: 'Amina Diallo', organisation: 'Police', sector: 'police', gender: 'female', consent: true },
    ],
  })
  await ask(from, 'workshops:addNote', { id: workshop.id, kind: 'quote', text: 'Amina Diallo asked about access.' })
  workshop = await ask<Workshop>(from, 'workshops:get', { id: workshop.id })
}, 120_000)

afterAll(async () => {
  await from.close()
  await into.close()
  await rm(dir, { recursive: true, force: true })
})

const shaOf = (core: Core, r: Resource) => readFile(join(core.paths.files, `${r.file!.sha256}.pdf`))

describe('a bundle between two data folders', () => {
  it(
    'brings every chosen record and file across, equal, and nothing changes the second time',
    { timeout: 120_000 },
    async () => {
      const zip = await exportFrom(from, everything)
      const first = await importInto(into, zip)
      expect(first.preview.counts.add).toBeGreaterThan(0)
      const a = from.store.read()
      const b = into.store.read()
      const shared = <T extends { id: string }>(list: readonly T[]) => list.filter((x) => !x.id.startsWith('starter-'))
      expect(shared(a.resources).length).toBe(2)
      for (const r of shared(a.resources)) {
        expect(b.resources.find((x) => x.id === r.id)).toEqual(r)
        if (r.file) expect(await shaOf(into, r)).toEqual(await shaOf(from, r))
        if (r.file)
          expect(await readFile(join(into.paths.text, `${r.file.sha256}.json`), 'utf8')).toBe(
            await readFile(join(from.paths.text, `${r.file.sha256}.json`), 'utf8'),
          )
      }
      expect(shared(a.glossary).length).toBe(1)
      for (const t of shared(a.glossary)) expect(b.glossary.find((x) => x.id === t.id)).toEqual(t)
      for (const s of shared(a.scenarios)) expect(b.scenarios.find((x) => x.id === s.id)).toEqual({ ...s, run: null })
      expect(b.annotations.map((x: Annotation) => x.body)).toEqual(['a shareable note'])

      const db = await stat(into.paths.db)
      const again = await importInto(into, zip)
      expect(again.preview.counts).toMatchObject({ add: 0, update: 0, conflict: 0 })
      expect(again.applied).toMatchObject({ added: 0, updated: 0, keptBoth: 0 })
      expect((await stat(into.paths.db)).mtimeMs).toBe(db.mtimeMs)
    },
  )

  it('leaves participants’ names out of a workshop unless asked', { timeout: 60_000 }, async () => {
    const zip = await exportFrom(from, { ...everything, workshops: [workshop.id] })
    await importInto(into, zip)
    const w = into.store.read().workshops.find((x) => x.id === workshop.id)!
    expect(w.participants.map((p) => p.name)).toEqual(['P1'])
    expect(w.notes[0]!.text).toBe('[participant] asked about access.')
    expect(JSON.stringify(w)).not.toContain('Amina')
  })

  it(
    'updates what the bundle has newer (ours to the trash) and keeps both when edited on both sides',
    { timeout: 60_000 },
    async () => {
      const term = from.store.read().glossary[0]!
      const edit = (core: Core, value: string, base: string) =>
        ask(core, 'glossary:edit', { id: term.id, edit: { field: 'definition', value, base } })
      await edit(into, 'Edited here first.', term.definition)
      await new Promise((r) => setTimeout(r, 5))
      await edit(from, 'Edited there later.', term.definition)
      const newer = await importInto(into, await exportFrom(from, { ...everything, resources: [], scenarios: [] }))
      expect(newer.preview.items.find((i) => i.id === term.id)?.action).toBe('update')
      expect(into.store.read().glossary.find((t) => t.id === term.id)?.definition).toBe('Edited there later.')
      expect(into.store.read().trash.some((e) => e.kind === 'glossary' && e.record.id === term.id)).toBe(true)

      await new Promise((r) => setTimeout(r, 5))
      await edit(into, 'Edited here again.', 'Edited there later.')
      const both = await importInto(into, await exportFrom(from, { ...everything, resources: [], scenarios: [] }))
      expect(both.preview.items.find((i) => i.id === term.id)?.action).toBe('conflict')
      const kept = into.store.read().glossary.filter((t: GlossaryTerm) => t.id.startsWith(term.id))
      expect(kept.map((t) => t.definition).sort()).toEqual(['Edited here again.', 'Edited there later.'])
      expect(kept.some((t) => t.term.endsWith('(from bundle)'))).toBe(true)
      const third = await importInto(into, await exportFrom(from, { ...everything, resources: [], scenarios: [] }))
      expect(third.applied).toMatchObject({ added: 0, updated: 0, keptBoth: 0 })
    },
  )

  it('stops a preview when cancelled, says so, and leaves no staging folder', { timeout: 60_000 }, async () => {
    const zip = await exportFrom(from, everything)
    const jobId = 'feedc0de0000cafe'
    const stop = into.events.subscribe((event) => {
      if (event.type === 'import:progress' && event.payload.batchId === `bundle:${jobId}`)
        void into.dispatch('bundle:cancel', { jobId })
    })
    const answer = await into.dispatch('bundle:preview', {
      source: { pickedId: into.picked.remember(zip).id, name: 'shared.zip' },
      jobId,
    })
    stop()
    expect(answer.ok ? null : answer.error.said?.id).toBe('bundle-canceled')
    expect((await readdir(into.paths.root)).filter((n) => n.startsWith('bundle-staging-'))).toEqual([])
  })
})
