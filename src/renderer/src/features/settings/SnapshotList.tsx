/** The snapshots in backups/, newest first: when, why, what each holds, and Restore… for each. */
import { Button, Flex, Text } from '@radix-ui/themes'
import { useTranslation } from 'react-i18next'
import type { SnapshotInfo } from '@shared/backups'
import { formatDateTime } from '@shared/when'
import { countsText } from './counts-text'

const knownReasons = new Set([
  'first-run',
  'scheduled',
  'daily',
  'manual',
  'before-restore',
  'journal-full',
  'after-opening',
  'after-recovery',
  'before-setting-aside',
  'before-migration',
])

/** Why it was taken, in the facilitator's language ("before-migration-v0" is a migration). */
export const reasonKey = (reason: string): string => {
  const key = reason.startsWith('before-migration') ? 'before-migration' : reason
  return knownReasons.has(key) ? `backups.reasons.${key}` : 'backups.reasons.other'
}

interface Props {
  snapshots: SnapshotInfo[]
  onRestore(snapshot: SnapshotInfo, when: string): void
}

export function SnapshotList({ snapshots, onRestore }: Props) {
  const { t, i18n } = useTranslation()
  if (!snapshots.length) return <Text size="2">{t('backups.none')}</Text>
  return (
    <ul className="plain-list" aria-label={t('backups.listLabel')}>
      {snapshots.map((s) => {
        const when = formatDateTime(s.at, i18n.language)
        return (
          <Flex asChild key={s.name} justify="between" align="center" gap="3" py="1">
            <li>
              <div>
                <Text as="div" weight="bold">
                  {when} — {t(reasonKey(s.reason), { reason: s.reason })}
                </Text>
                <Text as="div" size="1" color="gray">
                  {s.counts ? countsText(t, s.counts) : t('backups.unreadable')}
                </Text>
              </div>
              <Button
                size="1"
                variant="soft"
                disabled={!s.counts}
                aria-label={t('backups.restoreSnapshot', { when })}
                onClick={() => onRestore(s, when)}
              >
                {t('backups.restoreShort')}
              </Button>
            </li>
          </Flex>
        )
      })}
    </ul>
  )
}
