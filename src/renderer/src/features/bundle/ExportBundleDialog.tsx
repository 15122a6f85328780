/**
 * Sharing as a bundle: what to include (private things off until ticked), then the
 * bundle is written on the main side — to where the desktop's save dialog says, or,
 * in browser mode, streamed to the browser as a download — with progress and Cancel.
 */
import { useState } from 'react'
import { Button, Callout, Text } from '@radix-ui/themes'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import type { BundleSelection, BundleWritten } from '@shared/bundle'
import { megabytes } from '@shared/text'
import { call } from '../../api/api'
import { downloadFrom } from '../../api/download'
import { EditDialog } from '../../ui/EditDialog'
import { ExportOptions } from './ExportOptions'
import { BundleProgress } from './BundleProgress'
import { useBundleJob } from './use-bundle-job'

const isEmpty = (s: BundleSelection) =>
  s.resources !== 'all' &&
  !s.resources.length &&
  !s.glossary &&
  s.scenarios !== 'all' &&
  !s.scenarios.length &&
  !s.templates &&
  !s.workshops.length

interface Props {
  initial: BundleSelection
  title: string
  onClose(): void
}

export function ExportBundleDialog({ initial, title, onClose }: Props) {
  const { t } = useTranslation()
  const [selection, setSelection] = useState(initial)
  const [written, setWritten] = useState<BundleWritten | null>(null)
  const [error, setError] = useState<string | null>(null)
  const job = useBundleJob()
  const workshops = useQuery({ queryKey: ['workshops'], queryFn: () => call('workshops:list') })
  const make = async () => {
    setError(null)
    setWritten(null)
    try {
      const done = await job.run((jobId) => call('bundle:export', { selection, jobId }))
      if (done?.downloadId) downloadFrom(`/bundle/${done.downloadId}`, done.fileName)
      setWritten(done)
    } catch (e) {
      setError((e as Error).message)
    }
  }
  const close = () => {
    if (job.running) job.cancel()
    onClose()
  }
  return (
    <EditDialog
      title={title}
      description={t('bundle.export.description')}
      onClose={close}
      closeLabel={written ? undefined : t('bundle.import.back')}
      actions={
        <>
          {isEmpty(selection) && <Text size="2">{t('bundle.export.nothing')}</Text>}
          <Button type="button" onClick={() => void make()} disabled={job.running || isEmpty(selection)}>
            {t('bundle.export.make')}
          </Button>
        </>
      }
    >
      <ExportOptions
        selection={selection}
        allWorkshopIds={(workshops.data ?? []).map((w) => w.id)}
        disabled={job.running}
        onChange={setSelection}
      />
      {job.running && <BundleProgress progress={job.progress} mode="export" onCancel={job.cancel} />}
      {written && (
        <Callout.Root color="green" role="status">
          <Callout.Text>
            {t('bundle.export.saved', {
              name: written.fileName,
              count: written.entries,
              size: megabytes(written.bytes),
            })}
          </Callout.Text>
        </Callout.Root>
      )}
      {error && (
        <Callout.Root color="red" role="alert">
          <Callout.Text>{error}</Callout.Text>
        </Callout.Root>
      )}
    </EditDialog>
  )
}
