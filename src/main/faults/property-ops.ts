/**
 * Random edits a facilitator could make, as fast-check arbitraries, and their
 * effect on the test's own account — applied only when the app answered ok.
 * `pick` chooses among the records that exist when the edit runs.
 */
import fc from 'fast-check'
import type { Core } from '../core'
import type { Account } from './read-back'

const text = (max: number) => fc.string({ unit: 'grapheme', minLength: 1, maxLength: max })
const pick = fc.nat()
const day = fc
  .integer({ min: Date.UTC(2010, 0, 1), max: Date.UTC(2030, 11, 31) })
  .map((ms) => new Date(ms).toISOString().slice(0, 10))
const eventFields = fc.record({ title: text(60), start: day, end: day }).map((e) => ({
  kind: 'event',
  precision: 'day',
  place: '',
  organiser: '',
  summary: '',
  source: '',
  ...e,
  end: e.end < e.start ? e.start : e.end,
}))
const noteKind = fc.constantFrom('observation', 'quote', 'action', 'decision', 'parking-lot')

const op = <T extends string, R>(t: T, fields: fc.Arbitrary<R>) => fields.map((f) => ({ t, ...f }))

export const edit = fc.oneof(
  op('restart', fc.record({})),
  op('restart', fc.record({})),
  op(
    'settings',
    fc.record({
      patch: fc.record(
        {
          language: fc.constantFrom('en', 'fr', 'ar'),
          theme: fc.constantFrom('light', 'dark', 'system'),
          libraryView: fc.constantFrom('list', 'grid'),
        },
        { requiredKeys: [] },
      ),
    }),
  ),
  op('createWorkshop', fc.record({ title: text(80) })),
  op('editWorkshop', fc.record({ pick, field: fc.constantFrom('title', 'venue', 'objectives'), value: text(300) })),
  op('deleteWorkshop', fc.record({ pick })),
  op('addNote', fc.record({ pick, kind: noteKind, text: text(300) })),
  op('addNote', fc.record({ pick, kind: noteKind, text: text(300) })),
  op('deleteNote', fc.record({ pick, note: pick })),
  op('createTerm', fc.record({ term: text(40), definition: text(200) })),
  op('editTerm', fc.record({ pick, field: fc.constantFrom('term', 'definition'), value: text(200) })),
  op('deleteTerm', fc.record({ pick })),
  op('createEvent', fc.record({ fields: eventFields })),
  op('editEvent', fc.record({ pick, field: fc.constantFrom('title', 'start', 'end'), day, title: text(60) })),
  op('deleteEvent', fc.record({ pick })),
  op('saveTemplate', fc.record({ title: text(60), minutes: fc.integer({ min: 0, max: 240 }) })),
  op('deleteTemplate', fc.record({ pick })),
  op('annotate', fc.record({ pick, page: fc.integer({ min: 1, max: 3 }), body: fc.string({ maxLength: 200 }) })),
  op('deleteAnnotation', fc.record({ pick })),
  op('read', fc.record({ pick, page: fc.integer({ min: 1, max: 500 }) })),
)
export type Edit = typeof edit extends fc.Arbitrary<infer E> ? E : never

const chosen = <K>(keys: Iterable<K>, n: number | null | undefined): K | undefined => {
  const all = [...keys]
  return n == null || !all.length ? undefined : all[n % all.length]
}

type Apply = (core: Core, account: Account, resources: string[]) => Promise<boolean | 'skipped'>

async function ask(core: Core, channel: string, input: unknown, then: (value: never) => void): Promise<boolean> {
  const answer = await core.dispatch(channel, input)
  if (answer.ok) then(answer.value as never)
  return answer.ok
}

