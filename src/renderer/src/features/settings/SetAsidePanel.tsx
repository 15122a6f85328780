/**
 * Records the library set aside when it was opened (they did not fit the schema): each
 * with where it was, why, and its whole content, so nothing is lost from sight. Shown
 * only when there is something to show.
 */
import { Box, Card, Code, Heading, Text } from '@radix-ui/themes'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import type { SetAsideEntry } from '@shared/set-aside'
import { call } from '../../api/api'
import { formatDateTime } from '@shared/when'

const VALUE_SHOWN = 20_000

function EntryView({ entry }: { entry: SetAsideEntry }) {
  const { t, i18n } = useTranslation()
  const json = JSON.stringify(entry.value, null, 2) ?? String(entry.value)
  return (
    <Box asChild mb="3">
      <li>
        <Text as="p" weight="bold" dir="auto">
          {entry.label}
        </Text>
        <Text as="p" size="2" color="gray">
          {t('settings.setAside.where', { where: entry.where, when: formatDateTime(entry.at, i18n.language) })}
        </Text>
        <Text as="p" size="2" dir="auto">
          {t('settings.setAside.reason', { reason: entry.reason })}
        </Text>
        <details>
          <summary>{t('settings.setAside.show')}</summary>
          <Code asChild size="1" variant="ghost">
            <pre className="set-aside-value">{json.length > VALUE_SHOWN ? `${json.slice(0, VALUE_SHOWN)}…` : json}</pre>
          </Code>
        </details>
      </li>
    </Box>
  )
}

export function SetAsidePanel({ dataDir }: { dataDir: string }) {
  const { t } = useTranslation()
  const entries = useQuery({ queryKey: ['set-aside'], queryFn: () => call('app:setAside') })
  if (!entries.data?.length) return null
  return (
    <Card mt="6" style={{ maxWidth: 640 }}>
      <Heading as="h2" size="4" mb="2">
        {t('settings.setAside.title', { count: entries.data.length })}
      </Heading>
      <Text as="p" size="2" mb="3">
        {t('settings.setAside.intro', { file: `${dataDir}/set-aside.json` })}
      </Text>
      <ul className="plain-list">
        {entries.data.map((entry, i) => (
          <EntryView key={`${entry.at}-${entry.where}-${entry.key}-${i}`} entry={entry} />
        ))}
      </ul>
    </Card>
  )
}
