import { Button, Flex, Heading, Text } from '@radix-ui/themes'
import { useTranslation } from 'react-i18next'
import type { TimelineEntry } from '@shared/timeline'
import { formatMonth, localDay } from '@shared/when'
import { addMonths } from './calendar-grid'

interface NavProps {
  view: 'month' | 'year'
  cursor: string
  entries: TimelineEntry[]
  onMove: (ym: string) => void
}

/** The period shown, the steps to the one before and after, and a way back to today. */
export function CalendarNav({ view, cursor, entries, onMove }: NavProps) {
  const { t, i18n } = useTranslation()
  const step = view === 'month' ? 1 : 12
  const label = view === 'month' ? formatMonth(cursor, i18n.language) : cursor.slice(0, 4)
  return (
    <Flex direction="column" gap="2" mt="4" mb="3">
      <Flex align="center" gap="2" wrap="wrap">
        <Button
          variant="soft"
          onClick={() => onMove(addMonths(cursor, -step))}
          aria-label={t(`timeline.calendar.previous.${view}`)}
        >
          <span aria-hidden>‹</span>
        </Button>
        <Button
          variant="soft"
          onClick={() => onMove(addMonths(cursor, step))}
          aria-label={t(`timeline.calendar.next.${view}`)}
        >
          <span aria-hidden>›</span>
        </Button>
        <Button variant="ghost" onClick={() => onMove(localDay(Date.now()).slice(0, 7))}>
          {t('timeline.calendar.today')}
        </Button>
        <Heading as="h2" size="5" aria-live="polite">
          {label}
        </Heading>
      </Flex>
      <NearestEntries view={view} cursor={cursor} entries={entries} onMove={onMove} />
    </Flex>
  )
}

/** In an empty period, the nearest months with something in them, either side. */
function NearestEntries({ view, cursor, entries, onMove }: NavProps) {
  const { t, i18n } = useTranslation()
  const inPeriod = (ym: string) => (view === 'month' ? ym === cursor : ym.slice(0, 4) === cursor.slice(0, 4))
  const months = [...new Set(entries.map((e) => e.start.slice(0, 7)))].sort()
  if (
    months.length === 0 ||
    entries.some((e) => e.start.slice(0, 7) <= cursor && e.end.slice(0, 7) >= cursor) ||
    months.some(inPeriod)
  )
    return null
  const before = months.filter((m) => m < cursor).at(-1)
  const after = months.find((m) => m > cursor)
  const go = (ym: string) => (
    <Button variant="ghost" size="1" onClick={() => onMove(ym)}>
      {view === 'month' ? formatMonth(ym, i18n.language) : ym.slice(0, 4)}
    </Button>
  )
  return (
    <Flex align="center" gap="3" wrap="wrap">
      <Text size="2" color="gray">
        {t(`timeline.calendar.empty.${view}`)}
      </Text>
      {before && (
        <Text size="2">
          {t('timeline.calendar.earlier')} {go(before)}
        </Text>
      )}
      {after && (
        <Text size="2">
          {t('timeline.calendar.later')} {go(after)}
        </Text>
      )}
    </Flex>
  )
}
