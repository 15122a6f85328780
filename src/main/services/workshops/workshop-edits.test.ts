import { describe, expect, it } from 'vitest'
import type { AppEvent } from '@shared/contract'
import type { EditOutcome } from '@shared/edits'
import { blankBlock, type Block, type Workshop } from '@shared/workshop'
import { createDispatcher } from '../../dispatch'
import { createHandlers } from '../../handlers'
import { announceChanges } from '../../data-events'
import { callerFor, memoryHandlerDeps } from '../../testing/handler-deps'

const block = (id: string, day = 1): Block => ({ ...blankBlock(id, day), minutes: 30 })

async function setup() {
  const deps = memoryHandlerDeps()
  const call = callerFor(deps)
  const w = await call<Workshop>('workshops:create', { title: 'Edits' })
  const edit = (field: string, value: unknown, base?: unknown) =>
    call<EditOutcome<Workshop>>('workshops:edit', { id: w.id, edit: { field, value, base } })
  const agenda = (...ops: unknown[]) =>
    call<EditOutcome<Workshop>>('workshops:editList', { id: w.id, list: 'agenda', ops })
  const titles = () => deps.store.read().workshops[0]!.agenda.map((b) => b.id)
  return { deps, call, w, edit, agenda, titles }
}

describe('changes, not copies', () => {
  it('two pages that loaded the same record change different fields: both changes stay', async () => {
    const { edit, deps } = await setup()
    await edit('context.region', 'Sahel', '')
    await edit('context.keyChallenges', 'Floods', '')
    expect(deps.store.read().workshops[0]!.context).toMatchObject({ region: 'Sahel', keyChallenges: 'Floods' })
  })

  it('the same field changed since it was loaded is a conflict with both values, and nothing is written', async () => {
    const { edit, deps } = await setup()
    await edit('venue', 'Bamako', '')
    const before = deps.store.read()
    const outcome = await edit('venue', 'Mopti', '')
    expect(outcome.conflict).toEqual({ field: 'venue', theirs: 'Bamako', mine: 'Mopti' })
    expect(outcome.record.venue).toBe('Bamako')
    expect(deps.store.read()).toBe(before)
    expect((await edit('venue', 'Mopti', 'Bamako')).conflict).toBeNull()
    expect((await edit('venue', 'Mopti', 'Timbuktu')).conflict).toBeNull() // it already holds what was sent
    expect((await edit('venue', 'Ségou')).record.venue).toBe('Ségou') // no base: the facilitator chose
  })

  it('refuses a value the field cannot hold, naming it', async () => {
    const { edit } = await setup()
    await expect(edit('title', '')).rejects.toThrow(/"edit.value": Too small/)
    await expect(edit('agenda', [])).rejects.toThrow(/refused its input/)
  })

  it('adds blocks to the agenda as it is now, however quickly they come, and a retried add adds nothing', async () => {
    const { agenda, titles } = await setup()
    await Promise.all(['a', 'b', 'c', 'd'].map((id) => agenda({ op: 'add', item: block(id) })))
    await agenda({ op: 'add', item: block('b') })
    expect(titles()).toEqual(['a', 'b', 'c', 'd'])
  })

  it('moves a block within its day, before another, and removes it once', async () => {
    const { agenda, titles } = await setup()
    for (const b of [block('a'), block('b'), block('x', 2), block('c')]) await agenda({ op: 'add', item: b })
    await agenda({ op: 'step', itemId: 'b', by: 1 })
    expect(titles()).toEqual(['a', 'c', 'x', 'b'])
    await agenda({ op: 'move', itemId: 'b', before: 'a' })
    expect(titles()).toEqual(['b', 'a', 'c', 'x'])
    await agenda({ op: 'remove', itemId: 'a' }, { op: 'remove', itemId: 'a' })
    expect(titles()).toEqual(['b', 'c', 'x'])
  })

  it('changes one field of one block, with the same conflict rule, and says when the block is gone', async () => {
    const { agenda, deps } = await setup()
    await agenda({ op: 'add', item: block('a') }, { op: 'add', item: block('b') })
    await agenda({ op: 'set', itemId: 'a', edit: { field: 'title', value: 'Opening', base: '' } })
    await agenda({ op: 'set', itemId: 'b', edit: { field: 'title', value: 'Mapping', base: '' } })
    const clash = await agenda({ op: 'set', itemId: 'a', edit: { field: 'title', value: 'Welcome', base: '' } })
    expect(clash.conflict).toEqual({ field: 'title', itemId: 'a', theirs: 'Opening', mine: 'Welcome' })
    expect(deps.store.read().workshops[0]!.agenda.map((b) => b.title)).toEqual(['Opening', 'Mapping'])
    await expect(agenda({ op: 'set', itemId: 'gone', edit: { field: 'title', value: 'x' } })).rejects.toThrow(
      'That block is no longer in the agenda.',
    )
  })

  it('tells every page which record changed and which page changed it', async () => {
    const { deps, w } = await setup()
    announceChanges(deps.store, deps.events)
    const heard: AppEvent[] = []
    deps.events.subscribe((e) => heard.push(e))
    const dispatch = createDispatcher(createHandlers(deps))
    await dispatch('workshops:edit', { id: w.id, edit: { field: 'venue', value: 'Bamako' } }, 'page-1234-abcd')
    await dispatch('workshops:edit', { id: w.id, edit: { field: 'venue', value: 'Bamako', base: 'x' } }, 'page-b')
    await dispatch('reader:setState', { resourceId: 'r1', page: 2, zoom: 'auto' }, 'page-1234-abcd')
    expect(heard).toEqual([{ type: 'data:changed', payload: { kind: 'workshops', id: w.id, by: 'page-1234-abcd' } }])
  })
})
