import { describe, expect, it } from 'vitest'
import { memoryHandlerDeps } from '../../testing/handler-deps'
import { createDispatcher } from '../../dispatch'
import { createHandlers } from '../../handlers'

async function setup() {
  const deps = memoryHandlerDeps()
  await deps.store.update((d) => {
    d.resources.push({
      id: 'r1',
      createdAt: 'x',
      updatedAt: 'x',
      kind: 'handbook',
      title: 'Handbook on Human Security',
      authors: [],
      publisher: '',
      year: 2016,
      language: 'en',
      region: '',
      tags: [],
      summary: '',
      licence: '',
      citation: 'GPPAC (2016).',
      obtainFrom: '',
      file: null,
      source: 'starter',
    })
  })
  return { deps, dispatch: createDispatcher(createHandlers(deps), () => undefined) }
}

const highlight = {
  resourceId: 'r1',
  page: 12,
  kind: 'highlight',
  rects: [[72, 700, 300, 712]],
  quote: 'Human security is people-centred',
  body: 'Use in the opening session',
  color: 'yellow',
  visibility: 'shareable',
}

describe('annotations and reading state through the dispatcher', () => {
  it('creates, lists by page, updates and deletes annotations', async () => {
    const { dispatch } = await setup()
    const created = await dispatch('annotations:create', highlight)
    expect(created).toMatchObject({ ok: true, value: { page: 12, kind: 'highlight' } })
    await dispatch('annotations:create', { ...highlight, page: 3, kind: 'bookmark', rects: [], quote: '', body: '' })
    const list = await dispatch('annotations:list', { resourceId: 'r1' })
    expect(list.ok && (list.value as { page: number }[]).map((a) => a.page)).toEqual([3, 12])
    const id = created.ok ? (created.value as { id: string }).id : ''
    const updated = await dispatch('annotations:edit', { id, edit: { field: 'color', value: 'green', base: 'yellow' } })
    expect(updated).toMatchObject({ ok: true, value: { record: { color: 'green' }, conflict: null } })
    const clash = await dispatch('annotations:edit', { id, edit: { field: 'color', value: 'pink', base: 'yellow' } })
    expect(clash).toMatchObject({ ok: true, value: { record: { color: 'green' }, conflict: { theirs: 'green' } } })
    await dispatch('annotations:delete', { id })
    const after = await dispatch('annotations:list', { resourceId: 'r1' })
    expect(after.ok && after.value).toHaveLength(1)
  })

  it('refuses an annotation with rects that are not four numbers, or for an unknown resource', async () => {
    const { dispatch } = await setup()
    expect(await dispatch('annotations:create', { ...highlight, rects: [[1, 2, 3]] })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    })
    expect(await dispatch('annotations:create', { ...highlight, resourceId: 'nope' })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    })
  })

  it('exports Markdown with page references, leaving facilitator-only notes out unless asked', async () => {
    const { dispatch } = await setup()
    await dispatch('annotations:create', highlight)
    await dispatch('annotations:create', {
      ...highlight,
      page: 40,
      kind: 'note',
      quote: '',
      body: 'Participant from the police objected here',
      visibility: 'facilitator',
    })
    const shared = await dispatch('annotations:exportMarkdown', { resourceId: 'r1', includeFacilitatorOnly: false })
    expect(shared.ok && shared.value).toContain('## Highlight, p. 12')
    expect(shared.ok && shared.value).toContain('> Human security is people-centred')
    expect(shared.ok && shared.value).not.toContain('police objected')
    const all = await dispatch('annotations:exportMarkdown', { resourceId: 'r1', includeFacilitatorOnly: true })
    expect(all.ok && all.value).toContain('## Note, p. 40')

    await dispatch('settings:set', { language: 'fr' })
    const french = await dispatch('annotations:exportMarkdown', { resourceId: 'r1', includeFacilitatorOnly: false })
    expect(french.ok && french.value).toMatch(/^# Notes sur .*\n[\s\S]*## Surlignage, p\. 12/)
  })

  it('remembers the last page and zoom per resource', async () => {
    const { dispatch } = await setup()
    expect(await dispatch('reader:getState', { resourceId: 'r1' })).toEqual({ ok: true, value: null })
    await dispatch('reader:setState', { resourceId: 'r1', page: 5, zoom: 'page-width' })
    await dispatch('reader:setState', { resourceId: 'r1', page: 1000, zoom: '1.5' })
    expect(await dispatch('reader:getState', { resourceId: 'r1' })).toMatchObject({
      ok: true,
      value: { page: 1000, zoom: '1.5' },
    })
  })
})
