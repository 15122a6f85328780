import { Button, Callout, Flex, IconButton, Progress, Text } from '@radix-ui/themes'
import { useTranslation } from 'react-i18next'
import type { ImportOutcome } from '@shared/contract'
import { say } from '../../i18n/i18n'
import { isolate } from '../../i18n/isolate'
import { useImport, type ImportState } from './use-import'

/** The one PDF file input of browser mode, mounted once by the shell; `pickFiles` opens it. */
export function ImportFilePicker() {
  const { t } = useTranslation()
  const { picker, picked } = useImport()
  return (
    <input
      ref={picker}
      type="file"
      accept="application/pdf,.pdf"
      multiple
      hidden
      aria-label={t('library.import.button')}
      data-testid="import-input"
      onChange={(e) => {
        const files = [...(e.currentTarget.files ?? [])]
        e.currentTarget.value = ''
        if (files.length) void picked(files)
      }}
    />
  )
}

export function ImportButton() {
  const { t } = useTranslation()
  const { state, pickFiles } = useImport()
  return (
    <Button onClick={() => pickFiles()} disabled={state.running}>
      {t('library.import.button')}
    </Button>
  )
}

export function ImportProgressBar({ state }: { state: ImportState }) {
  const { t } = useTranslation()
  if (!state.running) return null
  const p = state.progress
  const value = p && p.pages ? Math.round((100 * p.pagesDone) / p.pages) : undefined
  return (
    <Flex direction="column" gap="1" my="3" role="status" aria-live="polite">
      <Text size="2">
        {p
          ? t('library.import.progress', {
              files: t('shell.importing', { filesDone: p.filesDone, count: p.files }),
              pages: t('shell.importPages', { pagesDone: p.pagesDone, count: p.pages }),
            })
          : t('library.import.starting')}
      </Text>
      <Progress value={value} aria-label={t('library.import.progressLabel')} />
    </Flex>
  )
}

/** What the facilitator needs to know per file: why it failed, or which entry already holds it. */
export function OutcomeDetails({ outcomes }: { outcomes: ImportOutcome[] }) {
  const { t } = useTranslation()
  return outcomes.map((o, i) =>
    o.status === 'imported' ? null : (
      <Text as="div" key={i} size="2">
        {o.status === 'failed'
          ? o.said
            ? say(o.said)
            : o.message
          : t('library.import.duplicateOf', { name: isolate(o.name), title: isolate(o.title) })}
      </Text>
    ),
  )
}

export function ImportResults({ state, onDismiss }: { state: ImportState; onDismiss(): void }) {
  const { t } = useTranslation()
  if (state.running || state.outcomes.length === 0) return null
  const failed = state.outcomes.filter((o) => o.status === 'failed')
  const imported = state.outcomes.filter((o) => o.status === 'imported').length
  const duplicates = state.outcomes.filter((o) => o.status === 'duplicate').length
  return (
    <Callout.Root color={failed.length ? 'amber' : 'green'} my="3" role="status">
      <Flex justify="between" align="start" gap="3">
        <Flex direction="column" gap="1">
          <Text weight="bold">{t('library.import.summary', { imported, duplicates, failed: failed.length })}</Text>
          <OutcomeDetails outcomes={state.outcomes} />
        </Flex>
        <IconButton variant="ghost" aria-label={t('app.dismiss')} onClick={onDismiss}>
          ×
        </IconButton>
      </Flex>
    </Callout.Root>
  )
}
