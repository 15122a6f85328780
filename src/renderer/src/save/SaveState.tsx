/**
 * The one save-state indicator: quiet "Saving…" / "Saved", "Not saved — why" with a
 * retry, and a choice for each collision, for the fields whose keys start with
 * `prefix` (one field, or every field of an agenda block).
 */
import { useSyncExternalStore } from 'react'
import { Button, Flex, Text } from '@radix-ui/themes'
import { useTranslation } from 'react-i18next'
import { outbox, type Entry } from './outbox'
import { ConflictChoice } from './ConflictChoice'

function useEntriesUnder(prefix: string): Entry[] {
  useSyncExternalStore(outbox.subscribe, outbox.version)
  return outbox.under(prefix)
}

function Line({ entries }: { entries: Entry[] }) {
  const { t } = useTranslation()
  const failed = entries.find((e) => e.status === 'failed')
  const busy = entries.some((e) => e.status === 'pending' || e.status === 'saving')
  const saved = entries.some((e) => e.status === 'saved')
  const text = failed
    ? t('save.notSaved', { reason: failed.error })
    : busy
      ? t('save.saving')
      : saved
        ? t('save.saved')
        : ''
  return (
    <Flex gap="2" align="center" className="save-line" data-failed={failed ? '' : undefined}>
      <Text role="status" size="1" color={failed ? 'red' : 'gray'}>
        {text}
      </Text>
      {failed && (
        <Button size="1" variant="ghost" onClick={() => entries.forEach((e) => outbox.retry(e.key))}>
          {t('save.retry')}
        </Button>
      )}
    </Flex>
  )
}

export function SaveState({ prefix }: { prefix: string }) {
  const entries = useEntriesUnder(prefix)
  return (
    <div className="save-state">
      <Line entries={entries} />
      {entries
        .filter((e) => e.status === 'conflict')
        .map((e) => (
          <ConflictChoice key={e.key} entry={e} />
        ))}
    </div>
  )
}
