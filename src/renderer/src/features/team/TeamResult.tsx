/** The last sync with the team folder: when, what went out and came in, and every line or PDF skipped. */
import { Callout, Text } from '@radix-ui/themes'
import { useTranslation } from 'react-i18next'
import type { TeamSyncResult } from '@shared/team'
import { formatDateTime } from '@shared/when'

export function TeamResult({ result }: { result: TeamSyncResult }) {
  const { t, i18n } = useTranslation()
  const when = formatDateTime(result.at, i18n.language)
  if (result.unavailable)
    return (
      <Callout.Root color="amber" role="status" mt="3">
        <Callout.Text>{t('team.unavailable', { when })}</Callout.Text>
      </Callout.Root>
    )
  return (
    <div role="status">
      <Text as="p" size="2" mt="3">
        {t('team.last', { when })}{' '}
        {t('team.counts', {
          published: result.published,
          added: result.added,
          updated: result.updated,
          keptBoth: result.keptBoth,
          logs: result.logsRead,
        })}
      </Text>
      {result.keptBoth > 0 && (
        <Text as="p" size="2" mt="1">
          {t('team.keptBoth', { count: result.keptBoth })}
        </Text>
      )}
      {result.waiting > 0 && (
        <Text as="p" size="2" mt="1" color="gray">
          {t('team.waiting', { count: result.waiting })}
        </Text>
      )}
      {result.skipped.length > 0 && (
        <Callout.Root color="amber" mt="2">
          <Callout.Text>{t('team.skipped', { count: result.skipped.length })}</Callout.Text>
          <ul>
            {result.skipped.slice(0, 20).map((s, i) => (
              <li key={i}>
                <Text size="1">
                  {t(`team.skip.${s.reason}`, { log: s.log.slice(0, 8), line: s.line, detail: s.detail.slice(0, 80) })}
                </Text>
              </li>
            ))}
          </ul>
        </Callout.Root>
      )}
    </div>
  )
}
