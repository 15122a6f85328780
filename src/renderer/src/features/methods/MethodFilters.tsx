import { Flex, Select, TextField } from '@radix-ui/themes'
import { useTranslation } from 'react-i18next'
import { methodCategories, type MethodCategory } from '@shared/method-basics'
import type { MethodFilter } from './filter'

const ANY = 'any'
const timeChoices = [15, 30, 60, 120] as const

interface Props {
  value: MethodFilter
  onChange(next: MethodFilter): void
}

/** Words, a category, the group's size and the time there is: each narrows the list as it is set. */
export function MethodFilters({ value, onChange }: Props) {
  const { t } = useTranslation()
  const set = (patch: Partial<MethodFilter>) => onChange({ ...value, ...patch })
  return (
    <Flex gap="2" wrap="wrap" align="center" mb="3" role="group" aria-label={t('methods.filters')}>
      <TextField.Root
        type="search"
        aria-label={t('methods.search')}
        placeholder={t('methods.search')}
        value={value.words}
        onChange={(e) => set({ words: e.currentTarget.value })}
        style={{ minWidth: 260 }}
      />
      <Select.Root value={value.category} onValueChange={(v) => set({ category: v as MethodCategory | 'all' })}>
        <Select.Trigger aria-label={t('methods.category')} variant="soft" />
        <Select.Content>
          <Select.Item value="all">{t('methods.allCategories')}</Select.Item>
          {methodCategories.map((c) => (
            <Select.Item key={c} value={c}>
              {t(`methods.categories.${c}`)}
            </Select.Item>
          ))}
        </Select.Content>
      </Select.Root>
      <TextField.Root
        type="number"
        min={1}
        aria-label={t('methods.people')}
        placeholder={t('methods.people')}
        value={value.people ?? ''}
        onChange={(e) => {
          const n = Number(e.currentTarget.value)
          set({ people: e.currentTarget.value && Number.isInteger(n) && n > 0 ? n : null })
        }}
        style={{ width: 150 }}
      />
      <Select.Root
        value={value.minutes === null ? ANY : String(value.minutes)}
        onValueChange={(v) => set({ minutes: v === ANY ? null : Number(v) })}
      >
        <Select.Trigger aria-label={t('methods.timeAvailable')} variant="soft" />
        <Select.Content>
          <Select.Item value={ANY}>{t('methods.anyTime')}</Select.Item>
          {timeChoices.map((m) => (
            <Select.Item key={m} value={String(m)}>
              {t('methods.upTo', { minutes: m })}
            </Select.Item>
          ))}
        </Select.Content>
      </Select.Root>
    </Flex>
  )
}
