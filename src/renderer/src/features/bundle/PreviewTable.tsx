import { ScrollArea, Table } from '@radix-ui/themes'
import { useTranslation } from 'react-i18next'
import type { ConflictChoice, PreviewItem } from '@shared/bundle'
import { conflictChoices } from '@shared/bundle-choices'
import { Choice } from '../../ui/Choice'

const SHOWN = 200
const order = { conflict: 0, update: 1, add: 2, skip: 3 } as const
export const keyOf = (i: PreviewItem) => `${i.kind}/${i.id}`

interface Props {
  items: PreviewItem[]
  choices: Record<string, ConflictChoice>
  onChoose(key: string, choice: ConflictChoice): void
}

/** What importing will do, record by record: conflicts first, each with its choice. */
export function PreviewTable({ items, choices, onChoose }: Props) {
  const { t } = useTranslation()
  const sorted = [...items].sort((a, b) => order[a.action] - order[b.action])
  const action = (i: PreviewItem) =>
    i.action === 'skip' && i.reason === 'same-file'
      ? t('bundle.import.action.skipFile')
      : t(`bundle.import.action.${i.action}`)
  return (
    <ScrollArea type="auto" scrollbars="vertical" style={{ maxHeight: '45vh' }}>
      <Table.Root size="1" aria-label={t('bundle.import.title')}>
        <Table.Header>
          <Table.Row>
            <Table.ColumnHeaderCell>{t('bundle.import.columns.what')}</Table.ColumnHeaderCell>
            <Table.ColumnHeaderCell>{t('bundle.import.columns.kind')}</Table.ColumnHeaderCell>
            <Table.ColumnHeaderCell>{t('bundle.import.columns.action')}</Table.ColumnHeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {sorted.slice(0, SHOWN).map((i) => (
            <Table.Row key={keyOf(i)} data-action={i.action}>
              <Table.RowHeaderCell dir="auto">{i.label}</Table.RowHeaderCell>
              <Table.Cell>{t(`bundle.import.kind.${i.kind}`)}</Table.Cell>
              <Table.Cell>
                {i.action === 'conflict' ? (
                  <Choice
                    label={t('bundle.import.choice.label', { title: i.label })}
                    value={choices[keyOf(i)] ?? 'both'}
                    options={conflictChoices}
                    prefix="bundle.import.choice"
                    onChange={(c) => onChoose(keyOf(i), c)}
                  />
                ) : (
                  action(i)
                )}
              </Table.Cell>
            </Table.Row>
          ))}
          {sorted.length > SHOWN && (
            <Table.Row>
              <Table.Cell colSpan={3}>{t('bundle.import.more', { count: sorted.length - SHOWN })}</Table.Cell>
            </Table.Row>
          )}
        </Table.Body>
      </Table.Root>
    </ScrollArea>
  )
}
