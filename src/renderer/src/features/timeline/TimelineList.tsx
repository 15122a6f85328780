import { Badge, Button, Card, Flex, Heading, Text } from '@radix-ui/themes'
import { useTranslation } from 'react-i18next'
import type { TimelineEntry, TimelineEvent } from '@shared/timeline'
import { formatDay, formatMonth } from '@shared/when'
import { DeleteButton } from '../../shell/undo/DeleteButton'
import { isolate } from '../../i18n/isolate'
import { EntryTitle } from './EntryTitle'

export interface EntryActions {
  onEdit: (e: TimelineEvent) => void
  onDelete: (e: TimelineEvent) => void
}

export function entryDates(e: TimelineEntry, language: string): string {
  if (e.precision === 'year') return e.start.slice(0, 4)
  if (e.precision === 'month') return formatMonth(e.start.slice(0, 7), language)
  const [start, end] = [formatDay(e.start, language), formatDay(e.end, language)]
  return e.start === e.end ? start : `${start} – ${end}`
}

/** The timeline as a list, year by year. */
export function TimelineList({ entries, ...actions }: { entries: TimelineEntry[] } & EntryActions) {
  const byYear = new Map<string, TimelineEntry[]>()
  for (const e of entries) byYear.set(e.start.slice(0, 4), [...(byYear.get(e.start.slice(0, 4)) ?? []), e])
  return [...byYear].map(([year, events]) => (
    <section key={year} aria-label={year}>
      <Heading as="h2" size="5" mt="4" mb="2">
        {year}
      </Heading>
      <Flex direction="column" gap="2" asChild>
        <ol className="timeline-list">
          {events.map((e) => (
            <ListItem key={e.id} entry={e} {...actions} />
          ))}
        </ol>
      </Flex>
    </section>
  ))
}

function ListItem({ entry: e, onEdit, onDelete }: { entry: TimelineEntry } & EntryActions) {
  const { t, i18n } = useTranslation()
  return (
    <Card asChild>
      <li>
        <Flex justify="between" gap="3">
          <div>
            <Flex gap="2" align="center" wrap="wrap">
              <Text size="2" color="gray">
                {entryDates(e, i18n.language)}
              </Text>
              <Badge variant="soft">{t(`timeline.kinds.${e.kind}`)}</Badge>
            </Flex>
            <Text as="div" weight="bold" dir="auto">
              {e.workshopId ? <EntryTitle entry={e} onEdit={onEdit} /> : e.title}
            </Text>
            <Text as="div" size="2" color="gray">
              {[e.place, e.organiser].filter(Boolean).map(isolate).join(' · ')}
            </Text>
          </div>
          {!e.workshopId && (
            <Flex gap="1" align="start">
              <Button
                size="1"
                variant="ghost"
                aria-label={t('timeline.edit', { title: e.title })}
                onClick={() => onEdit(e)}
              >
                {t('timeline.editShort')}
              </Button>
              <DeleteButton label={t('timeline.delete', { title: e.title })} onDelete={() => onDelete(e)} />
            </Flex>
          )}
        </Flex>
      </li>
    </Card>
  )
}
