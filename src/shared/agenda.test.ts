import { describe, expect, it } from 'vitest'
import { addDays, dayPlan, planAgenda, withDay } from './agenda'
import { blankBlock, blankWorkshop } from './workshop'

const workshop = { ...blankWorkshop('Dated'), startDate: '2026-02-27', dayStart: '09:00' }

describe('agenda days with dates', () => {
  it('follows the workshop when a day has no date or start of its own', () => {
    expect(dayPlan(workshop, 1)).toEqual({ date: '2026-02-27', start: '09:00' })
    expect(dayPlan(workshop, 3)).toEqual({ date: '2026-03-01', start: '09:00' })
    expect(dayPlan({ ...workshop, startDate: '' }, 2)).toEqual({ date: '', start: '09:00' })
  })

  it("takes a day's own date and start, and dates the days after it from it", () => {
    const days = withDay(withDay([], 2, { date: '2026-03-05' }), 2, { start: '08:30' })
    expect(days).toEqual([
      { date: '', start: '' },
      { date: '2026-03-05', start: '08:30' },
    ])
    expect(withDay(days, 2, { date: '', start: '' })).toEqual([])
    const w = { ...workshop, days }
    expect(dayPlan(w, 1)).toEqual({ date: '2026-02-27', start: '09:00' })
    expect(dayPlan(w, 2)).toEqual({ date: '2026-03-05', start: '08:30' })
    expect(dayPlan(w, 3)).toEqual({ date: '2026-03-06', start: '09:00' })
  })

  it("computes each day's block times from that day's start", () => {
    const w = {
      ...workshop,
      days: withDay([], 2, { start: '13:00' }),
      agenda: [blankBlock('a', 1), blankBlock('b', 2), blankBlock('c', 2)],
    }
    const plan = planAgenda(w)
    expect(plan.map((d) => [d.date, d.start, d.blocks.map((b) => b.plannedStart)])).toEqual([
      ['2026-02-27', '09:00', [540]],
      ['2026-02-28', '13:00', [780, 825]],
    ])
  })

  it('drops a facilitator an old break still carried', () => {
    const old = { ...blankBlock('a', 1, 'break'), facilitators: [{ name: 'X', sector: 'police' as const }] }
    expect(planAgenda({ ...workshop, agenda: [old] })[0]!.blocks[0]!.facilitators).toEqual([])
  })

  it('adds days across a month and a leap day', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29')
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01')
    expect(addDays('', 1)).toBe('')
  })
})
