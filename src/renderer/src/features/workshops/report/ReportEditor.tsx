/**
 * The report draft: Markdown typed (or formatted with the buttons and Ctrl+B / Ctrl+I)
 * beside its live preview. A formatting edit goes through the browser's own text
 * insertion, so Ctrl+Z takes it back like anything typed, and the field saves it like
 * anything typed.
 */
import { lazy, Suspense, useDeferredValue, useRef, type KeyboardEvent } from 'react'
import { Box, Card, Grid, Heading, Spinner } from '@radix-ui/themes'
import { useTranslation } from 'react-i18next'
import { AutosaveField } from '../../../save/AutosaveField'
import type { Autosave } from '../../../save/use-autosave'
import { formatEdit, type FormatCommand } from './format-commands'
import { FormatToolbar } from './FormatToolbar'

const ReportPreview = lazy(() => import('./ReportPreview'))

const shortcuts: Record<string, FormatCommand> = { b: 'bold', i: 'italic' }

function applyTo(area: HTMLTextAreaElement, command: FormatCommand, words: { placeholder: string; column: string }) {
  const edit = formatEdit(area.value, area.selectionStart, area.selectionEnd, command, words)
  area.focus()
  area.setSelectionRange(edit.from, edit.to)
  if (!document.execCommand('insertText', false, edit.insert)) {
    area.setRangeText(edit.insert, edit.from, edit.to)
    area.dispatchEvent(new Event('input', { bubbles: true }))
  }
  area.setSelectionRange(edit.selectStart, edit.selectEnd)
}

export function ReportEditor({ draft }: { draft: Autosave<string> }) {
  const { t } = useTranslation()
  const area = useRef<HTMLTextAreaElement>(null)
  const shown = useDeferredValue(draft.value)
  const words = { placeholder: t('workshops.report.format.placeholder'), column: t('workshops.report.format.column') }
  const format = (command: FormatCommand) => area.current && applyTo(area.current, command, words)
  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    const command = (e.ctrlKey || e.metaKey) && !e.shiftKey && !e.altKey ? shortcuts[e.key.toLowerCase()] : undefined
    if (!command) return
    e.preventDefault()
    e.stopPropagation()
    format(command)
  }
  return (
    <Grid columns={{ initial: '1', md: '2' }} gap="4">
      <Box className="report-draft">
        <Heading as="h2" size="3" mb="2">
          {t('workshops.report.editor')}
        </Heading>
        <FormatToolbar onFormat={format} />
        <AutosaveField label={draft.label} auto={draft} multiline rows={24} controlRef={area} onKeyDown={onKeyDown} />
      </Box>
      <section aria-labelledby="report-preview-title">
        <Heading as="h2" size="3" mb="2" id="report-preview-title">
          {t('workshops.report.preview')}
        </Heading>
        <Card className="report-preview" tabIndex={0} aria-labelledby="report-preview-title">
          <Suspense fallback={<Spinner aria-label={t('app.loading')} />}>
            <ReportPreview markdown={shown} />
          </Suspense>
        </Card>
      </section>
    </Grid>
  )
}
