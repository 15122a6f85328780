/**
 * An import seen from every area: a small progress box in the sidebar while a batch
 * runs (the library shows its full view instead), and a notice where the facilitator
 * is when it ends, kept until dismissed — the library's results are the same state.
 */
import { Callout, Flex, IconButton, Link, Progress, Text } from '@radix-ui/themes'
import { useTranslation } from 'react-i18next'
import { useImport } from '../features/library/use-import'
import { OutcomeDetails } from '../features/library/ImportControls'
import { hrefFor, type AreaId } from './routes'

export function ImportIndicator({ area }: { area: AreaId }) {
  const { t } = useTranslation()
  const { state } = useImport()
  if (!state.running || area === 'library') return null
  const p = state.progress
  return (
    <Flex
      direction="column"
      gap="1"
      mt="4"
      className="import-indicator"
      role="status"
      aria-label={t('library.import.progressLabel')}
    >
      <Link href={hrefFor('library')} size="2">
        {p ? t('shell.importing', { filesDone: p.filesDone, count: p.files }) : t('library.import.starting')}
      </Link>
      <Progress size="1" value={p && p.pages ? Math.round((100 * p.pagesDone) / p.pages) : undefined} />
      {p && p.pages > 0 && (
        <Text size="1" color="gray">
          {t('shell.importPages', { pagesDone: p.pagesDone, count: p.pages })}
        </Text>
      )}
    </Flex>
  )
}

export function ImportDoneNotice({ area }: { area: AreaId }) {
  const { t } = useTranslation()
  const { state, dismiss } = useImport()
  if (state.running || !state.outcomes.length || area === 'library') return null
  const count = (status: string) => state.outcomes.filter((o) => o.status === status).length
  const failed = count('failed')
  return (
    <Callout.Root color={failed ? 'amber' : 'green'} role="status" mb="4">
      <Flex justify="between" align="center" gap="3">
        <Flex direction="column" gap="1">
          <Text>
            {t('shell.importDone')}{' '}
            {t('library.import.summary', { imported: count('imported'), duplicates: count('duplicate'), failed })}{' '}
            <Link href={hrefFor('library')}>{t('shell.showInLibrary')}</Link>
          </Text>
          <OutcomeDetails outcomes={state.outcomes} />
        </Flex>
        <IconButton variant="ghost" aria-label={t('app.dismiss')} onClick={dismiss}>
          ×
        </IconButton>
      </Flex>
    </Callout.Root>
  )
}
