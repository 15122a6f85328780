import { describe, expect, it } from 'vitest'
import type { Resource } from '@shared/model'
import type { Scenario } from '@shared/scenario'
import type { Restored, Trashed } from '@shared/trash'
import { blankBlock, type Workshop } from '@shared/workshop'
import { callerFor, memoryHandlerDeps } from '../../testing/handler-deps'
import { resourcesDir } from '../../testing/temp-dir'
import { seedGlossary } from '../glossary/glossary'
import { readStarterLibrary, seedStarterLibrary } from '../library/starter'
import { seedScenarios } from '../scenarios/scenarios'
import { seedTimeline } from '../timeline/timeline'
import { emptyOldTrash } from './trash'
import { salvage } from '../../store/salvage'

async function setup() {
  let tick = 0
  const deps = {
    ...memoryHandlerDeps(),
    clock: { now: () => new Date(Date.UTC(2026, 10, 24, 10) + tick++).toISOString() },
  }
  await seedStarterLibrary(deps.store, await readStarterLibrary(resourcesDir), deps.clock)
  await seedGlossary(deps.store, resourcesDir, deps.clock)
  await seedTimeline(deps.store, resourcesDir, deps.clock)
  await seedScenarios(deps.store, resourcesDir, deps.clock)
  return { deps, call: callerFor(deps) }
}

type Call = Awaited<ReturnType<typeof setup>>['call']
const first = async <T>(call: Call, channel: string, input?: unknown) => (await call<T[]>(channel, input))[0]!

async function workshopWithNote(call: Call) {
  const w = await call<Workshop>('workshops:create', { title: 'Trash course' })
  await call('workshops:addNote', { id: w.id, kind: 'quote', text: 'Security is trust' })
  return call<Workshop>('workshops:get', { id: w.id })
}

