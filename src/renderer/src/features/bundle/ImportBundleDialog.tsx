/**
 * Importing a bundle: the whole bundle is checked on the main side first (progress and
 * Cancel), then the preview says what will be added, updated or skipped and asks about
 * records changed on both sides; only "Import" writes, in one change. A refused bundle
 * shows its own message and nothing was written.
 */
import { useEffect, useState } from 'react'
import { Button, Callout, Flex, Text } from '@radix-ui/themes'
import { useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import type { BundleApplied, BundlePreview, ConflictChoice } from '@shared/bundle'
import { call } from '../../api/api'
import { formatDateTime } from '@shared/when'
import { EditDialog } from '../../ui/EditDialog'
import { BundleProgress } from './BundleProgress'
import { PreviewTable } from './PreviewTable'
import { useBundleJob } from './use-bundle-job'
import type { BundleSource } from './bundle-source'

function PreviewSummary({ preview }: { preview: BundlePreview }) {
  const { t, i18n } = useTranslation()
  const yes = (on: boolean) => (on ? t('bundle.import.yes') : t('bundle.import.no'))
  return (
    <Flex direction="column" gap="1">
      <Text size="2">
        {t('bundle.import.from', {
          when: formatDateTime(preview.createdAt, i18n.language),
          version: preview.appVersion,
        })}
      </Text>
      <Text size="2" weight="medium">
        {t('bundle.import.summary', preview.counts)}
      </Text>
      <Text size="2" color="gray">
        {t('bundle.import.includes', {
          facilitatorOnly: yes(preview.includes.facilitatorOnly),
          names: yes(preview.includes.names),
        })}
      </Text>
    </Flex>
  )
}

export function ImportBundleDialog({ source, onClose }: { source: BundleSource; onClose(): void }) {
  const { t } = useTranslation()
  const client = useQueryClient()
  const job = useBundleJob()
  const [preview, setPreview] = useState<BundlePreview | null>(null)
  const [choices, setChoices] = useState<Record<string, ConflictChoice>>({})
  const [applied, setApplied] = useState<BundleApplied | null>(null)
  const [error, setError] = useState<string | null>(null)
  const { run } = job
  useEffect(() => {
    run((jobId) => call('bundle:preview', { source, jobId }))
      .then(setPreview)
      .catch((e: Error) => setError(e.message))
  }, [run, source])
  const confirm = async () => {
    try {
      setApplied(await call('bundle:apply', { previewId: preview!.previewId, choices }))
      setPreview(null)
      await client.invalidateQueries()
    } catch (e) {
      setError((e as Error).message)
    }
  }
  const close = () => {
    if (job.running) job.cancel()
    if (preview) void call('bundle:discard', { previewId: preview.previewId }).catch(() => undefined)
    onClose()
  }
  return (
    <EditDialog
      title={t('bundle.import.title')}
      description={t('bundle.import.description')}
      onClose={close}
      maxWidth="900px"
      closeLabel={applied ? undefined : t('bundle.import.back')}
      actions={
        preview && (
          <Button type="button" onClick={() => void confirm()}>
            {t('bundle.import.confirm')}
          </Button>
        )
      }
    >
      {job.running && <BundleProgress progress={job.progress} mode="import" onCancel={job.cancel} />}
      {preview && <PreviewSummary preview={preview} />}
      {preview && (
        <PreviewTable
          items={preview.items}
          choices={choices}
          onChoose={(k, c) => setChoices((all) => ({ ...all, [k]: c }))}
        />
      )}
      {error && (
        <Callout.Root color="red" role="alert">
          <Callout.Text>{error}</Callout.Text>
        </Callout.Root>
      )}
      {applied && (
        <Callout.Root color="green" role="status">
          <Callout.Text>{t('bundle.import.done', { ...applied })}</Callout.Text>
        </Callout.Root>
      )}
    </EditDialog>
  )
}
