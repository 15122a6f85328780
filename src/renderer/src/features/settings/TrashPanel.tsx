/**
 * The trash, as the facilitator sees it: everything deleted, reset or replaced in the
 * last 30 days, newest first, each with Restore — the same restore the undo toast uses.
 */
import { Button, Card, Flex, Heading, Text } from '@radix-ui/themes'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import type { Trashed } from '@shared/trash'
import { call } from '../../api/api'
import { formatDateTime } from '@shared/when'
import { ErrorText } from '../../ui/ErrorText'
import { useRestore } from '../../shell/undo/use-restore'

function EntryRow({ entry, onRestore }: { entry: Trashed; onRestore(): void }) {
  const { t, i18n } = useTranslation()
  const what = entry.label || t(`undo.kinds.${entry.kind}`)
  return (
    <Flex asChild justify="between" align="center" gap="3" py="1">
      <li>
        <div>
          <Text as="div" dir="auto">
            {what}
          </Text>
          <Text as="div" size="1" color="gray">
            {t(`settings.trash.kinds.${entry.kind}`)} · {formatDateTime(entry.deletedAt, i18n.language)}
          </Text>
        </div>
        <Button size="1" variant="soft" aria-label={t('settings.trash.restore', { what })} onClick={onRestore}>
          {t('settings.trash.restoreShort')}
        </Button>
      </li>
    </Flex>
  )
}

export function TrashPanel() {
  const { t } = useTranslation()
  const trash = useQuery({ queryKey: ['trash'], queryFn: () => call('trash:list') })
  const restore = useRestore()
  return (
    <Card mt="6" style={{ maxWidth: 640 }} asChild>
      <section aria-labelledby="trash-title">
        <Heading as="h2" size="4" mb="2" id="trash-title">
          {t('settings.trash.title')}
        </Heading>
        <Text as="p" size="2" color="gray" mb="2">
          {t('settings.trash.intro')}
        </Text>
        {trash.data?.length === 0 && <Text size="2">{t('settings.trash.empty')}</Text>}
        <ul className="plain-list">
          {trash.data?.map((e) => (
            <EntryRow key={e.id} entry={e} onRestore={() => restore.mutate(e.id)} />
          ))}
        </ul>
        <ErrorText error={restore.error} />
      </section>
    </Card>
  )
}
