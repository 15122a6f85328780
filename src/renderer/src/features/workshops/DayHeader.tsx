/**
 * An agenda day's heading: its name and date (with the weekday, in the interface
 * language), its length and hours, the date and start time the facilitator can change,
 * a one-page printout of the day, and the day's warnings.
 */
import { Box, Button, Callout, Flex, Heading, Text } from '@radix-ui/themes'
import { useTranslation } from 'react-i18next'
import { dayTitle, type AgendaDay } from '@shared/agenda'
import { formatClock, formatDuration } from '@shared/when'
import type { Workshop } from '@shared/workshop'
import { AutosaveField } from '../../save/AutosaveField'
import { saveExportedFile } from '../../api/download'
import { call } from '../../api/api'
import { useDayField } from './use-day-field'

function DaySettings({ w, day }: { w: Workshop; day: number }) {
  const { t } = useTranslation()
  const name = t('workshops.agenda.day', { day })
  const date = useDayField(w, day, 'date', t('workshops.agenda.dayDate', { day: name }))
  const start = useDayField(w, day, 'start', t('workshops.agenda.dayStartOf', { day: name }))
  return (
    <Flex gap="3" align="start" wrap="wrap">
      <Box width="180px">
        <AutosaveField label={t('workshops.agenda.date')} name={date.label} auto={date} type="date" size="1" />
      </Box>
      <Box width="140px">
        <AutosaveField label={t('workshops.agenda.startsAt')} name={start.label} auto={start} size="1" />
      </Box>
    </Flex>
  )
}

export function DayHeader({ w, day }: { w: Workshop; day: AgendaDay }) {
  const { t, i18n } = useTranslation()
  const name = t('workshops.agenda.day', { day: day.day })
  const span = day.blocks.length
    ? ` · ${formatClock(day.blocks[0]!.plannedStart, i18n.language)}–${formatClock(day.blocks.at(-1)!.plannedEnd, i18n.language)}`
    : ''
  const print = async () =>
    saveExportedFile(await call('workshops:printAgenda', { id: w.id, runSheet: false, day: day.day }))
  return (
    <>
      <Flex align="baseline" gap="3" mb="2" wrap="wrap">
        <Heading as="h2" size="4">
          {dayTitle(name, day.date, i18n.language)}
        </Heading>
        <Text size="2" color="gray">
          {t('workshops.agenda.total', { hours: Math.floor(day.totalMinutes / 60), minutes: day.totalMinutes % 60 })}
          {span}
        </Text>
      </Flex>
      <Flex gap="3" align="center" wrap="wrap" mb="2">
        <DaySettings w={w} day={day.day} />
        <Button variant="outline" size="1" onClick={() => void print()}>
          {t('workshops.agenda.printDay', { day: name })}
        </Button>
      </Flex>
      {day.warnings.map((warning) => (
        <Callout.Root key={warning} color="amber" size="1" mb="2">
          <Callout.Text>
            {t(`workshops.agenda.warnings.${warning}`, { max: formatDuration(w.dayMaxMinutes) })}
          </Callout.Text>
        </Callout.Root>
      ))}
    </>
  )
}
