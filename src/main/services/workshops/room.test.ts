/**
 * Issue #19 items 5–6 on the main side: dated days in printouts and the report, a day's
 * sheet on one page, breaks without facilitators, readings checked against the page
 * count, and run mode's pause and resume.
 */
import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { emptyResourceDetails, type Resource } from '@shared/model'
import { blankBlock, type Block, type Workshop } from '@shared/workshop'
import { callerFor, memoryHandlerDeps } from '../../testing/handler-deps'
import { withTempDir } from '../../testing/temp-dir'
import { fillWorkshop } from '../../testing/fill-workshop'

const hasPoppler = (() => {
  try {
    execFileSync('pdfinfo', ['-v'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
})()

function setup() {
  const deps = memoryHandlerDeps()
  let now = Date.parse('2026-11-24T09:00:00.000Z')
  deps.clock = { now: () => new Date(now).toISOString() }
  return { deps, call: callerFor(deps), advance: (minutes: number) => (now += minutes * 60_000) }
}

const block = (id: string, day: number, title: string, minutes = 30, over: Partial<Block> = {}): Block => ({
  ...blankBlock(id, day),
  title,
  minutes,
  ...over,
})

const resource = (id: string, title: string, pages: number | null): Resource => ({
  id,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  kind: 'guide',
  title,
  ...emptyResourceDetails(),
  source: 'import',
  file:
    pages === null
      ? null
      : { sha256: 'a'.repeat(64), bytes: 1000, pages, originalName: 'g.pdf', outline: [], hasText: true },
})

async function pdfText(bytes: Buffer): Promise<{ text: string; pages: number }> {
  return withTempDir(async (dir) => {
    const file = join(dir, 'p.pdf')
    writeFileSync(file, bytes)
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' })
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
    return { text, pages: Number(/Pages:\s+(\d+)/.exec(info)![1]) }
  })
}

describe('run mode pauses', () => {
  it('stops the clock while paused, resumes it, and reports the pause beside the time run', async () => {
    const { call, advance } = setup()
    const w = await call<Workshop>('workshops:create', { title: 'Pauses' })
    await fillWorkshop(call, w.id, { agenda: [block('a', 1, 'Mapping', 30), block('b', 1, 'Plenary', 30)] })
    await expect(call('workshops:run', { id: w.id, action: 'pause', blockId: 'a' })).rejects.toThrow(
      'Only the block that is running can be paused.',
    )
    await call('workshops:run', { id: w.id, action: 'start', blockId: 'a' })
    advance(10)
    const paused = await call<Workshop>('workshops:run', { id: w.id, action: 'pause', blockId: 'a' })
    expect(paused.agenda[0]!.pauses).toEqual([{ at: '2026-11-24T09:10:00.000Z', until: null }])
    advance(15)
    const resumed = await call<Workshop>('workshops:run', { id: w.id, action: 'resume', blockId: 'a' })
    expect(resumed.agenda[0]!.pauses).toEqual([{ at: '2026-11-24T09:10:00.000Z', until: '2026-11-24T09:25:00.000Z' }])
    advance(20)
    await call('workshops:run', { id: w.id, action: 'pause', blockId: 'a' })
    advance(5)
    // starting the next block ends the pause and the block at once
    const next = await call<Workshop>('workshops:run', { id: w.id, action: 'start', blockId: 'b' })
    expect(next.agenda[0]!.pauses.at(-1)).toEqual({ at: '2026-11-24T09:45:00.000Z', until: '2026-11-24T09:50:00.000Z' })
    expect(next.agenda[0]!.actualEnd).toBe('2026-11-24T09:50:00.000Z')

    const draft = (
      await call<{ workshop: Workshop }>('workshops:composeReport', { id: w.id, withNames: false, timeZone: 'UTC' })
    ).workshop.report.draft
    expect(draft).toContain('| 9:00 AM | Mapping | 0:30 | 9:00 AM | 0:30 (paused 0:20) | 0:00 |')
  })
})

describe('agenda days with dates', () => {
  it('heads each day of the printouts and the report with its date, and times blocks from its own start', async () => {
    const { call } = setup()
    const w = await call<Workshop>('workshops:create', { title: 'Dated' })
    await fillWorkshop(call, w.id, {
      startDate: '2026-03-02',
      days: [
        { date: '', start: '' },
        { date: '2026-03-04', start: '13:30' },
      ],
      agenda: [block('a', 1, 'Opening'), block('b', 2, 'Mapping')],
    })
    const draft = (await call<{ workshop: Workshop }>('workshops:composeReport', { id: w.id, withNames: false }))
      .workshop.report.draft
    expect(draft).toContain('### Day 1 — Monday, March 2, 2026')
    expect(draft).toContain('### Day 2 — Wednesday, March 4, 2026')
    expect(draft).toContain('| 1:30 PM | Mapping |')
    expect(draft).toContain('Mar 2, 2026 to Mar 4, 2026')
    if (!hasPoppler) return
    const agenda = await call<{ base64: string }>('workshops:printAgenda', { id: w.id, runSheet: false })
    const { text } = await pdfText(Buffer.from(agenda.base64, 'base64'))
    expect(text).toContain('Day 2 — Wednesday, March 4, 2026')
    expect(text).toContain('1:30 PM–2:00 PM')
  })

  it.skipIf(!hasPoppler)('prints a full day (12 blocks) on exactly one A4 page, under its date', async () => {
    const { call } = setup()
    const w = await call<Workshop>('workshops:create', { title: 'One page' })
    const titles = Array.from({ length: 12 }, (_, i) => `Session ${i + 1}: civil-military coordination in practice`)
    await fillWorkshop(call, w.id, {
      startDate: '2026-03-02',
      venue: 'Bamako',
      agenda: [block('x', 1, 'Day one'), ...titles.map((t, i) => block(`b${i}`, 2, t, 30))],
    })
    const file = await call<{ base64: string; fileName: string }>('workshops:printAgenda', {
      id: w.id,
      runSheet: false,
      day: 2,
    })
    expect(file.fileName).toBe('One page - Day 2.pdf')
    const { text, pages } = await pdfText(Buffer.from(file.base64, 'base64'))
    expect(pages).toBe(1)
    expect(text).toContain('Day 2 — Tuesday, March 3, 2026')
    expect(text).toContain('Session 12')
    expect(text).not.toContain('Day one')
  })
})

describe("a day's date and start, typed one after the other", () => {
  it('keeps both, though each was sent from the days as they were before the other', async () => {
    const { call } = setup()
    const w = await call<Workshop>('workshops:create', { title: 'Two parts' })
    const send = (value: unknown) =>
      call<{ record: Workshop; conflict: unknown }>('workshops:edit', {
        id: w.id,
        edit: { field: 'days', value, base: [] },
      })
    await send([
      { date: '', start: '' },
      { date: '2026-03-05', start: '' },
    ])
    const out = await send([
      { date: '', start: '' },
      { date: '', start: '13:30' },
    ])
    expect(out.conflict).toBeNull()
    expect(out.record.days).toEqual([
      { date: '', start: '' },
      { date: '2026-03-05', start: '13:30' },
    ])
    const clash = await send([
      { date: '', start: '' },
      { date: '2026-03-06', start: '' },
    ])
    expect(clash.conflict).not.toBeNull()
  })
})

describe('blocks', () => {
  it('drops the facilitator of a break, even one set before it became a break', async () => {
    const { call } = setup()
    const w = await call<Workshop>('workshops:create', { title: 'Breaks' })
    const lead = [{ name: 'Col. Traoré', sector: 'military' as const }]
    await fillWorkshop(call, w.id, { agenda: [block('a', 1, 'Coffee', 15, { facilitators: lead })] })
    const op = { op: 'set', itemId: 'a', edit: { field: 'kind', value: 'break' } }
    const out = await call<{ record: Workshop }>('workshops:editList', { id: w.id, list: 'agenda', ops: [op] })
    expect(out.record.agenda[0]!.facilitators).toEqual([])
  })

  it('refuses a reading past the last page, or a page of a record without its PDF', async () => {
    const { call, deps } = setup()
    await deps.store.update((data) => {
      data.resources.push(resource('guide', 'Quick guide', 6), resource('record', 'Toolbox', null))
    })
    const w = await call<Workshop>('workshops:create', { title: 'Readings' })
    await fillWorkshop(call, w.id, { agenda: [block('a', 1, 'Reading')] })
    const links = (value: Block['links']) =>
      call('workshops:editList', {
        id: w.id,
        list: 'agenda',
        ops: [{ op: 'set', itemId: 'a', edit: { field: 'links', value } }],
      })
    await expect(links([{ resourceId: 'guide', page: 99 }])).rejects.toThrow(
      '“Quick guide” has 6 pages: page 99 is not in it.',
    )
    await expect(links([{ resourceId: 'record', page: 2 }])).rejects.toThrow('“Toolbox” is a record without its PDF')
    const ok = await links([
      { resourceId: 'guide', page: 6 },
      { resourceId: 'record', page: null },
    ])
    expect((ok as { record: Workshop }).record.agenda[0]!.links).toHaveLength(2)
  })
})
