import { describe, expect, it } from 'vitest'
import type { EditOutcome } from '@shared/edits'
import type { Scenario } from '@shared/scenario'
import { callerFor, memoryHandlerDeps } from '../../testing/handler-deps'

const role = (id: string, name: string) => ({ id, name, sector: 'police', publicBrief: '', privateBrief: '' })
const inject = (id: string, atMinute: number) => ({
  id,
  atMinute,
  type: 'news',
  means: '',
  from: '',
  to: '',
  content: '',
  facilitatorNote: '',
})

async function setup() {
  const deps = memoryHandlerDeps()
  const call = callerFor(deps)
  const fields = { title: 'Bridge', setting: '', themes: [], learningObjectives: [], links: [], derivedFrom: null }
  const phase = {
    id: 'p1',
    title: 'Queue',
    gameTime: '',
    minutes: 30,
    situation: '',
    tasks: '',
    debriefQuestions: '',
    injects: [],
  }
  const s = await call<Scenario>('scenarios:create', { fields: { ...fields, roles: [], phases: [phase] } })
  const list = (change: object) => call<EditOutcome<Scenario>>('scenarios:editList', { id: s.id, ...change })
  const now = () => deps.store.read().scenarios.find((x) => x.id === s.id)!
  return { call, s, list, now }
}

describe('editing a scenario by changes', () => {
  it('adds and names roles, adds injects to a phase, each on the scenario as it is now', async () => {
    const { call, s, list, now } = await setup()
    await Promise.all([
      list({ list: 'roles', ops: [{ op: 'add', item: role('r1', 'Sergeant') }] }),
      list({ list: 'roles', ops: [{ op: 'add', item: role('r2', 'Mayor') }] }),
    ])
    await list({
      list: 'roles',
      ops: [{ op: 'set', itemId: 'r2', edit: { field: 'privateBrief', value: 'You owe the sergeant.', base: '' } }],
    })
    await list({ list: 'injects', phaseId: 'p1', ops: [{ op: 'add', item: inject('i1', 5) }] })
    await call('scenarios:edit', { id: s.id, edit: { field: 'themes', value: ['access'], base: [] } })
    expect(now().roles.map((r) => r.name)).toEqual(['Sergeant', 'Mayor'])
    expect(now().roles[1]!.privateBrief).toBe('You owe the sergeant.')
    expect(now().phases[0]!.injects.map((i) => i.atMinute)).toEqual([5])
    expect(now().themes).toEqual(['access'])
  })

  it('refuses an empty role name, and says when the phase is gone', async () => {
    const { list } = await setup()
    await list({ list: 'roles', ops: [{ op: 'add', item: role('r1', 'Sergeant') }] })
    await expect(
      list({ list: 'roles', ops: [{ op: 'set', itemId: 'r1', edit: { field: 'name', value: '' } }] }),
    ).rejects.toThrow(/Too small/)
    await expect(
      list({ list: 'injects', phaseId: 'gone', ops: [{ op: 'add', item: inject('i1', 5) }] }),
    ).rejects.toThrow('That phase is no longer in the scenario.')
  })
})
