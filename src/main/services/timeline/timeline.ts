/**
 * The timeline: stored events (a starter set of the 2014 human-security calendar
 * and the activity reports, loaded once) and the app's own workshops, filterable
 * by year and kind, exportable to iCalendar for any calendar program. A workshop
 * that leaves participants' names out of every export leaves them out of its
 * calendar entry too (title, place, organiser and objectives can all name someone).
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { createEvents, type EventAttributes } from 'ics'
import { calendarWords } from '@shared/calendar-words'
import type { Language } from '@shared/model'
import { z } from 'zod'
import { ServiceError } from '@shared/result'
import { userMessage } from '@shared/user-message'
import { TimelineEvent, type TimelineEntry, type TimelineFields } from '@shared/timeline'
import type { Store } from '../../store/store'
import { newId, type Clock } from '../clock'
import { namesOut } from '../workshops/names/redact'
import type { Trashed } from '@shared/trash'
import { takeOut, throwAway } from '../trash/trash'
import type { EditOutcome, FieldEdit } from '@shared/edits'
import { editRecord } from '../edits/edit-record'
import { applyField } from '../edits/apply-edits'

const StarterEvents = z.object({
  events: z.array(TimelineEvent.omit({ id: true, createdAt: true, updatedAt: true }).extend({ key: z.string() })),
})

export async function seedTimeline(store: Store, resourcesDir: string, clock: Clock): Promise<void> {
  if (store.read().timelineLoaded) return
  const text = await readFile(join(resourcesDir, 'starter', 'timeline.json'), 'utf8')
  const { events } = StarterEvents.parse(JSON.parse(text))
  const now = clock.now()
  await store.update((data) => {
    data.timeline.push(
      ...events.map(({ key, ...e }) => ({ ...e, id: `starter-${key}`, createdAt: now, updatedAt: now })),
    )
    data.timelineLoaded = true
  })
}

export interface TimelineQuery {
  year?: number
  kinds?: string[]
}

export function listTimeline(store: Store, q: TimelineQuery = {}): TimelineEntry[] {
  const { timeline, workshops } = store.read()
  const fromWorkshops: TimelineEntry[] = workshops
    .filter((w) => w.startDate)
    .map((w) => ({
      id: `workshop-${w.id}`,
      workshopId: w.id,
      createdAt: w.createdAt,
      updatedAt: w.updatedAt,
      kind: 'workshop',
      start: w.startDate,
      end: w.endDate || w.startDate,
      precision: 'day',
      title: w.title,
      place: w.venue,
      organiser: w.hosts,
      summary: w.objectives,
      source: 'Training Companion',
    }))
  return [...timeline, ...fromWorkshops]
    .filter((e) => !q.year || (Number(e.start.slice(0, 4)) <= q.year && Number(e.end.slice(0, 4)) >= q.year))
    .filter((e) => !q.kinds?.length || q.kinds.includes(e.kind))
    .sort((a, b) => a.start.localeCompare(b.start) || a.title.localeCompare(b.title))
}

export function calendarEntries(store: Store, q: TimelineQuery = {}): TimelineEntry[] {
  const workshops = new Map(store.read().workshops.map((w) => [w.id, w]))
  return listTimeline(store, q).map((e) => {
    const w = e.workshopId ? workshops.get(e.workshopId) : undefined
    if (!w) return e
    const out = namesOut(w)
    return { ...e, title: out(e.title), place: out(e.place), organiser: out(e.organiser), summary: out(e.summary) }
  })
}

export function createTimelineEvent(store: Store, clock: Clock, fields: TimelineFields): Promise<TimelineEvent> {
  const now = clock.now()
  const event = { ...fields, id: newId(), createdAt: now, updatedAt: now }
  return store.update((data) => {
    data.timeline.push(event)
    return event
  })
}

/** One field of an event; a first day after the last is refused, whichever of the two was changed. */
export function editTimelineEvent(
  store: Store,
  clock: Clock,
  id: string,
  edit: FieldEdit,
): Promise<EditOutcome<TimelineEvent>> {
  const find = (data: { timeline: TimelineEvent[] }) => {
    const found = data.timeline.find((e) => e.id === id)
    if (!found) throw new ServiceError('not-found', userMessage('event-gone'))
    return found
  }
  return editRecord(store, clock, find, (e) => {
    const conflict = applyField(e, edit)
    if (e.end < e.start) throw new ServiceError('invalid-input', userMessage('end-before-start'))
    return conflict
  })
}

export function deleteTimelineEvent(store: Store, clock: Clock, id: string): Promise<Trashed> {
  return store.update((data) => {
    const record = takeOut(data.timeline, id, () => new ServiceError('not-found', userMessage('event-gone')))
    return throwAway(data, clock, { kind: 'timeline', label: record.title, parentId: null, record })
  })
}

const dayArray = (iso: string): [number, number, number] => {
  const [y, m, d] = iso.split('-').map(Number)
  return [y!, m!, d!]
}

const nextDay = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10)

export function timelineIcs(entries: TimelineEntry[], language: Language = 'en'): string {
  const words = calendarWords[language]
  const events: EventAttributes[] = entries.map((e) => ({
    uid: `${e.id}@training-companion`,
    title: e.title,
    start: dayArray(e.start),
    end: dayArray(nextDay(e.precision === 'day' ? e.end : e.start)),
    location: e.place || undefined,
    description: [
      e.precision !== 'day' && words.precision(e.precision, e.start, e.end),
      e.summary,
      e.organiser && words.organiser(e.organiser),
      e.source && words.source(e.source),
    ]
      .filter(Boolean)
      .join('\n'),
    categories: [e.kind],
    productId: 'training-companion/ics',
  }))
  const { error, value } = createEvents(events)
  if (error || !value)
    throw new ServiceError(
      'internal',
      userMessage('calendar-not-written', { detail: error?.message ?? 'unknown error' }),
    )
  return value
}
