/**
 * A library made the way a facilitator makes one, through the app's own doors:
 * a first session (starter library, a workshop with notes, a glossary term, a
 * timeline event, a setting), then a second session — whose start-up takes the
 * app's own backup — that adds more. The damaged-shape cases start from copies
 * of it, so what "good data" means is known: `early` is in the backup, `late`
 * only in db.json.
 */
import { cp } from 'node:fs/promises'
import { join } from 'node:path'
import { startCore, type Core } from '../core'
import { resourcesDir, workerPath } from '../testing/temp-dir'
import { listBackups } from '../store/open-store'

export const openCore = (dataDir: string) =>
  startCore({ dataDir, resourcesDir, workerPath, host: 'browser', version: 'fault-suite' })

export async function call<T>(core: Core, channel: string, input?: unknown): Promise<T> {
  const answer = await core.dispatch(channel, input)
  if (!answer.ok) throw new Error(`${channel} was refused: ${answer.error.message}`)
  return answer.value as T
}

/** Records a check can look for through the channels. */
export interface Expected {
  workshops: { id: string; title: string; notes: { id: string; text: string }[] }[]
  glossary: { id: string; term: string }[]
  timeline: { id: string; title: string }[]
  resources: string[]
  theme: string
}

const event = (title: string) => ({
  kind: 'event',
  start: '2026-03-02',
  end: '2026-03-04',
  precision: 'day',
  title,
  place: 'Nairobi',
  organiser: 'Design group',
  summary: '',
  source: '',
})

const term = (text: string) => ({
  term: text,
  definition: `${text}, in our words.`,
  aliases: [],
  related: [],
  sourceId: null,
  translations: {},
})

async function session(core: Core, tag: string, into: Expected, noteOn?: Expected['workshops'][number]) {
  const w = await call<{ id: string; title: string }>(core, 'workshops:create', { title: `Workshop ${tag}` })
  const notes = []
  for (const text of [`First note ${tag}`, `Second note ${tag}`])
    notes.push(await call<{ id: string; text: string }>(core, 'workshops:addNote', { id: w.id, kind: 'quote', text }))
  into.workshops.push({ id: w.id, title: w.title, notes })
  if (noteOn) {
    const text = `Late note on an early workshop ${tag}`
    const n = await call<{ id: string; text: string }>(core, 'workshops:addNote', {
      id: noteOn.id,
      kind: 'action',
      text,
    })
    into.workshops.push({ ...noteOn, notes: [n] })
  }
  const g = await call<{ id: string; term: string }>(core, 'glossary:create', { fields: term(`Term ${tag}`) })
  into.glossary.push({ id: g.id, term: g.term })
  const t = await call<{ id: string; title: string }>(core, 'timeline:create', event(`Event ${tag}`))
  into.timeline.push({ id: t.id, title: t.title })
}

export interface Template {
  dir: string
  early: Expected
  /** early + late: everything the template's db.json holds */
  all: Expected
}

export async function makeTemplate(dir: string): Promise<Template> {
  const early: Expected = { workshops: [], glossary: [], timeline: [], resources: [], theme: 'dark' }
  const late: Expected = { workshops: [], glossary: [], timeline: [], resources: [], theme: 'dark' }
  const first = await openCore(dir)
  await call(first, 'settings:set', { theme: 'dark' })
  await session(first, 'early', early)
  early.resources = (await call<{ id: string }[]>(first, 'library:list')).map((r) => r.id)
  await first.close()
  const second = await openCore(dir)
  await session(second, 'late', late, early.workshops[0])
  await second.close()
  if (!(await listBackups(join(dir, 'backups'))).length)
    throw new Error('the template has no backup: the suite expects the app to take one at its second start')
  const all: Expected = {
    workshops: [...early.workshops, ...late.workshops],
    glossary: [...early.glossary, ...late.glossary],
    timeline: [...early.timeline, ...late.timeline],
    resources: early.resources,
    theme: 'dark',
  }
  return { dir, early, all }
}

export const copyTemplate = (template: Template, to: string) => cp(template.dir, to, { recursive: true })

/** What of `expected` cannot be found through the channels; empty when all is there. */
export async function missingRecords(core: Core, expected: Expected): Promise<string[]> {
  const missing: string[] = []
  const workshops = await call<{ id: string; notes: { id: string; text: string }[] }[]>(core, 'workshops:list')
  for (const w of expected.workshops) {
    const found = workshops.find((x) => x.id === w.id)
    if (!found) missing.push(`workshop "${w.title}"`)
    for (const n of w.notes)
      if (found && !found.notes.some((x) => x.id === n.id && x.text === n.text)) missing.push(`note "${n.text}"`)
  }
  const glossary = await call<{ id: string }[]>(core, 'glossary:list')
  for (const g of expected.glossary) if (!glossary.some((x) => x.id === g.id)) missing.push(`glossary term "${g.term}"`)
  const timeline = await call<{ id: string }[]>(core, 'timeline:list', {})
  for (const t of expected.timeline)
    if (!timeline.some((x) => x.id === t.id)) missing.push(`timeline event "${t.title}"`)
  const resources = await call<{ id: string }[]>(core, 'library:list')
  const lostResources = expected.resources.filter((id) => !resources.some((r) => r.id === id))
  if (lostResources.length) missing.push(`${lostResources.length} of ${expected.resources.length} resources`)
  const settings = await call<{ theme: string }>(core, 'settings:get')
  if (settings.theme !== expected.theme) missing.push(`the theme setting (${settings.theme}, not ${expected.theme})`)
  return missing
}