/** Runs one edit through the dispatcher; answers whether it was acknowledged (or skipped: nothing to pick). */
export function applyEdit(e: Edit): Apply {
  return async (core, a, resources) => {
    const w = 'pick' in e ? chosen(a.workshops.keys(), e.pick as number) : undefined
    switch (e.t) {
      case 'restart':
        return 'skipped'
      case 'settings':
        return ask(core, 'settings:set', e.patch, (v: Record<string, unknown>) => (a.settings = v))
      case 'createWorkshop':
        return ask(core, 'workshops:create', { title: e.title }, (v: { id: string; title: string }) =>
          a.workshops.set(v.id, { title: v.title, venue: '', objectives: '', notes: new Map() }),
        )
      case 'editWorkshop':
        if (!w) return 'skipped'
        return ask(core, 'workshops:edit', { id: w, edit: { field: e.field, value: e.value } }, () =>
          Object.assign(a.workshops.get(w)!, { [e.field]: e.value }),
        )
      case 'deleteWorkshop':
        if (!w) return 'skipped'
        return ask(core, 'workshops:delete', { id: w }, () => a.workshops.delete(w))
      case 'addNote':
        if (!w) return 'skipped'
        return ask(core, 'workshops:addNote', { id: w, kind: e.kind, text: e.text }, (v: { id: string }) =>
          a.workshops.get(w)!.notes.set(v.id, `${e.kind}: ${e.text}`),
        )
      case 'deleteNote': {
        const note = w && chosen(a.workshops.get(w)!.notes.keys(), e.note)
        if (!note) return 'skipped'
        return ask(core, 'workshops:deleteNote', { id: w, noteId: note }, () => a.workshops.get(w)!.notes.delete(note))
      }
      case 'createTerm': {
        const fields = {
          term: e.term,
          definition: e.definition,
          aliases: [],
          related: [],
          sourceId: null,
          translations: {},
        }
        return ask(core, 'glossary:create', { fields }, (v: { id: string; term: string; definition: string }) =>
          a.glossary.set(v.id, { term: v.term, definition: v.definition }),
        )
      }
      case 'editTerm': {
        const id = chosen(a.glossary.keys(), e.pick)
        if (!id) return 'skipped'
        return ask(core, 'glossary:edit', { id, edit: { field: e.field, value: e.value } }, () =>
          Object.assign(a.glossary.get(id)!, { [e.field]: e.value }),
        )
      }
      case 'deleteTerm': {
        const id = chosen(a.glossary.keys(), e.pick)
        return id ? ask(core, 'glossary:delete', { id }, () => a.glossary.delete(id)) : 'skipped'
      }
      case 'createEvent': {
        const record = (v: { id: string }) =>
          a.timeline.set(v.id, { title: e.fields.title, start: e.fields.start, end: e.fields.end })
        return ask(core, 'timeline:create', e.fields, record)
      }
      case 'editEvent': {
        const id = chosen(a.timeline.keys(), e.pick)
        if (!id) return 'skipped'
        const value = e.field === 'title' ? e.title : e.day
        return ask(core, 'timeline:edit', { id, edit: { field: e.field, value } }, () =>
          Object.assign(a.timeline.get(id)!, { [e.field]: value }),
        )
      }
      case 'deleteEvent': {
        const id = chosen(a.timeline.keys(), e.pick)
        return id ? ask(core, 'timeline:delete', { id }, () => a.timeline.delete(id)) : 'skipped'
      }
      case 'saveTemplate': {
        const input = { kind: 'exercise', title: e.title, minutes: e.minutes, facilitators: [], links: [] }
        return ask(core, 'templates:save', input, (v: { id: string; title: string }) =>
          a.templates.set(v.id, { title: v.title, minutes: e.minutes }),
        )
      }
      case 'deleteTemplate': {
        const id = chosen(a.templates.keys(), e.pick)
        return id ? ask(core, 'templates:delete', { id }, () => a.templates.delete(id)) : 'skipped'
      }
      case 'annotate': {
        const resourceId = chosen(resources, e.pick)
        if (!resourceId) return 'skipped'
        const fields = {
          resourceId,
          page: e.page,
          kind: 'note',
          rects: [],
          quote: '',
          body: e.body,
          color: 'yellow',
          visibility: 'facilitator',
        }
        return ask(core, 'annotations:create', fields, (v: { id: string }) =>
          a.annotations.set(v.id, { resourceId, body: e.body, color: 'yellow' }),
        )
      }
      case 'deleteAnnotation': {
        const id = chosen(a.annotations.keys(), e.pick)
        return id ? ask(core, 'annotations:delete', { id }, () => a.annotations.delete(id)) : 'skipped'
      }
      case 'read': {
        const resourceId = chosen(resources, e.pick)
        if (!resourceId) return 'skipped'
        return ask(core, 'reader:setState', { resourceId, page: e.page, zoom: 'page-width' }, () =>
          a.reading.set(resourceId, e.page),
        )
      }
    }
  }
}
