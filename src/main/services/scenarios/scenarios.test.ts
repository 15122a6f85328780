import { describe, expect, it } from 'vitest'
import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { scenarioIn, timingProblems, type Scenario } from '@shared/scenario'
import type { EditOutcome } from '@shared/edits'
import { callerFor, memoryHandlerDeps } from '../../testing/handler-deps'
import { resourcesDir, withTempDir } from '../../testing/temp-dir'
import { seedScenarios } from './scenarios'

async function setup() {
  const deps = memoryHandlerDeps()
  await seedScenarios(deps.store, resourcesDir, deps.clock)
  return { call: callerFor(deps) }
}

describe('scenarios', () => {
  it('start with three original scenarios, each with 5+ roles across sectors, 3 phases, 6 injects, sound timings', async () => {
    const { call } = await setup()
    const list = await call<Scenario[]>('scenarios:list')
    expect(list).toHaveLength(3)
    for (const s of list) {
      expect(s.roles.length, s.title).toBeGreaterThanOrEqual(5)
      expect(new Set(s.roles.map((r) => r.sector)).size, s.title).toBeGreaterThanOrEqual(4)
      expect(s.phases.length, s.title).toBeGreaterThanOrEqual(3)
      expect(s.phases.flatMap((p) => p.injects).length, s.title).toBeGreaterThanOrEqual(6)
      expect(timingProblems(s), s.title).toEqual([])
    }
  })

  it('give each starter scenario its title, setting, themes and objectives in French and Arabic', async () => {
    const { call } = await setup()
    const list = await call<Scenario[]>('scenarios:list')
    for (const s of list)
      for (const lang of ['fr', 'ar'] as const) {
        const where = `${s.title} (${lang})`
        const tr = s.translations[lang]
        expect(tr?.title, where).toBeTruthy()
        expect(tr!.title, where).not.toBe(s.title)
        expect(tr!.setting.length, where).toBeGreaterThan(100)
        expect(tr!.themes.length, where).toBe(s.themes.length)
        expect(tr!.learningObjectives.length, where).toBe(s.learningObjectives.length)
        if (lang === 'ar')
          for (const text of [tr!.title, tr!.setting, ...tr!.themes, ...tr!.learningObjectives])
            expect(text, where).toMatch(/\p{Script=Arabic}/u)
      }
  })

  it("give each starter scenario's roles, phases and injects their words in French and Arabic", async () => {
    const { call } = await setup()
    const list = await call<Scenario[]>('scenarios:list')
    const arabic = /\p{Script=Arabic}/u
    for (const s of list)
      for (const lang of ['fr', 'ar'] as const) {
        const tr = s.translations[lang]!
        for (const r of s.roles) {
          const where = `${s.title} ${r.id} (${lang})`
          for (const f of ['name', 'publicBrief', 'privateBrief'] as const) {
            expect(tr.roles?.[r.id]?.[f], `${where} ${f}`).toBeTruthy()
            expect(tr.roles![r.id]![f], `${where} ${f}`).not.toBe(r[f])
            if (lang === 'ar') expect(tr.roles![r.id]![f], `${where} ${f}`).toMatch(arabic)
          }
        }
        for (const p of s.phases) {
          const where = `${s.title} ${p.id} (${lang})`
          for (const f of ['title', 'gameTime', 'situation', 'tasks', 'debriefQuestions'] as const) {
            expect(tr.phases?.[p.id]?.[f], `${where} ${f}`).toBeTruthy()
            if (lang === 'ar') expect(tr.phases![p.id]![f], `${where} ${f}`).toMatch(arabic)
          }
          for (const i of p.injects)
            for (const f of ['means', 'from', 'to', 'content', 'facilitatorNote'] as const) {
              const text = tr.phases?.[p.id]?.injects?.[i.id]?.[f]
              expect(text, `${where} ${i.id} ${f}`).toBeTruthy()
              if (lang === 'ar') expect(text, `${where} ${i.id} ${f}`).toMatch(arabic)
            }
        }
        // only ids the scenario has
        expect(Object.keys(tr.roles ?? {}).sort(), s.title).toEqual(s.roles.map((r) => r.id).sort())
        expect(Object.keys(tr.phases ?? {}).sort(), s.title).toEqual(s.phases.map((p) => p.id).sort())
      }

    const flood = list.find((s) => s.id === 'starter-flood')!
    const ar = scenarioIn(flood, 'ar')
    expect(ar.roles[0]).toMatchObject({ id: 'r1', sector: 'government' })
    expect(ar.roles[0]!.name).toMatch(arabic)
    expect(ar.roles[0]!.publicBrief).toMatch(arabic)
    expect(ar.phases[0]!.title).toMatch(arabic)
    expect(ar.phases[0]!.situation).toMatch(arabic)
    expect(ar.phases[0]!.minutes).toBe(flood.phases[0]!.minutes)
    expect(ar.phases[0]!.injects[0]!.content).toMatch(arabic)
    expect(ar.phases[0]!.injects[0]!.atMinute).toBe(flood.phases[0]!.injects[0]!.atMinute)
    expect(scenarioIn(flood, 'en').roles).toEqual(flood.roles)
    expect(scenarioIn(flood, 'en').phases).toEqual(flood.phases)

    // field by field: a blank or missing translation shows the text as written
    const half: Scenario = structuredClone(flood)
    half.translations.ar!.roles!.r1 = { name: '  ' }
    delete half.translations.ar!.phases!.p2
    half.translations.ar!.phases!.p1!.injects = { i2: { content: 'نص' } }
    const shown = scenarioIn(half, 'ar')
    expect(shown.roles[0]).toEqual(flood.roles[0])
    expect(shown.phases[1]).toEqual(flood.phases[1])
    expect(shown.phases[0]!.title).toMatch(arabic)
    expect(shown.phases[0]!.injects[0]).toEqual(flood.phases[0]!.injects[0])
    expect(shown.phases[0]!.injects[1]).toEqual({ ...flood.phases[0]!.injects[1]!, content: 'نص' })
  })

  it("editing a role's, phase's or inject's text drops that field's translations, so the edit shows in every language", async () => {
    const { call } = await setup()
    const flood = await call<Scenario>('scenarios:get', { id: 'starter-flood' })
    await call('scenarios:editList', {
      id: flood.id,
      list: 'roles',
      ops: [{ op: 'set', itemId: 'r1', edit: { field: 'name', value: 'Prefect', base: 'District Governor' } }],
    })
    await call('scenarios:editList', {
      id: flood.id,
      list: 'injects',
      phaseId: 'p1',
      ops: [{ op: 'set', itemId: 'i1', edit: { field: 'content', value: 'Shelter 2 is full.' } }],
    })
    await call('scenarios:editList', {
      id: flood.id,
      list: 'phases',
      ops: [{ op: 'set', itemId: 'p2', edit: { field: 'situation', value: 'Three villages are cut off.' } }],
    })
    const now = await call<Scenario>('scenarios:get', { id: flood.id })
    for (const lang of ['fr', 'ar'] as const) {
      const shown = scenarioIn(now, lang)
      expect(shown.roles[0]!.name).toBe('Prefect')
      // the other fields keep their translation
      expect(shown.roles[0]!.publicBrief).toBe(flood.translations[lang]!.roles!.r1!.publicBrief)
      expect(shown.phases[0]!.injects[0]!.content).toBe('Shelter 2 is full.')
      expect(shown.phases[0]!.injects[0]!.from).toBe(flood.translations[lang]!.phases!.p1!.injects!.i1!.from)
      expect(shown.phases[1]!.situation).toBe('Three villages are cut off.')
      expect(shown.phases[1]!.title).toBe(flood.translations[lang]!.phases!.p2!.title)
    }
  })

  it("edits a role's, phase's or inject's words in one language, the text as written and the other language untouched", async () => {
    const { call } = await setup()
    const flood = await call<Scenario>('scenarios:get', { id: 'starter-flood' })
    const frBrief = flood.translations.fr!.roles!.r1!.publicBrief!
    const role = await call<EditOutcome<Scenario>>('scenarios:editItemTranslation', {
      id: flood.id,
      language: 'fr',
      list: 'roles',
      itemId: 'r1',
      edit: { field: 'publicBrief', value: 'Vous coordonnez la réponse avec la préfecture.', base: frBrief },
    })
    expect(role.conflict).toBeNull()
    await call('scenarios:editItemTranslation', {
      id: flood.id,
      language: 'fr',
      list: 'injects',
      phaseId: 'p1',
      itemId: 'i1',
      edit: { field: 'content', value: 'L’abri 2 est plein.' },
    })
    const now = await call<Scenario>('scenarios:get', { id: flood.id })
    const fr = scenarioIn(now, 'fr')
    expect(fr.roles[0]!.publicBrief).toBe('Vous coordonnez la réponse avec la préfecture.')
    expect(fr.phases[0]!.injects[0]!.content).toBe('L’abri 2 est plein.')
    // as written and in Arabic, nothing moved
    expect(now.roles[0]!.publicBrief).toBe(flood.roles[0]!.publicBrief)
    expect(now.phases[0]!.injects[0]!.content).toBe(flood.phases[0]!.injects[0]!.content)
    expect(now.translations.ar).toEqual(flood.translations.ar)

    // a scenario with no words in a language yet (an adapted copy) starts them with the first field
    const copy = await call<Scenario>('scenarios:adapt', { id: flood.id, contextName: 'Niger', replacements: [] })
    const p3 = copy.phases[2]!
    await call('scenarios:editItemTranslation', {
      id: copy.id,
      language: 'ar',
      list: 'phases',
      itemId: p3.id,
      edit: { field: 'tasks', value: 'إعداد الحصيلة.', base: '' },
    })
    const started = await call<Scenario>('scenarios:get', { id: copy.id })
    expect(scenarioIn(started, 'ar').phases[2]!.tasks).toBe('إعداد الحصيلة.')
    expect(scenarioIn(started, 'ar').phases[2]!.title).toBe(p3.title)
    expect(started.phases[2]!.tasks).toBe(p3.tasks)

    // a stale base is a conflict and writes nothing; a blank field shows the text as written again
    const stale = await call<EditOutcome<Scenario>>('scenarios:editItemTranslation', {
      id: flood.id,
      language: 'fr',
      list: 'roles',
      itemId: 'r1',
      edit: { field: 'publicBrief', value: 'Autre chose.', base: frBrief },
    })
    expect(stale.conflict?.theirs).toBe('Vous coordonnez la réponse avec la préfecture.')
    await call('scenarios:editItemTranslation', {
      id: flood.id,
      language: 'fr',
      list: 'roles',
      itemId: 'r1',
      edit: { field: 'name', value: '' },
    })
    expect(scenarioIn(await call<Scenario>('scenarios:get', { id: flood.id }), 'fr').roles[0]!.name).toBe(
      flood.roles[0]!.name,
    )
    // an item that is gone, or a field that is not words, is refused
    await expect(
      call('scenarios:editItemTranslation', {
        id: flood.id,
        language: 'fr',
        list: 'roles',
        itemId: 'nobody',
        edit: { field: 'name', value: 'X' },
      }),
    ).rejects.toThrow()
    await expect(
      call('scenarios:editItemTranslation', {
        id: flood.id,
        language: 'fr',
        list: 'roles',
        itemId: 'r1',
        edit: { field: 'sector', value: 'police' },
      }),
    ).rejects.toThrow()
  })

  it('adapts a scenario to a context: a copy with changed terms that remembers its origin', async () => {
    const { call } = await setup()
    const copy = await call<Scenario>('scenarios:adapt', {
      id: 'starter-flood',
      contextName: 'Niger basin',
      replacements: [
        { from: 'Sava', to: 'Niger' },
        { from: 'Valley Defence Front', to: 'Katiba Sud' },
      ],
    })
    expect(copy.title).toBe('Rising water in the Lower Niger valley (Niger basin)')
    expect(copy.derivedFrom).toEqual({
      scenarioId: 'starter-flood',
      title: 'Rising water in the Lower Sava valley',
      contextName: 'Niger basin',
    })
    expect(JSON.stringify(copy)).not.toContain('Valley Defence Front')
    expect(copy.phases[0]!.injects[0]!.id).toBe('i1')
    // the translations were of the words before the adaptation: the copy does not keep them
    expect(copy.translations).toEqual({})
    const original = await call<Scenario>('scenarios:get', { id: 'starter-flood' })
    expect(original.setting).toContain('Sava')
  })

  it('edits a translated title or setting, the written one untouched; a first translated field starts the translation', async () => {
    const { call } = await setup()
    const flood = await call<Scenario>('scenarios:get', { id: 'starter-flood' })
    await call('scenarios:edit', {
      id: flood.id,
      edit: { field: 'translations.ar.title', value: 'الفيضان في وادي سافا', base: flood.translations.ar!.title },
    })
    const now = await call<Scenario>('scenarios:get', { id: flood.id })
    expect(now.translations.ar!.title).toBe('الفيضان في وادي سافا')
    expect(now.translations.ar!.setting).toBe(flood.translations.ar!.setting)
    expect(now.title).toBe(flood.title)
    expect(scenarioIn(now, 'ar').title).toBe('الفيضان في وادي سافا')
    expect(scenarioIn(now, 'en').title).toBe(flood.title)

    const own = await call<Scenario>('scenarios:create', {
      fields: { ...flood, title: 'Drought in the north', translations: {} },
    })
    await call('scenarios:edit', { id: own.id, edit: { field: 'translations.fr.title', value: 'Sécheresse au nord' } })
    const mine = await call<Scenario>('scenarios:get', { id: own.id })
    expect(mine.translations.fr).toEqual({
      title: 'Sécheresse au nord',
      setting: '',
      themes: [],
      learningObjectives: [],
    })
    // field by field: the setting not yet translated shows as written
    expect(scenarioIn(mine, 'fr')).toMatchObject({ title: 'Sécheresse au nord', setting: flood.setting })
  })

  it('runs phase by phase, logging inject releases and notes, refusing injects of another phase', async () => {
    const { call } = await setup()
    let s = await call<Scenario>('scenarios:run', { id: 'starter-election', action: 'start' })
    expect(s.run).toMatchObject({ phaseIndex: 0, finished: false })
    await call<Scenario>('scenarios:run', {
      id: 'starter-election',
      action: 'release',
      injectId: 'i1',
      by: 'schedule',
    })
    await expect(
      call('scenarios:run', { id: 'starter-election', action: 'release', injectId: 'i3', by: 'hand' }),
    ).rejects.toThrow('That inject does not belong to the running phase.')
    s = await call<Scenario>('scenarios:run', {
      id: 'starter-election',
      action: 'note',
      text: 'Police asked organisers for a contact number',
    })
    for (let n = 0; n < 3; n++)
      s = await call<Scenario>('scenarios:run', { id: 'starter-election', action: 'next-phase' })
    expect(s.run).toMatchObject({ phaseIndex: 2, finished: true })
    expect(s.run!.released).toEqual([{ injectId: 'i1', at: expect.any(String), by: 'schedule' }])
    expect(s.run!.notes[0]).toMatchObject({ phaseId: 'p1', text: 'Police asked organisers for a contact number' })
  })

  it('a running scenario saved with fewer phases carries on from its last phase, without a TypeError', async () => {
    const deps = memoryHandlerDeps()
    await seedScenarios(deps.store, resourcesDir, deps.clock)
    const call = callerFor(deps)
    await call('scenarios:run', { id: 'starter-election', action: 'start' })
    for (let n = 0; n < 2; n++) await call('scenarios:run', { id: 'starter-election', action: 'next-phase' })
    await deps.store.update((data) => {
      const s = data.scenarios.find((x) => x.id === 'starter-election')!
      s.phases = s.phases.slice(0, 1)
    })
    const s = await call<Scenario>('scenarios:run', { id: 'starter-election', action: 'note', text: 'Still noted' })
    expect(s.run).toMatchObject({ phaseIndex: 0 })
    expect(s.run!.notes.at(-1)).toMatchObject({ phaseId: s.phases[0]!.id, text: 'Still noted' })
  })

  it('prints one role card per page, public briefs only unless asked', async () => {
    const { call } = await setup()
    const file = await call<{ base64: string }>('scenarios:print', {
      id: 'starter-return',
      what: 'role-cards',
      includePrivate: false,
    })
    const bytes = Buffer.from(file.base64, 'base64')
    try {
      execFileSync('pdfinfo', ['-v'], { stdio: 'ignore' })
    } catch {
      expect(bytes.subarray(0, 5).toString()).toBe('%PDF-')
      return
    }
    await withTempDir(async (dir) => {
      writeFileSync(join(dir, 'cards.pdf'), bytes)
      const info = execFileSync('pdfinfo', [join(dir, 'cards.pdf')], { encoding: 'utf8' })
      expect(info).toMatch(/Pages:\s+6\b/)
      const page2 = execFileSync('pdftotext', ['-f', '2', '-l', '2', join(dir, 'cards.pdf'), '-'], { encoding: 'utf8' })
      expect(page2).toContain('Village council head')
      expect(page2).not.toContain('Your brother farms land')
    })

    // cards handed to participants of a French-speaking workshop speak French
    await call('settings:set', { language: 'fr' })
    const french = await call<{ base64: string; fileName: string }>('scenarios:print', {
      id: 'starter-return',
      what: 'role-cards',
      includePrivate: false,
    })
    expect(french.fileName).toMatch(/ - fiches de rôle\.pdf$/)
    // the scenario's own title in French too, where it has one
    expect(french.fileName).toBe('Le retour dans le district de Tesa - fiches de rôle.pdf')
    await withTempDir(async (dir) => {
      writeFileSync(join(dir, 'fr.pdf'), Buffer.from(french.base64, 'base64'))
      const page2 = execFileSync('pdftotext', ['-f', '2', '-l', '2', join(dir, 'fr.pdf'), '-'], { encoding: 'utf8' })
      expect(page2).toContain('Vos consignes')
      expect(page2).toMatch(/Secteur : \S/)
      // the role's own name and public brief in French too
      expect(page2).toContain('Chef du conseil du village')
      expect(page2).toContain('Vous dirigez le conseil nouvellement formé')
      expect(page2).not.toContain('Village council head')
    })
  })
})
