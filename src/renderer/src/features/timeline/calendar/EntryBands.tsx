import { Flex, Text } from '@radix-ui/themes'
import { useTranslation } from 'react-i18next'
import type { TimelineEntry, TimelineEvent } from '@shared/timeline'
import { EntryTitle } from '../EntryTitle'

/** Entries known only to the month or the year, said as such above the days. */
export function EntryBands({
  bands,
  onEdit,
}: {
  bands: { label: 'wholeMonth' | 'wholeYear'; entries: TimelineEntry[] }[]
  onEdit: (e: TimelineEvent) => void
}) {
  const { t } = useTranslation()
  const shown = bands.filter((b) => b.entries.length > 0)
  if (shown.length === 0) return null
  return (
    <Flex direction="column" gap="2" mb="3">
      {shown.map((band) => (
        <Flex key={band.label} gap="2" align="baseline" wrap="wrap" className="calendar-band">
          <Text size="2" weight="bold">
            {t(`timeline.calendar.${band.label}`)}
          </Text>
          <ul className="calendar-entries calendar-entries-inline">
            {band.entries.map((e) => (
              <li key={e.id}>
                <EntryTitle entry={e} onEdit={onEdit} />
              </li>
            ))}
          </ul>
        </Flex>
      ))}
    </Flex>
  )
}
