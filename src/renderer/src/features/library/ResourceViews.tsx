import { Badge, Box, Card, Flex, Grid, Link, Table, Text } from '@radix-ui/themes'
import { useTranslation } from 'react-i18next'
import type { Resource } from '@shared/model'
import { hrefFor } from '../../shell/routes'
import { ResourceActions, type ResourceHandlers } from './ResourceActions'

function FileInfo({ resource }: { resource: Resource }) {
  const { t } = useTranslation()
  if (!resource.file) return <Text color="gray">{t('library.noFile')}</Text>
  return (
    <Flex gap="2" align="center" wrap="wrap">
      <Text>{t('library.pages', { count: resource.file.pages })}</Text>
      {!resource.file.hasText && (
        <Badge color="amber" variant="soft">
          {t('library.noText')}
        </Badge>
      )}
    </Flex>
  )
}

/**
 * A title in its own direction: an English title in the Arabic interface keeps its punctuation where it belongs.
 * It opens the reader, or for a record-only entry its page (where it is published, Attach the PDF).
 */
function Title({ resource }: { resource: Resource }) {
  return (
    <Link href={hrefFor('reader', resource.id)} dir="auto">
      {resource.title}
    </Link>
  )
}

type ViewProps = { resources: Resource[]; labelledBy: string } & ResourceHandlers

export function ResourceTable({ resources, labelledBy, ...handlers }: ViewProps) {
  const { t } = useTranslation()
  return (
    <Table.Root variant="surface" aria-labelledby={labelledBy}>
      <Table.Header>
        <Table.Row>
          <Table.ColumnHeaderCell>{t('library.columns.title')}</Table.ColumnHeaderCell>
          <Table.ColumnHeaderCell>{t('library.columns.kind')}</Table.ColumnHeaderCell>
          <Table.ColumnHeaderCell>{t('library.columns.year')}</Table.ColumnHeaderCell>
          <Table.ColumnHeaderCell>{t('library.columns.file')}</Table.ColumnHeaderCell>
          <Table.ColumnHeaderCell>
            <span className="visually-hidden">{t('library.columns.actions')}</span>
          </Table.ColumnHeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {resources.map((r) => (
          <Table.Row key={r.id}>
            <Table.RowHeaderCell>
              <Title resource={r} />
            </Table.RowHeaderCell>
            <Table.Cell>
              <Badge variant="soft">{t(`library.kind.${r.kind}`)}</Badge>
            </Table.Cell>
            <Table.Cell>{r.year ?? '—'}</Table.Cell>
            <Table.Cell>
              <FileInfo resource={r} />
            </Table.Cell>
            <Table.Cell>
              <ResourceActions resource={r} {...handlers} />
            </Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table.Root>
  )
}

export function ResourceGrid({ resources, labelledBy, ...handlers }: ViewProps) {
  const { t } = useTranslation()
  return (
    <Grid columns={{ initial: '1', sm: '2', lg: '3' }} gap="3" role="list" aria-labelledby={labelledBy}>
      {resources.map((r) => (
        <Card key={r.id} role="listitem">
          <Flex direction="column" gap="2" height="100%">
            <Flex justify="between" align="start" gap="2">
              <Text weight="bold">
                <Title resource={r} />
              </Text>
              <ResourceActions resource={r} {...handlers} />
            </Flex>
            <Flex gap="2" wrap="wrap">
              <Badge variant="soft">{t(`library.kind.${r.kind}`)}</Badge>
              {r.year && <Badge variant="outline">{r.year}</Badge>}
            </Flex>
            <Box flexGrow="1">
              <Text size="2" color="gray" className="clamp-3" dir="auto">
                {r.summary}
              </Text>
            </Box>
            <FileInfo resource={r} />
          </Flex>
        </Card>
      ))}
    </Grid>
  )
}
