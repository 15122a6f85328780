import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { TimelineEntry, TimelineEvent } from '@shared/timeline'
import { formatDay, localDay } from '@shared/when'
import { firstDayOfWeek, monthWeeks, placeInMonth, weekdayNames, type DayCell } from './calendar-grid'
import { EntryBands } from './EntryBands'
import { EntryTitle } from '../EntryTitle'

interface MonthProps {
  ym: string
  entries: TimelineEntry[]
  onEdit: (e: TimelineEvent) => void
}

/** One month as a table of weeks; each day lists what happens on it. */
export function MonthCalendar({ ym, entries, onEdit }: MonthProps) {
  const { i18n } = useTranslation()
  const [today] = useState(() => localDay(Date.now()))
  const firstDay = firstDayOfWeek(i18n.language)
  const placed = placeInMonth(entries, ym)
  const [short, long] = [weekdayNames(i18n.language, firstDay, 'short'), weekdayNames(i18n.language, firstDay, 'long')]
  return (
    <>
      <EntryBands
        bands={[
          { label: 'wholeYear', entries: placed.wholeYear },
          { label: 'wholeMonth', entries: placed.wholeMonth },
        ]}
        onEdit={onEdit}
      />
      <table className="month-calendar">
        <thead>
          <tr>
            {short.map((name, i) => (
              <th key={name} scope="col" abbr={long[i]}>
                {name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {monthWeeks(ym, firstDay).map((week) => (
            <tr key={week[0]!.day}>
              {week.map((cell) => (
                <DayCellView
                  key={cell.day}
                  cell={cell}
                  today={cell.day === today}
                  entries={placed.byDay.get(cell.day) ?? []}
                  onEdit={onEdit}
                />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  )
}

function DayCellView({
  cell,
  today,
  entries,
  onEdit,
}: {
  cell: DayCell
  today: boolean
  entries: TimelineEntry[]
  onEdit: MonthProps['onEdit']
}) {
  const { i18n } = useTranslation()
  const number = new Intl.DateTimeFormat(i18n.language, { day: 'numeric', timeZone: 'UTC' }).format(
    Date.parse(cell.day),
  )
  return (
    <td data-outside={!cell.inMonth || undefined} data-today={today || undefined}>
      <span aria-hidden className="calendar-day-number">
        {number}
      </span>
      <span className="visually-hidden">{formatDay(cell.day, i18n.language)}</span>
      {cell.inMonth && entries.length > 0 && (
        <ul className="calendar-entries">
          {entries.map((e) => (
            <li key={e.id}>
              <EntryTitle entry={e} onEdit={onEdit} />
            </li>
          ))}
        </ul>
      )}
    </td>
  )
}
