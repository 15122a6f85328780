import { Flex, Progress, Text } from '@radix-ui/themes'
import { useTranslation } from 'react-i18next'
import { megabytes } from '@shared/text'
import { useBackupProgress } from './use-backup-progress'

/** A bar under a backup, restore or move while it runs (the same Progress the import shows). */
export function WorkProgress({ running, label }: { running: boolean; label: string }) {
  const { t } = useTranslation()
  const p = useBackupProgress(running)
  if (!running) return null
  return (
    <Flex direction="column" gap="1" my="2" role="status" aria-live="polite">
      <Text size="2">
        {p
          ? t('backups.progress', {
              filesDone: p.filesDone,
              count: p.files,
              done: megabytes(p.bytesDone),
              total: megabytes(p.bytes),
            })
          : label}
      </Text>
      <Progress value={p && p.bytes ? Math.round((100 * p.bytesDone) / p.bytes) : undefined} aria-label={label} />
    </Flex>
  )
}