describe('the one trash', () => {
  it('brings every kind of record back whole, from one restore channel', async () => {
    const { call } = await setup()
    const resource = await first<Resource>(call, 'library:list')
    const annotation = await call<{ id: string }>('annotations:create', {
      resourceId: resource.id,
      page: 1,
      kind: 'note',
      rects: [],
      quote: '',
      body: 'Read aloud',
      color: 'yellow',
      visibility: 'facilitator',
    })
    const template = await call<{ id: string }>('templates:save', {
      kind: 'exercise',
      title: 'Energiser',
      minutes: 10,
      facilitators: [],
      links: [],
    })
    const cases: [string, string, { id: string }][] = [
      ['library:list', 'library:delete', resource],
      ['glossary:list', 'glossary:delete', await first(call, 'glossary:list')],
      ['timeline:list', 'timeline:delete', await first(call, 'timeline:list', {})],
      ['scenarios:list', 'scenarios:delete', await first(call, 'scenarios:list')],
      ['workshops:list', 'workshops:delete', await workshopWithNote(call)],
      ['templates:list', 'templates:delete', template],
    ]
    for (const [list, remove, record] of cases) {
      const before = (await call<{ id: string }[]>(list, list === 'timeline:list' ? {} : undefined)).find(
        (r) => r.id === record.id,
      )
      const ticket = await call<Trashed>(remove, { id: record.id })
      expect(ticket.recordId, remove).toBe(record.id)
      const after = await call<Restored>('trash:restore', { id: ticket.id })
      expect(after.restored.id).toBe(ticket.id)
      const back = (await call<{ id: string }[]>(list, list === 'timeline:list' ? {} : undefined)).find(
        (r) => r.id === record.id,
      )
      expect(back, remove).toEqual(before)
    }
    const note = await call<Trashed>('annotations:delete', { id: annotation.id })
    expect(note.label).toBe('Read aloud')
    await call('trash:restore', { id: note.id })
    expect(await call('annotations:list', { resourceId: resource.id })).toHaveLength(1)
    expect(await call('trash:list')).toEqual([])
  })

  it('puts a workshop note back in time order, and refuses when its workshop is gone', async () => {
    const { call } = await setup()
    const w = await workshopWithNote(call)
    await call('workshops:addNote', { id: w.id, kind: 'action', text: 'Send the map' })
    const notes = (await call<Workshop>('workshops:get', { id: w.id })).notes
    const ticket = await call<Trashed>('workshops:deleteNote', { id: w.id, noteId: notes[0]!.id })
    expect(ticket).toMatchObject({ kind: 'note', label: 'Security is trust', parentId: w.id })
    await call('trash:restore', { id: ticket.id })
    expect((await call<Workshop>('workshops:get', { id: w.id })).notes).toEqual(notes)

    const again = await call<Trashed>('workshops:deleteNote', { id: w.id, noteId: notes[0]!.id })
    await call('workshops:delete', { id: w.id })
    await expect(call('trash:restore', { id: again.id })).rejects.toThrow(/cannot come back/)
    await expect(call('trash:restore', { id: 'no-such-entry' })).rejects.toThrow(/can no longer be undone/)
  })

  it('a restarted run comes back with its notes, and the run it replaced is kept in turn', async () => {
    const { call } = await setup()
    const s = await first<Scenario>(call, 'scenarios:list')
    await call('scenarios:run', { id: s.id, action: 'start' })
    await call('scenarios:run', { id: s.id, action: 'note', text: 'The mayor leads' })
    const ran = await call<Scenario>('scenarios:run', { id: s.id, action: 'next-phase' })
    const { scenario, trashed } = await call<{ scenario: Scenario; trashed: Trashed }>('scenarios:restart', {
      id: s.id,
    })
    expect(scenario.run).toMatchObject({ phaseIndex: 0, notes: [], released: [] })
    expect(trashed).toMatchObject({ kind: 'run', recordId: s.id })
    const { displaced } = await call<Restored>('trash:restore', { id: trashed.id })
    expect((await call<Scenario>('scenarios:get', { id: s.id })).run).toEqual(ran.run)
    expect(displaced).toMatchObject({ kind: 'run', recordId: s.id })
  })

  it('composing over an edited draft keeps it; going back keeps the composed one', async () => {
    const { deps, call } = await setup()
    const w = await call<Workshop>('workshops:create', { title: 'Report course' })
    const compose = () =>
      call<{ workshop: Workshop; trashed: Trashed | null }>('workshops:composeReport', { id: w.id, withNames: false })
    const firstDraft = await compose()
    expect(firstDraft.trashed).toBeNull()
    await deps.store.update((data) => void (data.workshops[0]!.report.draft = 'My own words'))
    const second = await compose()
    expect(second.trashed).toMatchObject({ kind: 'draft', excerpt: 'My own words' })
    expect(second.workshop.report.draft).toBe(firstDraft.workshop.report.draft)
    const { displaced } = await call<Restored>('trash:restore', { id: second.trashed!.id })
    expect((await call<Workshop>('workshops:get', { id: w.id })).report.draft).toBe('My own words')
    expect(displaced).toMatchObject({ kind: 'draft', excerpt: expect.stringMatching(/^# /) })
  })

  it('empties entries older than 30 days at start-up, with the annotations of resources gone for good', async () => {
    const { deps, call } = await setup()
    const resource = await first<Resource>(call, 'library:list')
    const fields = {
      page: 1,
      kind: 'note',
      rects: [],
      quote: '',
      body: 'x',
      color: 'yellow',
      visibility: 'facilitator',
    }
    await call('annotations:create', { resourceId: resource.id, ...fields })
    await call('library:delete', { id: resource.id })
    await emptyOldTrash(deps.store, { now: () => '2026-12-20T10:00:00.000Z' })
    expect(deps.store.read().trash).toHaveLength(1)
    expect(deps.store.read().annotations).toHaveLength(1)
    await emptyOldTrash(deps.store, { now: () => '2026-12-25T10:00:00.000Z' })
    expect(deps.store.read().trash).toHaveLength(0)
    expect(deps.store.read().annotations).toHaveLength(0)
  })

  it('reads a resource the earlier, resources-only trash kept, without setting anything aside', async () => {
    const { deps } = await setup()
    const resource = deps.store.read().resources[0]!
    const old = { ...deps.store.read(), trash: [{ ...resource, deletedAt: '2026-11-20T08:00:00.000Z' }] }
    const read = salvage(JSON.parse(JSON.stringify(old)))
    expect(read.kind === 'ok' && read.setAside).toEqual([])
    expect(read.kind === 'ok' && read.data.trash).toEqual([
      {
        id: resource.id,
        kind: 'resource',
        label: resource.title,
        deletedAt: '2026-11-20T08:00:00.000Z',
        parentId: null,
        record: resource,
      },
    ])
  })

  it('keeps an agenda block, a participant, a role and an inject a list change removes, and puts each back where it stood', async () => {
    const { call } = await setup()
    const w = await call<Workshop>('workshops:create', { title: 'Items course' })
    const block = (id: string, title: string) => ({ ...blankBlock(id, 1), title })
    const ops = ['a', 'b', 'c'].map((id) => ({ op: 'add', item: block(id, `Block ${id}`) }))
    await call('workshops:editList', { id: w.id, list: 'agenda', ops })
    const person = { id: 'p1', name: 'Amina', organisation: '', sector: 'police', gender: 'female', consent: true }
    await call('workshops:editList', { id: w.id, list: 'participants', ops: [{ op: 'add', item: person }] })
    type Outcome = { record: Workshop; trashed?: Trashed[] }
    const removed = await call<Outcome>('workshops:editList', {
      id: w.id,
      list: 'agenda',
      ops: [{ op: 'remove', itemId: 'b' }],
    })
    expect(removed.record.agenda.map((b) => b.id)).toEqual(['a', 'c'])
    expect(removed.trashed).toMatchObject([{ kind: 'block', label: 'Block b', parentId: w.id, recordId: w.id }])
    const again = await call<Outcome>('workshops:editList', {
      id: w.id,
      list: 'agenda',
      ops: [{ op: 'remove', itemId: 'b' }],
    })
    expect(again.trashed).toBeUndefined()
    const gone = await call<Outcome>('workshops:editList', {
      id: w.id,
      list: 'participants',
      ops: [{ op: 'remove', itemId: 'p1' }],
    })
    await call('trash:restore', { id: removed.trashed![0]!.id })
    await call('trash:restore', { id: gone.trashed![0]!.id })
    const back = await call<Workshop>('workshops:get', { id: w.id })
    expect(back.agenda.map((b) => b.id)).toEqual(['a', 'b', 'c'])
    expect(back.agenda[1]).toEqual(block('b', 'Block b'))
    expect(back.participants).toEqual([person])

    const s = await first<Scenario>(call, 'scenarios:list')
    const phase = s.phases.find((p) => p.injects.length > 1)!
    const inject = phase.injects[0]!
    const role = s.roles[0]!
    const tookInject = await call<{ trashed: Trashed[] }>('scenarios:editList', {
      id: s.id,
      list: 'injects',
      phaseId: phase.id,
      ops: [{ op: 'remove', itemId: inject.id }],
    })
    const tookRole = await call<{ trashed: Trashed[] }>('scenarios:editList', {
      id: s.id,
      list: 'roles',
      ops: [{ op: 'remove', itemId: role.id }],
    })
    expect(tookRole.trashed[0]).toMatchObject({ kind: 'role', label: role.name })
    for (const t of [tookInject, tookRole]) await call('trash:restore', { id: t.trashed[0]!.id })
    const whole = await call<Scenario>('scenarios:get', { id: s.id })
    expect(whole.roles).toEqual(s.roles)
    expect(whole.phases).toEqual(s.phases)
  })
})
