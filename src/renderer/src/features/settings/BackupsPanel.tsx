/**
 * Settings › Backups: the snapshots the app takes by itself (how many, how often), a full
 * backup on demand, and restoring either after a preview — the library as it is now is
 * always kept as a snapshot first, so a restore can be undone the same way.
 */
import { Card, Heading, Text } from '@radix-ui/themes'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { call } from '../../api/api'
import { formatDateTime } from '@shared/when'
import { BackupActions } from './BackupActions'
import { BackupSettings } from './BackupSettings'
import { RestorePreviewDialog } from './RestorePreviewDialog'
import { SnapshotList } from './SnapshotList'
import { useRestoreFlow } from './use-restore-flow'
import { WorkProgress } from './WorkProgress'
import { isolate } from './isolate'

export function BackupsPanel({ dataDir }: { dataDir: string }) {
  const { t, i18n } = useTranslation()
  const snapshots = useQuery({ queryKey: ['backups'], queryFn: () => call('backups:list') })
  const flow = useRestoreFlow()
  return (
    <Card mt="6" style={{ maxWidth: 760 }} asChild>
      <section aria-labelledby="backups-title">
        <Heading as="h2" size="4" mb="2" id="backups-title">
          {t('backups.title')}
        </Heading>
        <Text as="p" size="2" color="gray" mb="3">
          {t('backups.intro', { folder: isolate(`${dataDir}/backups`) })}
        </Text>
        <BackupSettings />
        <BackupActions onRestore={flow.open} />
        <WorkProgress running={flow.restore.isPending} label={t('backups.restoring')} />
        {flow.done && (
          <Text as="p" size="2" role="status" color="green" mb="2">
            {t('backups.restored', { kept: formatDateTime(flow.done.keptAt, i18n.language) })}
          </Text>
        )}
        <Heading as="h3" size="3" mb="1">
          {t('backups.snapshots')}
        </Heading>
        <SnapshotList
          snapshots={snapshots.data ?? []}
          onRestore={(s, when) => flow.open({ kind: 'snapshot', name: s.name, label: when })}
        />
        {flow.target && (
          <RestorePreviewDialog
            label={flow.target.label}
            preview={flow.preview.data}
            error={(flow.preview.error ?? flow.restore.error)?.message ?? null}
            busy={flow.restore.isPending}
            onConfirm={() => flow.restore.mutate()}
            onClose={flow.close}
          />
        )}
      </section>
    </Card>
  )
}
