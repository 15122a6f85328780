/**
 * The report's exports, and before them the preview of the names they will leave out.
 * A preview belongs to the draft it was made from: typing in the draft or turning the
 * switch hides it, so what is shown is always what the next export will do.
 */
import { machineTimeZone } from '@shared/when'
import { useState } from 'react'
import { Button, Callout, Flex } from '@radix-ui/themes'
import { useTranslation } from 'react-i18next'
import type { NamesPreview } from '@shared/names-preview'
import type { Workshop } from '@shared/workshop'
import { call } from '../../api/api'
import { saveExportedFile } from '../../api/download'
import { NamesPreviewPanel } from './NamesPreviewPanel'

const exportLabels = {
  md: 'workshops.report.exportMd',
  docx: 'workshops.report.exportDocx',
  pdf: 'workshops.report.exportPdf',
} as const

interface Props {
  w: Workshop
  draft: string
  saveDraft(): Promise<unknown>
}

export function ReportExports({ w, draft, saveDraft }: Props) {
  const { t } = useTranslation()
  const [error, setError] = useState<string | null>(null)
  const [preview, setPreview] = useState<{ of: string; shown: NamesPreview } | null>(null)
  const attempt = async (work: () => Promise<void>) => {
    setError(null)
    try {
      await saveDraft()
      await work()
    } catch (e) {
      setError((e as Error).message)
    }
  }
  const showPreview = () =>
    attempt(async () =>
      setPreview({
        of: draft,
        shown: await call('workshops:previewNamesOut', { id: w.id, timeZone: machineTimeZone() }),
      }),
    )
  const download = (format: 'md' | 'docx' | 'pdf') =>
    attempt(async () =>
      saveExportedFile(await call('workshops:export', { id: w.id, format, timeZone: machineTimeZone() })),
    )
  const current = w.report.excludeNames && preview?.of === draft ? preview.shown : null
  return (
    <Flex direction="column" gap="3">
      {current && <NamesPreviewPanel preview={current} onClose={() => setPreview(null)} />}
      <Flex gap="2" wrap="wrap">
        {w.report.excludeNames && (
          <Button onClick={() => void showPreview()}>{t('workshops.report.names.preview')}</Button>
        )}
        {(['md', 'docx', 'pdf'] as const).map((format) => (
          <Button key={format} variant="soft" onClick={() => void download(format)}>
            {t(exportLabels[format])}
          </Button>
        ))}
      </Flex>
      {error && (
        <Callout.Root color="red" role="alert">
          <Callout.Text>{error}</Callout.Text>
        </Callout.Root>
      )}
    </Flex>
  )
}
