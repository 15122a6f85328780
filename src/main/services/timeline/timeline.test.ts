import { describe, expect, it } from 'vitest'
import { fillWorkshop } from '../../testing/fill-workshop'
import { memoryHandlerDeps } from '../../testing/handler-deps'
import { resourcesDir } from '../../testing/temp-dir'
import { createDispatcher } from '../../dispatch'
import { createHandlers } from '../../handlers'
import { seedTimeline } from './timeline'
import type { TimelineEntry } from '@shared/timeline'

async function setup() {
  const deps = memoryHandlerDeps()
  await seedTimeline(deps.store, resourcesDir, deps.clock)
  const dispatch = createDispatcher(createHandlers(deps), () => undefined)
  return { deps, dispatch }
}

describe('the timeline', () => {
  it('starts with the 2014 calendar and the activity reports, once', async () => {
    const { deps, dispatch } = await setup()
    await seedTimeline(deps.store, resourcesDir, deps.clock)
    const y2014 = await dispatch('timeline:list', { year: 2014 })
    const titles = (y2014.ok ? (y2014.value as TimelineEntry[]) : []).map((e) => e.title)
    expect(titles).toHaveLength(8)
    expect(titles).toContain('Third report of the UN Secretary-General on human security')
    expect(titles).toContain('Caux Forum for Human Security')
    const reports = await dispatch('timeline:list', { kinds: ['activity-report'] })
    expect(reports.ok && (reports.value as TimelineEntry[]).map((e) => e.start.slice(0, 4))).toEqual([
      '2013',
      '2014',
      '2014',
      '2015',
      '2016',
      '2017',
    ])
  })

  it('adds, edits and deletes events, refusing an end before the start', async () => {
    const { dispatch } = await setup()
    const fields = {
      kind: 'event',
      start: '2026-12-01',
      end: '2026-12-03',
      precision: 'day',
      title: 'Regional dialogue',
      place: 'Dakar',
      organiser: 'WANEP',
      summary: '',
      source: '',
    }
    const created = await dispatch('timeline:create', fields)
    expect(created.ok).toBe(true)
    const id = created.ok ? (created.value as { id: string }).id : ''
    const edit = (field: string, value: string) => dispatch('timeline:edit', { id, edit: { field, value } })
    expect(await edit('end', '2026-11-01')).toMatchObject({
      ok: false,
      error: {
        code: 'invalid-input',
        message: expect.stringContaining('The end date cannot be before the start date.'),
      },
    })
    await edit('place', 'Saint-Louis')
    const list = await dispatch('timeline:list', { year: 2026 })
    expect(list.ok && (list.value as TimelineEntry[]).map((e) => e.place)).toEqual(['Saint-Louis'])
    await dispatch('timeline:delete', { id })
    const after = await dispatch('timeline:list', { year: 2026 })
    expect(after.ok && after.value).toEqual([])
  })

  it('exports iCalendar with all-day events, workshops included', async () => {
    const { dispatch } = await setup()
    const w = await dispatch('workshops:create', { title: 'Bamako course' })
    const id = w.ok ? (w.value as { id: string }).id : ''
    await fillWorkshop(dispatch, id, { startDate: '2014-05-12', endDate: '2014-05-14', venue: 'Bamako' })
    const ics = await dispatch('timeline:exportIcs', { year: 2014 })
    const text = ics.ok ? Buffer.from((ics.value as { base64: string }).base64, 'base64').toString('utf8') : ''
    expect(text.startsWith('BEGIN:VCALENDAR')).toBe(true)
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(9)
    expect(text).toContain('DTSTART;VALUE=DATE:20140630')
    expect(text).toContain('DTEND;VALUE=DATE:20140814')
    expect(text).toContain('SUMMARY:Bamako course')
  })

  it('exports a date known to the month or year as one all-day event on its first day, saying so', async () => {
    const { dispatch } = await setup()
    const calendar = async (year: number) => {
      const ics = await dispatch('timeline:exportIcs', { year })
      const text = ics.ok ? Buffer.from((ics.value as { base64: string }).base64, 'base64').toString('utf8') : ''
      return text
        .replace(/\r\n[ \t]/g, '')
        .split('BEGIN:VEVENT')
        .slice(1)
    }
    const event = (events: string[], title: string) => events.find((e) => e.includes(`SUMMARY:${title}`)) ?? ''
    const yearOnly = event(await calendar(2014), 'Activity report: GPPAC/PAX meeting')
    expect(yearOnly).toContain('DTSTART;VALUE=DATE:20140101')
    expect(yearOnly).toContain('DTEND;VALUE=DATE:20140102')
    expect(yearOnly).toContain('Date known to the year only: 2014.')
    const monthOnly = event(await calendar(2015), 'Global conference on civil-military-police')
    expect(monthOnly).toContain('DTSTART;VALUE=DATE:20151201')
    expect(monthOnly).toContain('DTEND;VALUE=DATE:20151202')
    expect(monthOnly).toContain('Date known to the month only: December 2015.')
    const span = event(await calendar(2014), 'Caux Forum')
    expect(span).toContain('DTEND;VALUE=DATE:20140814')
    expect(span).not.toContain('known to the')
    await dispatch('settings:set', { language: 'fr' })
    expect(event(await calendar(2015), 'Global conference')).toContain('Date connue au mois près : décembre 2015.')
  })

  it('leaves participants out of a workshop that leaves names out', async () => {
    const { dispatch } = await setup()
    const w = await dispatch('workshops:create', { title: 'Visit of Col. Diallo' })
    const id = w.ok ? (w.value as { id: string }).id : ''
    const participants = [
      { id: 'p1', name: 'Amina Diallo', organisation: '', sector: 'police', gender: 'female', consent: false },
    ]
    const fields = { startDate: '2014-05-12', endDate: '2014-05-12', objectives: 'Hear Amina on checkpoints' }
    for (const [field, value] of Object.entries(fields))
      await dispatch('workshops:edit', { id, edit: { field, value } })
    const ops = participants.map((item) => ({ op: 'add', item }))
    await dispatch('workshops:editList', { id, list: 'participants', ops })
    const calendar = async () => {
      const ics = await dispatch('timeline:exportIcs', { year: 2014 })
      return ics.ok ? Buffer.from((ics.value as { base64: string }).base64, 'base64').toString('utf8') : ''
    }
    const text = await calendar()
    expect(text).toContain('SUMMARY:Visit of [participant]')
    expect(text).toContain('Hear [participant] on checkpoints')
    expect(text).not.toMatch(/Amina|Diallo/)
    const list = await dispatch('timeline:list', { year: 2014 })
    expect(list.ok && (list.value as TimelineEntry[]).some((e) => e.title === 'Visit of Col. Diallo')).toBe(true)
    await dispatch('workshops:edit', { id, edit: { field: 'report.excludeNames', value: false } })
    expect(await calendar()).toContain('SUMMARY:Visit of Col. Diallo')
  })
})
