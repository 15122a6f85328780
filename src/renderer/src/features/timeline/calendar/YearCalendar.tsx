import { Button, Card, Grid, Heading, Text } from '@radix-ui/themes'
import { useTranslation } from 'react-i18next'
import type { TimelineEntry, TimelineEvent } from '@shared/timeline'
import { formatMonth } from '@shared/when'
import { placeInYear } from './calendar-grid'
import { EntryBands } from './EntryBands'
import { EntryTitle } from '../EntryTitle'
import { entryDates } from '../TimelineList'

interface YearProps {
  year: number
  entries: TimelineEntry[]
  onEdit: (e: TimelineEvent) => void
  onShowMonth: (ym: string) => void
}

/** Twelve months side by side, each listing what touches it; a month's name opens it. */
export function YearCalendar({ year, entries, onEdit, onShowMonth }: YearProps) {
  const { t, i18n } = useTranslation()
  const placed = placeInYear(entries, year)
  return (
    <>
      <EntryBands bands={[{ label: 'wholeYear', entries: placed.wholeYear }]} onEdit={onEdit} />
      <Grid columns={{ initial: '1', sm: '2', md: '3', lg: '4' }} gap="3" asChild>
        <ol className="timeline-list">
          {placed.months.map((list, i) => {
            const ym = `${year}-${String(i + 1).padStart(2, '0')}`
            const name = formatMonth(ym, i18n.language)
            return (
              <Card asChild key={ym}>
                <li>
                  <Heading as="h3" size="3" mb="1">
                    <Button
                      variant="ghost"
                      onClick={() => onShowMonth(ym)}
                      aria-label={t('timeline.calendar.openMonth', { month: name })}
                    >
                      {name}
                    </Button>
                  </Heading>
                  {list.length === 0 ? (
                    <Text size="2" color="gray">
                      {t('timeline.calendar.nothing')}
                    </Text>
                  ) : (
                    <ul className="calendar-entries">
                      {list.map((e) => (
                        <li key={e.id}>
                          <Text size="1" color="gray" as="div">
                            {entryDates(e, i18n.language)}
                          </Text>
                          <EntryTitle entry={e} onEdit={onEdit} />
                        </li>
                      ))}
                    </ul>
                  )}
                </li>
              </Card>
            )
          })}
        </ol>
      </Grid>
    </>
  )
}
