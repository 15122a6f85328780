/**
 * "Take a snapshot now", "Back up now" and "Restore a full backup…", in each host's way:
 * the desktop app asks its main side to open a folder dialog; browser mode downloads
 * the backup (GET /backup) and uploads one to restore.
 */
import { useRef, useState } from 'react'
import { Button, Flex, Text } from '@radix-ui/themes'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { megabytes } from '@shared/text'
import { call, hostKind, ApiError } from '../../api/api'
import { uploadFile } from '../../api/upload'
import { ErrorText } from '../../ui/ErrorText'
import type { RestoreTarget } from './use-restore-flow'
import { WorkProgress } from './WorkProgress'
import { isolate } from './isolate'

const BACKUP_UPLOAD_MAX = 64 * 1024 ** 3

function useFullBackupPicker(onPicked: (target: RestoreTarget) => void) {
  const input = useRef<HTMLInputElement>(null)
  const pick = useMutation({
    mutationFn: async (file?: File) => {
      if (hostKind === 'desktop') {
        const picked = await call('backups:pickFull')
        if (picked) onPicked({ kind: 'full', source: { pickedId: picked.id }, label: picked.name })
        return
      }
      if (!file) return input.current?.click()
      const sent = await uploadFile(file, BACKUP_UPLOAD_MAX, '/upload?for=backup')
      if (!sent.ok) throw new ApiError(sent.error)
      onPicked({ kind: 'full', source: { uploadId: sent.value.uploadId }, label: file.name })
    },
  })
  return { input, pick }
}

export function BackupActions({ onRestore }: { onRestore(target: RestoreTarget): void }) {
  const { t } = useTranslation()
  const client = useQueryClient()
  const [downloading, setDownloading] = useState(false)
  const snapshot = useMutation({
    mutationFn: () => call('backups:snapshotNow'),
    onSuccess: (list) => client.setQueryData(['backups'], list),
  })
  const toFolder = useMutation({ mutationFn: () => call('backups:backupToFolder') })
  const { input, pick } = useFullBackupPicker(onRestore)
  return (
    <Flex direction="column" gap="2" mb="3">
      <Flex gap="3" wrap="wrap">
        <Button variant="soft" onClick={() => snapshot.mutate()} disabled={snapshot.isPending}>
          {t('backups.snapshotNow')}
        </Button>
        {hostKind === 'desktop' ? (
          <Button onClick={() => toFolder.mutate()} disabled={toFolder.isPending}>
            {t('backups.backupNow')}
          </Button>
        ) : (
          <Button asChild>
            <a href="/backup" download onClick={() => setDownloading(true)}>
              {t('backups.backupNow')}
            </a>
          </Button>
        )}
        <Button variant="soft" onClick={() => pick.mutate(undefined)} disabled={pick.isPending}>
          {t('backups.restoreFull')}
        </Button>
        <input
          ref={input}
          type="file"
          hidden
          accept=".gz,.tgz,.tar,application/gzip,application/x-tar"
          aria-label={t('backups.restoreFull')}
          data-testid="backup-input"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0]
            e.currentTarget.value = ''
            if (file) pick.mutate(file)
          }}
        />
      </Flex>
      <Text size="1" color="gray">
        {hostKind === 'desktop' ? t('backups.backupNowHintDesktop') : t('backups.backupNowHintBrowser')}
      </Text>
      <WorkProgress running={toFolder.isPending} label={t('backups.backingUp')} />
      {pick.isPending && hostKind === 'browser' && <Text size="2">{t('backups.uploading')}</Text>}
      {downloading && (
        <Text size="2" role="status">
          {t('backups.downloadStarted')}
        </Text>
      )}
      {toFolder.data && (
        <Text size="2" role="status" color="green">
          {t('backups.backedUp', {
            count: toFolder.data.files,
            size: megabytes(toFolder.data.bytes),
            folder: isolate(toFolder.data.folder),
          })}
        </Text>
      )}
      <ErrorText error={snapshot.error ?? toFolder.error ?? pick.error} />
    </Flex>
  )
}
