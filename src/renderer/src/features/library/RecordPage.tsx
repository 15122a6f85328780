/**
 * The page of a record-only entry (no PDF yet): what it is, exactly where it is published
 * (with a button to copy that, to search the publisher's site), and "Attach the PDF", which
 * runs the one import with its progress and results. Once the file is attached the reader
 * takes this page's place.
 */
import { useState } from 'react'
import { Badge, Box, Button, Card, Flex, Heading, Text } from '@radix-ui/themes'
import { useTranslation } from 'react-i18next'
import type { Resource } from '@shared/model'
import { isolate } from '../../i18n/isolate'
import { EditResourceDialog } from './EditResourceDialog'
import { ImportProgressBar } from './ImportControls'
import { useImport } from './use-import'

function RecordFacts({ resource: r }: { resource: Resource }) {
  const { t } = useTranslation()
  const facts = [
    r.authors.length ? t('library.record.by', { authors: isolate(r.authors.join(', ')) }) : '',
    r.publisher ? t('library.record.published', { publisher: isolate(r.publisher) }) : '',
    r.year ? String(r.year) : '',
  ].filter(Boolean)
  return (
    <Flex direction="column" gap="2" mb="4">
      <Flex gap="2" wrap="wrap">
        <Badge variant="soft">{t(`library.kind.${r.kind}`)}</Badge>
        <Badge color="gray" variant="outline">
          {t('library.record.kind')}
        </Badge>
      </Flex>
      {facts.length > 0 && <Text color="gray">{facts.join(' · ')}</Text>}
      {r.summary && (
        <Text as="p" dir="auto">
          {r.summary}
        </Text>
      )}
    </Flex>
  )
}

function WherePublished({ text }: { text: string }) {
  const { t } = useTranslation()
  const [copied, setCopied] = useState(false)
  // where the clipboard is refused, the text stays there to select
  const copy = () =>
    navigator.clipboard.writeText(text).then(
      () => setCopied(true),
      () => undefined,
    )
  return (
    <Card mb="4" size="2" data-testid="where-published">
      <Flex direction="column" gap="2">
        <Heading as="h2" size="3">
          {t('library.record.where')}
        </Heading>
        {text ? (
          <Text as="p" size="3" dir="auto">
            {text}
          </Text>
        ) : (
          <Text as="p">{t('library.record.nowhere')}</Text>
        )}
        {text && (
          <Box>
            <Button variant="soft" onClick={() => void copy()} aria-label={t('library.record.copyLabel')}>
              {copied ? t('library.record.copied') : t('library.record.copy')}
            </Button>
          </Box>
        )}
      </Flex>
    </Card>
  )
}

export function RecordPage({ resource }: { resource: Resource }) {
  const { t } = useTranslation()
  const { state, pickFiles } = useImport()
  const [editing, setEditing] = useState(false)
  return (
    <section aria-labelledby="record-title">
      <Heading as="h1" size="7" mb="2" id="record-title" tabIndex={-1} dir="auto">
        {resource.title}
      </Heading>
      <RecordFacts resource={resource} />
      <Text as="p" mb="3">
        {t('reader.noFile')}
      </Text>
      <WherePublished text={resource.obtainFrom} />
      <Text as="p" size="2" color="gray" mb="3">
        {t('library.record.attachHint')}
      </Text>
      <Flex gap="3" wrap="wrap">
        <Button onClick={() => pickFiles(resource.id)} disabled={state.running}>
          {t('library.actions.attach')}
        </Button>
        <Button variant="soft" onClick={() => setEditing(true)}>
          {t('library.actions.edit')}
        </Button>
      </Flex>
      <ImportProgressBar state={state} />
      {editing && <EditResourceDialog resource={resource} onClose={() => setEditing(false)} />}
    </section>
  )
}
