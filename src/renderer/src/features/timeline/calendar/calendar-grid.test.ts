import { describe, expect, it } from 'vitest'
import type { TimelineEntry } from '@shared/timeline'
import { addMonths, firstDayOfWeek, monthWeeks, placeInMonth, placeInYear, weekdayNames } from './calendar-grid'

const entry = (id: string, start: string, end: string, precision: TimelineEntry['precision']): TimelineEntry => ({
  id,
  createdAt: '',
  updatedAt: '',
  kind: 'event',
  start,
  end,
  precision,
  title: id,
  place: '',
  organiser: '',
  summary: '',
  source: '',
})

describe('the calendar grid', () => {
  it('lays a month out in whole weeks from the first day of the week the language uses', () => {
    const monday = monthWeeks('2014-06', 1)
    expect(monday[0]![0]).toEqual({ day: '2014-05-26', inMonth: false })
    expect(monday.at(-1)!.at(-1)).toEqual({ day: '2014-07-06', inMonth: false })
    expect(monday.flat().filter((c) => c.inMonth)).toHaveLength(30)
    expect(monthWeeks('2014-06', 7)[0]![0]!.day).toBe('2014-06-01')
    expect(monthWeeks('2014-06', 6)[0]![0]!.day).toBe('2014-05-31')
    expect(monthWeeks('2015-02', 7)).toHaveLength(4)
  })

  it('starts weeks where the language does and names the days in it', () => {
    expect(firstDayOfWeek('fr')).toBe(1)
    expect(weekdayNames('fr', 1, 'long')[0]).toBe('lundi')
    expect(weekdayNames('en', 7, 'long')).toEqual([
      'Sunday',
      'Monday',
      'Tuesday',
      'Wednesday',
      'Thursday',
      'Friday',
      'Saturday',
    ])
    expect(firstDayOfWeek('not a language')).toBe(1)
  })

  it('draws an entry only as precisely as it is known', () => {
    const entries = [
      entry('forum', '2014-06-30', '2014-08-13', 'day'),
      entry('conference', '2014-06-01', '2014-06-30', 'month'),
      entry('report', '2014-01-01', '2014-12-31', 'year'),
      entry('other year', '2015-06-02', '2015-06-02', 'day'),
    ]
    const june = placeInMonth(entries, '2014-06')
    expect([...june.byDay.keys()]).toEqual(['2014-06-30'])
    expect(june.wholeMonth.map((e) => e.id)).toEqual(['conference'])
    expect(june.wholeYear.map((e) => e.id)).toEqual(['report'])
    expect(placeInMonth(entries, '2014-07').byDay.size).toBe(31)
    expect(placeInMonth(entries, '2014-07').wholeMonth).toEqual([])
    const year = placeInYear(entries, 2014)
    expect(year.months.map((m) => m.map((e) => e.id).join())).toEqual([
      '',
      '',
      '',
      '',
      '',
      'forum,conference',
      'forum',
      'forum',
      '',
      '',
      '',
      '',
    ])
    expect(year.wholeYear.map((e) => e.id)).toEqual(['report'])
  })

  it('steps over year ends', () => {
    expect(addMonths('2014-12', 1)).toBe('2015-01')
    expect(addMonths('2014-01', -1)).toBe('2013-12')
  })
})
