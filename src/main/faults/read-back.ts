/**
 * The library as the channels show it, and the part of it the property test
 * keeps its own account of (what the acknowledged answers said). Read back after
 * a restart, the first must equal what was shown before it, and the second must
 * equal the account.
 */
import type { Core } from '../core'
import { call } from './library-template'

interface Named {
  id: string
  [field: string]: unknown
}

export interface Library {
  settings: Record<string, unknown>
  workshops: (Named & { notes: Named[] })[]
  glossary: Named[]
  timeline: Named[]
  templates: Named[]
  scenarios: Named[]
  resources: Named[]
  annotations: Named[][]
  reading: unknown[]
}

export async function readBack(core: Core): Promise<Library> {
  const resources = await call<Named[]>(core, 'library:list')
  const perResource = <T>(channel: string) =>
    Promise.all(resources.map((r) => call<T>(core, channel, { resourceId: r.id })))
  return {
    settings: await call(core, 'settings:get'),
    workshops: await call(core, 'workshops:list'),
    glossary: await call(core, 'glossary:list'),
    timeline: await call(core, 'timeline:list', {}),
    templates: await call(core, 'templates:list'),
    scenarios: await call(core, 'scenarios:list'),
    resources,
    annotations: await perResource<Named[]>('annotations:list'),
    reading: await perResource<unknown>('reader:getState'),
  }
}

export interface Account {
  settings: Record<string, unknown>
  workshops: Map<string, { title: string; venue: string; objectives: string; notes: Map<string, string> }>
  glossary: Map<string, { term: string; definition: string }>
  timeline: Map<string, { title: string; start: string; end: string }>
  templates: Map<string, { title: string; minutes: number }>
  annotations: Map<string, { resourceId: string; body: string; color: string }>
  reading: Map<string, number>
}

const byId = <T extends Named, V>(items: T[], value: (item: T) => V) => new Map(items.map((x) => [x.id, value(x)]))

export function accountOf(library: Library): Account {
  const str = (v: unknown) => v as string
  return {
    settings: { ...library.settings },
    workshops: byId(library.workshops, (w) => ({
      title: str(w.title),
      venue: str(w.venue),
      objectives: str(w.objectives),
      notes: new Map(w.notes.map((n) => [n.id, `${str(n.kind)}: ${str(n.text)}`])),
    })),
    glossary: byId(library.glossary, (g) => ({ term: str(g.term), definition: str(g.definition) })),
    timeline: byId(
      library.timeline.filter((e) => !e.workshopId),
      (e) => ({ title: str(e.title), start: str(e.start), end: str(e.end) }),
    ),
    templates: byId(library.templates, (t) => ({ title: str(t.title), minutes: t.minutes as number })),
    annotations: byId(library.annotations.flat(), (a) => ({
      resourceId: str(a.resourceId),
      body: str(a.body),
      color: str(a.color),
    })),
    reading: new Map(
      library.reading.flatMap((s) => (s ? [[str((s as Named).resourceId), (s as Named).page as number]] : [])),
    ),
  }
}

/** Maps as sorted plain objects, so two accounts compare with toEqual and print readably. */
export function plain(value: unknown): unknown {
  if (value instanceof Map)
    return Object.fromEntries(
      [...value.entries()].sort(([a], [b]) => String(a).localeCompare(String(b))).map(([k, v]) => [k, plain(v)]),
    )
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]))
  return value
}
