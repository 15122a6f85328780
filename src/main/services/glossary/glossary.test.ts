import { describe, expect, it } from 'vitest'
import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { GlossaryTerm } from '@shared/glossary'
import { callerFor, memoryHandlerDeps } from '../../testing/handler-deps'
import { resourcesDir, withTempDir } from '../../testing/temp-dir'
import { handoutMarkdown, seedGlossary } from './glossary'

async function setup() {
  const deps = memoryHandlerDeps()
  await seedGlossary(deps.store, resourcesDir, deps.clock)
  return { call: callerFor(deps) }
}

describe('the glossary', () => {
  it('starts with at least 40 coordination terms, each in English and French', async () => {
    const { call } = await setup()
    const terms = await call<GlossaryTerm[]>('glossary:list')
    expect(terms.length).toBeGreaterThanOrEqual(40)
    for (const t of terms) {
      expect(t.definition.length, t.term).toBeGreaterThan(30)
      expect(t.translations.fr?.term, t.term).toBeTruthy()
      expect(t.translations.fr?.definition.length, t.term).toBeGreaterThan(30)
    }
    for (const must of ['human security', 'do no harm', 'Oslo Guidelines', 'last resort', 'community policing'])
      expect(terms.map((t) => t.term)).toContain(must)
  })

  it('gives every starter term in Arabic too: its term and its definition, in Arabic script', async () => {
    const { call } = await setup()
    const terms = await call<GlossaryTerm[]>('glossary:list')
    const arabic = /\p{Script=Arabic}/u
    for (const t of terms) {
      expect(t.translations.ar?.term, t.term).toMatch(arabic)
      expect(t.translations.ar?.definition, t.term).toMatch(arabic)
      expect(t.translations.ar!.definition.length, t.term).toBeGreaterThan(30)
    }
    expect((await call<GlossaryTerm | null>('glossary:lookup', { text: 'الأمن الإنساني' }))?.term).toBe(
      'human security',
    )
    // the Arabic handout has the Arabic term, its definition and the English term after it
    expect(handoutMarkdown(terms, 'ar')).toContain('## الأمن الإنساني\n\nنهجٌ يضع الناس')
    expect(handoutMarkdown(terms, 'ar')).toContain('(human security)')
  })

  it('looks a selection up by term, alias, plural or French term, ignoring accents and case', async () => {
    const { call } = await setup()
    const look = (text: string) => call<GlossaryTerm | null>('glossary:lookup', { text })
    expect((await look('Human Security'))?.term).toBe('human security')
    expect((await look('DDR'))?.term).toBe('disarmament, demobilisation and reintegration')
    expect((await look('injects'))?.term).toBe('inject')
    expect((await look('securite humaine'))?.term).toBe('human security')
    expect(await look('banana')).toBeNull()
  })

  it('adds, edits and deletes terms, refusing a duplicate', async () => {
    const { call } = await setup()
    const fields = {
      term: 'Joint operations centre',
      definition: 'A room where civil, military and police liaison officers work side by side.',
      aliases: ['JOC'],
      related: [],
      sourceId: null,
      translations: {},
    }
    const created = await call<GlossaryTerm>('glossary:create', { fields })
    await expect(call('glossary:create', { fields: { ...fields, term: 'joint operations centre' } })).rejects.toThrow(
      /already in the glossary/,
    )
    await call('glossary:edit', {
      id: created.id,
      edit: { field: 'aliases', value: ['JOC', 'ops room'], base: ['JOC'] },
    })
    expect((await call<GlossaryTerm | null>('glossary:lookup', { text: 'ops room' }))?.id).toBe(created.id)
    const other = await call<GlossaryTerm>('glossary:create', {
      fields: { ...fields, term: 'Liaison officer', aliases: [] },
    })
    await expect(
      call('glossary:edit', { id: other.id, edit: { field: 'term', value: 'JOINT operations centre' } }),
    ).rejects.toThrow(/already in the glossary/)
    await call('glossary:edit', { id: other.id, edit: { field: 'translations.fr.term', value: 'officier de liaison' } })
    expect((await call<GlossaryTerm | null>('glossary:lookup', { text: 'officier de liaison' }))?.id).toBe(other.id)
    await call('glossary:edit', { id: other.id, edit: { field: 'translations.fr.term', value: '' } })
    expect(await call('glossary:lookup', { text: 'officier de liaison' })).toBeNull()
    await call('glossary:delete', { id: created.id })
    expect(await call('glossary:lookup', { text: 'JOC' })).toBeNull()
  })

  it('prints a handout in the chosen language', async () => {
    const { call } = await setup()
    const file = await call<{ base64: string; fileName: string }>('glossary:handout', { language: 'fr' })
    expect(file.fileName).toBe('glossary-fr.pdf')
    const bytes = Buffer.from(file.base64, 'base64')
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-')
    try {
      execFileSync('pdftotext', ['-v'], { stdio: 'ignore' })
    } catch {
      return
    }
    await withTempDir(async (dir) => {
      writeFileSync(join(dir, 'g.pdf'), bytes)
      const text = execFileSync('pdftotext', [join(dir, 'g.pdf'), '-'], { encoding: 'utf8' })
      expect(text).toContain('Glossaire')
      expect(text).toContain('sécurité humaine')
      expect(text).toContain('ne pas nuire')
    })
  })
})
