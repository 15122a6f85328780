/**
 * What leaving names out will change in the report, shown before it is exported: the text
 * the export starts from with every stretch it will replace marked, and how many. A name
 * left unmarked is one the rules missed; the facilitator can change it in the draft and
 * look again. Plain text only: the draft is never read as HTML.
 */
import { useEffect, useRef } from 'react'
import { Box, Button, Flex, Heading, Text } from '@radix-ui/themes'
import { useTranslation } from 'react-i18next'
import type { NameReplacement, NamesPreview } from '@shared/names-preview'
import { isolate } from '../../i18n/isolate'

function pieces(text: string, marks: NameReplacement[]) {
  const out: { text: string; mark: boolean }[] = []
  let at = 0
  for (const m of marks) {
    if (m.start > at) out.push({ text: text.slice(at, m.start), mark: false })
    out.push({ text: m.original, mark: true })
    at = m.end
  }
  return [...out, { text: text.slice(at), mark: false }]
}

export function NamesPreviewPanel({ preview, onClose }: { preview: NamesPreview; onClose(): void }) {
  const { t } = useTranslation()
  const text = useRef<HTMLPreElement>(null)
  useEffect(() => text.current?.focus(), [])
  const { placeholder } = preview
  return (
    <Box className="names-preview" role="region" aria-labelledby="names-preview-title">
      <Flex justify="between" align="center" gap="3" wrap="wrap">
        <Heading as="h3" size="3" id="names-preview-title">
          {t('workshops.report.names.title')}
        </Heading>
        <Button variant="soft" color="gray" onClick={onClose}>
          {t('workshops.report.names.close')}
        </Button>
      </Flex>
      <Text as="p" size="2" role="status" data-count={preview.replacements.length}>
        {t('workshops.report.names.count', { count: preview.replacements.length, placeholder })}
      </Text>
      <Text as="p" size="2" color="gray">
        {t('workshops.report.names.file', { name: isolate(preview.fileBase) })}
      </Text>
      <pre
        ref={text}
        className="names-preview-text"
        tabIndex={0}
        dir="auto"
        aria-label={t('workshops.report.names.text')}
      >
        {pieces(preview.text, preview.replacements).map((p, i) =>
          p.mark ? (
            <mark key={i} title={t('workshops.report.names.becomes', { placeholder })}>
              {p.text}
            </mark>
          ) : (
            <span key={i}>{p.text}</span>
          ),
        )}
      </pre>
    </Box>
  )
}
