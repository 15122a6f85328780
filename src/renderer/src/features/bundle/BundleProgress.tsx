import { Button, Flex, Progress, Text } from '@radix-ui/themes'
import { useTranslation } from 'react-i18next'
import type { ImportProgress } from '@shared/contract'

const mb = (bytes = 0) => (bytes / (1024 * 1024)).toFixed(1)

function percent(p: ImportProgress | null): number | undefined {
  if (!p) return undefined
  if (p.bytes) return Math.round((100 * (p.bytesDone ?? 0)) / p.bytes)
  if (p.pages) return Math.round((100 * p.pagesDone) / p.pages)
  return p.files ? Math.round((100 * p.filesDone) / p.files) : undefined
}

/** A bundle job's progress bar, its words and its Cancel button. */
export function BundleProgress({
  progress: p,
  mode,
  onCancel,
}: {
  progress: ImportProgress | null
  mode: 'export' | 'import'
  onCancel(): void
}) {
  const { t } = useTranslation()
  const words = !p
    ? null
    : mode === 'export'
      ? t('bundle.export.progress', { done: p.filesDone, count: p.files, mbDone: mb(p.bytesDone), mb: mb(p.bytes) })
      : p.pages
        ? t('bundle.import.checkingPdfs', { done: p.pagesDone, count: p.pages })
        : t('bundle.import.checking', { done: p.filesDone, count: p.files })
  return (
    <Flex direction="column" gap="2" role="status" aria-live="polite">
      {words && <Text size="2">{words}</Text>}
      <Progress value={percent(p)} aria-label={t('bundle.export.progressLabel')} />
      <Flex justify="end">
        <Button type="button" variant="soft" color="gray" onClick={onCancel}>
          {t('bundle.export.cancel')}
        </Button>
      </Flex>
    </Flex>
  )
}
