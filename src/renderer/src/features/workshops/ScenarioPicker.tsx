import { Select } from '@radix-ui/themes'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { call } from '../../api/api'

const NONE = '__none__'

/** Links a scenario-kind agenda block to the scenario exercise it runs. */
export function ScenarioPicker({
  value,
  label,
  onChange,
}: {
  value: string | null
  label: string
  onChange(id: string | null): void
}) {
  const { t } = useTranslation()
  const scenarios = useQuery({ queryKey: ['scenarios'], queryFn: () => call('scenarios:list') })
  return (
    <Select.Root value={value ?? NONE} onValueChange={(v) => onChange(v === NONE ? null : v)}>
      <Select.Trigger aria-label={label} variant="soft" />
      <Select.Content>
        <Select.Item value={NONE}>{t('workshops.agenda.noScenario')}</Select.Item>
        {scenarios.data?.map((s) => (
          <Select.Item key={s.id} value={s.id}>
            <bdi>{s.title}</bdi>
          </Select.Item>
        ))}
      </Select.Content>
    </Select.Root>
  )
}
