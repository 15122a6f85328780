import { describe, expect, it } from 'vitest'
import { Scenario, injectTypes } from '@shared/scenario'
import { sectors } from '@shared/workshop'
import { Data } from '../../store/schema'
import { callerFor, memoryHandlerDeps } from '../../testing/handler-deps'
import { resourcesDir } from '../../testing/temp-dir'
import { seedScenarios } from './scenarios'

const starters = ['starter-flood', 'starter-election', 'starter-return']

/** Words the starters' fixed-choice fields (sector, inject type) and ids are made of. */
const everydayPairs = [
  ...sectors.flatMap((s) => s.split('-')).map((w) => ({ from: w, to: `${w}-local` })),
  ...injectTypes.map((w) => ({ from: w, to: `local ${w}` })),
  { from: 'police', to: 'gendarmerie' },
  { from: 'r1', to: 'role one' },
  { from: 'p1', to: 'phase one' },
  { from: 'i1', to: 'inject one' },
  { from: 'starter', to: 'model' },
  { from: 'phone', to: 'WhatsApp' },
]

async function setup() {
  const deps = memoryHandlerDeps()
  await seedScenarios(deps.store, resourcesDir, deps.clock)
  return { deps, call: callerFor(deps) }
}

/** What adapting must never touch: ids, fixed choices, numbers. */
const skeleton = (s: Scenario) => ({
  roles: s.roles.map((r) => [r.id, r.sector]),
  phases: s.phases.map((p) => [p.id, p.minutes, p.injects.map((i) => [i.id, i.type, i.atMinute])]),
  links: s.links,
})

describe('adapting a scenario to a context', () => {
  for (const id of starters) {
    it(`${id}: everyday terms change free text only, and the copy fits the schema`, async () => {
      const { deps, call } = await setup()
      const source = await call<Scenario>('scenarios:get', { id })
      const copy = await call<Scenario>('scenarios:adapt', { id, contextName: 'Sahel', replacements: everydayPairs })
      expect(Scenario.safeParse(copy).error).toBeUndefined()
      expect(Data.safeParse(deps.store.read()).error).toBeUndefined()
      expect(skeleton(copy)).toEqual(skeleton(source))
      expect(copy.title).toMatch(/\(Sahel\)$/)
    })
  }

  it('replaces in briefs, names and inject routes, each term once, without chaining', async () => {
    const { call } = await setup()
    const copy = await call<Scenario>('scenarios:adapt', {
      id: 'starter-flood',
      contextName: 'Sahel',
      replacements: [
        { from: 'police', to: 'gendarmerie' },
        { from: 'gendarmerie', to: 'should not chain' },
      ],
    })
    const chief = copy.roles.find((r) => r.id === 'r3')!
    expect(chief).toMatchObject({ name: 'Regional gendarmerie chief', sector: 'police' })
    expect(copy.setting).toContain('the gendarmerie are stretched')
    expect(copy.phases[2]!.injects[0]!.to).toBe('Regional gendarmerie chief')
    expect(JSON.stringify(copy)).not.toContain('should not chain')
  })

  it('previews every change with its place, before, after and count, and writes nothing', async () => {
    const { deps, call } = await setup()
    const preview = await call<{
      title: string
      changes: { path: string; label: string; before: string; after: string; count: number }[]
      refusals: unknown[]
    }>('scenarios:adaptPreview', {
      id: 'starter-flood',
      contextName: 'Sahel',
      replacements: [{ from: 'police', to: 'gendarmerie' }],
    })
    expect(preview.refusals).toEqual([])
    expect(preview.title).toBe('Rising water in the Lower Sava valley (Sahel)')
    const name = preview.changes.find((c) => c.path === 'roles.2.name')
    expect(name).toEqual({
      path: 'roles.2.name',
      label: 'Role “Regional police chief” · name',
      before: 'Regional police chief',
      after: 'Regional gendarmerie chief',
      count: 1,
    })
    expect(preview.changes.map((c) => c.path)).not.toContain('roles.2.sector')
    expect(preview.changes.every((c) => c.count > 0 || c.path === 'title')).toBe(true)
    expect(deps.store.read().scenarios).toHaveLength(3)
  })

  it('refuses, naming the field in the facilitator’s language, a replacement that makes a text too long, and writes nothing', async () => {
    const { deps, call } = await setup()
    const long = { from: 'police', to: 'gendarmerie nationale '.repeat(9) }
    const input = { id: 'starter-flood', contextName: 'Sahel', replacements: [long] }
    await expect(call('scenarios:adapt', input)).rejects.toThrow(
      /Role “Regional police chief” · name would be \d+ characters long; the limit is 200/,
    )
    expect(deps.store.read().scenarios).toHaveLength(3)

    await call('settings:set', { language: 'fr' })
    const preview = await call<{ refusals: { id: string; values: { field: string } }[] }>(
      'scenarios:adaptPreview',
      input,
    )
    expect(preview.refusals[0]).toMatchObject({
      id: 'adapt-too-long',
      values: { field: 'Rôle « Regional police chief » · nom' },
    })
  })

  it('refuses a replacement that empties a name', async () => {
    const { deps, call } = await setup()
    await expect(
      call('scenarios:adapt', {
        id: 'starter-flood',
        contextName: 'Sahel',
        replacements: [{ from: 'District Governor', to: '' }],
      }),
    ).rejects.toThrow(/Role “District Governor” · name would be empty/)
    expect(Data.safeParse(deps.store.read()).error).toBeUndefined()
    expect(deps.store.read().scenarios).toHaveLength(3)
  })

  it('shortens a long title so that the context fits; the original title is kept in derivedFrom', async () => {
    const { deps, call } = await setup()
    const source = await call<Scenario>('scenarios:get', { id: 'starter-return' })
    const { id: _i, createdAt: _c, updatedAt: _u, run: _r, ...fields } = source
    const longTitle = `Coming home ${'and staying '.repeat(24)}`.trim()
    expect(longTitle.length).toBeLessThanOrEqual(300)
    const saved = await call<Scenario>('scenarios:create', { fields: { ...fields, title: longTitle } })
    const context = 'Eastern provinces along the lake shore '.repeat(5).trim()
    const copy = await call<Scenario>('scenarios:adapt', { id: saved.id, contextName: context, replacements: [] })
    expect(copy.title.length).toBeLessThanOrEqual(300)
    expect(copy.title).toMatch(new RegExp(`^Coming home and staying .*… \\(${context}\\)$`))
    expect(copy.derivedFrom?.title).toBe(longTitle)
    expect(Data.safeParse(deps.store.read()).error).toBeUndefined()
  })

  it('refuses a replacement that takes a long situation past its limit', async () => {
    const { deps, call } = await setup()
    const source = await call<Scenario>('scenarios:get', { id: 'starter-election' })
    const { id: _i, createdAt: _c, updatedAt: _u, run: _r, ...fields } = source
    const setting = 'The police patrol the port. '.repeat(700)
    const saved = await call<Scenario>('scenarios:create', { fields: { ...fields, setting } })
    await expect(
      call('scenarios:adapt', {
        id: saved.id,
        contextName: 'Sahel',
        replacements: [{ from: 'police', to: 'gendarmerie' }],
      }),
    ).rejects.toThrow(/Setting would be 23100 characters long; the limit is 20000/)
    expect(deps.store.read().scenarios).toHaveLength(4)
    expect(Data.safeParse(deps.store.read()).error).toBeUndefined()
  })
})
