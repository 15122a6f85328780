import { Button, Callout, Flex } from '@radix-ui/themes'
import { useTranslation } from 'react-i18next'
import { outbox, type Entry } from './outbox'

const shown = (value: unknown): string =>
  typeof value === 'string' ? value : Array.isArray(value) ? value.join(', ') : JSON.stringify(value)

/** The same field changed elsewhere while the facilitator typed: both values, and their choice. */
export function ConflictChoice({ entry }: { entry: Entry }) {
  const { t } = useTranslation()
  return (
    <Callout.Root color="amber" size="1" role="group" aria-label={t('save.conflictOf', { label: entry.label })}>
      <Callout.Text>{t('save.conflictHint')}</Callout.Text>
      <dl className="conflict-values">
        <dt>{t('save.theirs')}</dt>
        <dd>{shown(entry.theirs)}</dd>
        <dt>{t('save.mine')}</dt>
        <dd>{shown(entry.draft)}</dd>
      </dl>
      <Flex gap="2">
        <Button size="1" onClick={() => outbox.choose(entry.key, 'mine')}>
          {t('save.keepMine')}
        </Button>
        <Button size="1" variant="soft" onClick={() => outbox.choose(entry.key, 'theirs')}>
          {t('save.useTheirs')}
        </Button>
      </Flex>
    </Callout.Root>
  )
}
