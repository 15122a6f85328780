/** What a restore would change, per kind of record, before anything is written; Restore or Cancel. */
import { Button, Callout, Dialog, Flex, ScrollArea, Table, Text } from '@radix-ui/themes'
import { useTranslation } from 'react-i18next'
import type { KindDiff, RestorePreview } from '@shared/backups'
import { formatDateTime } from '@shared/when'
import { countsText } from './counts-text'

interface Props {
  label: string
  preview: RestorePreview | undefined
  error: string | null
  busy: boolean
  onConfirm(): void
  onClose(): void
}

function DiffRow({ diff }: { diff: KindDiff }) {
  const { t } = useTranslation()
  const cell = (n: number, names: string[]) => (
    <Table.Cell>
      <Text weight="bold">{n}</Text>
      {names.length > 0 && (
        <Text as="div" size="1" color="gray" dir="auto">
          {names.join(', ')}
          {n > names.length ? '…' : ''}
        </Text>
      )}
    </Table.Cell>
  )
  return (
    <Table.Row>
      <Table.RowHeaderCell>{t(`backups.kinds.${diff.kind}`)}</Table.RowHeaderCell>
      {cell(diff.added, diff.examples.added)}
      {cell(diff.removed, diff.examples.removed)}
      {cell(diff.changed, diff.examples.changed)}
    </Table.Row>
  )
}

function DiffTable({ preview }: { preview: RestorePreview }) {
  const { t } = useTranslation()
  if (!preview.differences.length) return <Text as="p">{t('backups.preview.same')}</Text>
  return (
    <ScrollArea type="auto" scrollbars="vertical" style={{ maxHeight: '45vh' }}>
      <Table.Root size="1" aria-label={t('backups.preview.tableLabel')}>
        <Table.Header>
          <Table.Row>
            <Table.ColumnHeaderCell>{t('backups.preview.kind')}</Table.ColumnHeaderCell>
            <Table.ColumnHeaderCell>{t('backups.preview.added')}</Table.ColumnHeaderCell>
            <Table.ColumnHeaderCell>{t('backups.preview.removed')}</Table.ColumnHeaderCell>
            <Table.ColumnHeaderCell>{t('backups.preview.changed')}</Table.ColumnHeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {preview.differences.map((d) => (
            <DiffRow key={d.kind} diff={d} />
          ))}
        </Table.Body>
      </Table.Root>
    </ScrollArea>
  )
}

export function RestorePreviewDialog({ label, preview, error, busy, onConfirm, onClose }: Props) {
  const { t, i18n } = useTranslation()
  return (
    <Dialog.Root open onOpenChange={(open) => !open && onClose()}>
      <Dialog.Content maxWidth="860px">
        <Dialog.Title>{t('backups.preview.title', { what: label })}</Dialog.Title>
        <Dialog.Description size="2" mb="3">
          {preview
            ? t('backups.preview.intro', {
                when: preview.at ? formatDateTime(preview.at, i18n.language) : '—',
                counts: countsText(t, preview.counts),
              })
            : t('backups.preview.loading')}
        </Dialog.Description>
        {preview && <DiffTable preview={preview} />}
        {preview && preview.missingFiles > 0 && (
          <Callout.Root color="amber" mt="3">
            <Callout.Text>{t('backups.preview.missingFiles', { count: preview.missingFiles })}</Callout.Text>
          </Callout.Root>
        )}
        <Text as="p" size="2" mt="3">
          {t('backups.preview.keptFirst')}
        </Text>
        {error && (
          <Text as="p" color="red" size="2" role="alert" mt="2">
            {error}
          </Text>
        )}
        <Flex gap="3" justify="end" mt="3">
          <Dialog.Close>
            <Button type="button" variant="soft" color="gray">
              {t('backups.preview.cancel')}
            </Button>
          </Dialog.Close>
          <Button type="button" onClick={onConfirm} disabled={!preview || busy}>
            {t('backups.preview.confirm')}
          </Button>
        </Flex>
      </Dialog.Content>
    </Dialog.Root>
  )
}
