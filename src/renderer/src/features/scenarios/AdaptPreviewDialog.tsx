import { Button, Callout, Dialog, Flex, ScrollArea, Table, Text } from '@radix-ui/themes'
import { useTranslation } from 'react-i18next'
import { DialogFrame } from '../../ui/DialogFrame'
import type { AdaptPreview } from '@shared/scenario-adapt'
import { say } from '../../i18n/i18n'
import { isolate } from '../../i18n/isolate'

interface Props {
  preview: AdaptPreview
  error: string | null
  busy: boolean
  onConfirm(): void
  onClose(): void
}

export function AdaptPreviewDialog({ preview, error, busy, onConfirm, onClose }: Props) {
  const { t } = useTranslation()
  const replaced = preview.changes.reduce((n, c) => n + c.count, 0)
  const refused = preview.refusals.length > 0
  return (
    <DialogFrame
      title={t('scenarios.adapt.previewTitle')}
      description={
        <>
          {t('scenarios.adapt.copyTitle', { title: isolate(preview.title) })}{' '}
          {replaced > 0 ? t('scenarios.adapt.replaced', { count: replaced }) : t('scenarios.adapt.nothingFound')}
        </>
      }
      onClose={onClose}
      maxWidth="900px"
    >
      {refused && (
        <Callout.Root color="red" role="alert" mb="3">
          {preview.refusals.map((r, n) => (
            <Callout.Text key={n}>{say(r)}</Callout.Text>
          ))}
        </Callout.Root>
      )}
      <ScrollArea type="auto" scrollbars="vertical" style={{ maxHeight: '50vh' }}>
        <Table.Root size="1" aria-label={t('scenarios.adapt.previewTitle')}>
          <Table.Header>
            <Table.Row>
              <Table.ColumnHeaderCell>{t('scenarios.adapt.columns.where')}</Table.ColumnHeaderCell>
              <Table.ColumnHeaderCell>{t('scenarios.adapt.columns.before')}</Table.ColumnHeaderCell>
              <Table.ColumnHeaderCell>{t('scenarios.adapt.columns.after')}</Table.ColumnHeaderCell>
              <Table.ColumnHeaderCell>{t('scenarios.adapt.columns.count')}</Table.ColumnHeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {preview.changes.map((c) => (
              <Table.Row key={c.path}>
                <Table.RowHeaderCell>{c.label}</Table.RowHeaderCell>
                <Table.Cell>{c.before}</Table.Cell>
                <Table.Cell>{c.after}</Table.Cell>
                <Table.Cell>{c.count || '–'}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table.Root>
      </ScrollArea>
      {error && (
        <Text as="p" color="red" size="2" role="alert" mt="2">
          {error}
        </Text>
      )}
      <Flex gap="3" justify="end" mt="3">
        <Dialog.Close>
          <Button type="button" variant="soft" color="gray">
            {t('scenarios.adapt.back')}
          </Button>
        </Dialog.Close>
        <Button type="button" onClick={onConfirm} disabled={refused || busy}>
          {t('scenarios.adapt.button')}
        </Button>
      </Flex>
    </DialogFrame>
  )
}
