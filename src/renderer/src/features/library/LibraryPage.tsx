import { Badge, Callout, Flex, Heading, Spinner, Table, Text } from '@radix-ui/themes'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { call } from '../../api/api'

export function LibraryPage() {
  const { t } = useTranslation()
  const resources = useQuery({ queryKey: ['library'], queryFn: () => call('library:list') })
  return (
    <section aria-labelledby="library-title">
      <Flex align="baseline" gap="3" mb="4">
        <Heading as="h1" size="7" id="library-title" tabIndex={-1}>
          {t('library.title')}
        </Heading>
        {resources.data && <Text color="gray">{t('library.count', { count: resources.data.length })}</Text>}
      </Flex>
      {resources.isPending && <Spinner aria-label={t('app.loading')} />}
      {resources.error && (
        <Callout.Root color="red" role="alert">
          <Callout.Text>{t('app.error', { message: resources.error.message })}</Callout.Text>
        </Callout.Root>
      )}
      {resources.data?.length === 0 && <Text>{t('library.empty')}</Text>}
      {resources.data && resources.data.length > 0 && (
        <Table.Root variant="surface" aria-labelledby="library-title">
          <Table.Header>
            <Table.Row>
              <Table.ColumnHeaderCell>{t('library.columns.title')}</Table.ColumnHeaderCell>
              <Table.ColumnHeaderCell>{t('library.columns.kind')}</Table.ColumnHeaderCell>
              <Table.ColumnHeaderCell>{t('library.columns.year')}</Table.ColumnHeaderCell>
              <Table.ColumnHeaderCell>{t('library.columns.file')}</Table.ColumnHeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {resources.data.map((r) => (
              <Table.Row key={r.id}>
                <Table.RowHeaderCell>{r.title}</Table.RowHeaderCell>
                <Table.Cell>
                  <Badge variant="soft">{t(`library.kind.${r.kind}`)}</Badge>
                </Table.Cell>
                <Table.Cell>{r.year ?? '—'}</Table.Cell>
                <Table.Cell>{r.file ? t('library.pages', { count: r.file.pages }) : t('library.noFile')}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table.Root>
      )}
    </section>
  )
}
