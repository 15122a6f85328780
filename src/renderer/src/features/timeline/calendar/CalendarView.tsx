import { useState } from 'react'
import type { TimelineEntry, TimelineEvent } from '@shared/timeline'
import { localDay } from '@shared/when'
import { CalendarNav } from './CalendarNav'
import { MonthCalendar } from './MonthCalendar'
import { YearCalendar } from './YearCalendar'

export interface CalendarProps {
  view: 'month' | 'year'
  entries: TimelineEntry[]
  onEdit: (e: TimelineEvent) => void
  /** the facilitator opened one month of the year view */
  onShowMonth: () => void
}

/** The timeline as a month or year calendar, starting at today's month. */
export function CalendarView({ view, entries, onEdit, onShowMonth }: CalendarProps) {
  const [cursor, setCursor] = useState(() => localDay(Date.now()).slice(0, 7))
  return (
    <>
      <CalendarNav view={view} cursor={cursor} entries={entries} onMove={setCursor} />
      {view === 'month' ? (
        <MonthCalendar ym={cursor} entries={entries} onEdit={onEdit} />
      ) : (
        <YearCalendar
          year={Number(cursor.slice(0, 4))}
          entries={entries}
          onEdit={onEdit}
          onShowMonth={(ym) => {
            setCursor(ym)
            onShowMonth()
          }}
        />
      )}
    </>
  )
}
